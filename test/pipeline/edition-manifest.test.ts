/**
 * An edition builds into dist/<id>-<tag>/, and its build.json says which edition of which Chinese
 * issue it is (issue.edition, for folio publish); the Chinese build.json keeps its keys in their order,
 * the edition's last. Built with a stand-in stage: no browser.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { StageName } from "../../src/contract/stage.js";
import { buildIssue } from "../../src/pipeline/build.js";
import type { Stage } from "../../src/pipeline/stages.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/edition-mini/2099-01");

const stage = (name: StageName): Stage => ({
  name,
  kinds: ["screen-pdf"],
  needs: [],
  async run(state, ctx) {
    const file = path.join(ctx.outDir, `${state.issue.id}-screen.pdf`);
    writeFileSync(file, "%PDF-");
    return { files: [{ kind: "screen-pdf", path: file }] };
  },
});

describe("an edition's build.json", () => {
  const out = mkdtempSync(path.join(tmpdir(), "folio-edition-out-"));

  it("goes to dist/<id>-<tag>/ and names the edition and the Chinese issue it is of", async () => {
    const { manifest, outDir } = await buildIssue(path.join(FIXTURE, "editions", "ug"), {
      outRoot: out,
      stages: [stage("print")],
    });
    expect(outDir).toBe(path.join(out, "2099-01-ug"));
    expect(JSON.parse(readFileSync(path.join(outDir, "build.json"), "utf8")).issue).toEqual({
      id: "2099-01-ug",
      title: "سىناق ژۇرنىلى",
      number: 1,
      totalNumber: 1,
      date: "2099-01-25",
      edition: {
        tag: "ug",
        of: "2099-01",
        base: false,
        name: "ئۇيغۇرچە",
        language: "ug",
        direction: "rtl",
        writingMode: "horizontal-tb",
      },
    });
    expect(manifest.files.map((f) => f.path)).toEqual(["2099-01-ug-screen.pdf"]);
  });

  it("the Chinese build.json keeps its keys in order, the edition last", async () => {
    const { manifest } = await buildIssue(FIXTURE, { outRoot: out, stages: [stage("print")] });
    expect(Object.keys(manifest.issue)).toEqual(["id", "title", "number", "totalNumber", "date", "edition"]);
    expect(manifest.issue.edition).toEqual({
      tag: "zh",
      of: "2099-01",
      base: true,
      name: "汉文",
      language: "zh-CN",
      direction: "ltr",
      writingMode: "horizontal-tb",
    });
  });
});
