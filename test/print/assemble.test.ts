/** The one print assembly (print.html with its assets) as the print stage, the copyfit and the preview ask for it; no browser. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Issue } from "../../src/model/types.js";
import { renderBlocks } from "../../src/render/html/blocks.js";
import { articleBody, assemblePrint } from "../../src/render/print/assemble.js";
import { printGeometry } from "../../src/render/print/geometry.js";
import { writePrintHtml } from "../../src/render/print/html.js";
import type { BlocksRenderer } from "../../src/render/print/view-model.js";
import { typesetIssue } from "../../src/type/typeset.js";
import { MINI_ISSUE } from "../helpers/mini.js";

describe("assemblePrint", () => {
  let issue: Issue;
  const out = mkdtempSync(path.join(tmpdir(), "folio-assemble-"));
  const html = (name: string) => readFileSync(path.join(out, name, "html", "print.html"), "utf8");
  beforeAll(async () => {
    issue = typesetIssue(await loadIssue(MINI_ISSUE));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes what writePrintHtml writes with the article bodies and the trim's geometry", async () => {
    const body: BlocksRenderer = (a, imageUrl) => renderBlocks(a.blocks, { imageUrl });
    await writePrintHtml(issue, path.join(out, "direct"), printGeometry(issue.magazine.trim), body);
    const assembly = assemblePrint(issue, path.join(out, "assembled"));
    expect(assembly.geometry).toEqual(printGeometry(issue.magazine.trim));
    await assembly.write(undefined, true);
    expect(html("assembled")).toBe(html("direct"));
    expect(readdirSync(path.join(out, "assembled", "html")).sort()).toEqual(
      readdirSync(path.join(out, "direct", "html")).sort(),
    );
  });

  it("puts the bar code in its slot, reads the templates again for the preview, and keeps assets when asked", async () => {
    await assemblePrint(issue, path.join(out, "barcode"), { barcodeSvg: '<svg id="code"></svg>' }).write(
      undefined,
      false,
    );
    expect(html("barcode")).toContain('<svg id="code"></svg>');
    expect(readdirSync(path.join(out, "barcode", "html")).sort()).toEqual(["print.html", "styles"]);
    await assemblePrint(issue, path.join(out, "fresh"), { templates: "fresh", renderBody: articleBody }).write();
    expect(html("fresh")).toBe(html("direct"));
  });
});
