/**
 * Integration on the small synthetic issue: the print stage is reproducible (byte-identical PDFs
 * from two runs) and pads a short issue to a multiple of four pages.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StageResult } from "../../src/contract/stage.js";
import { pendingCleanups, runCleanup } from "../../src/util/cleanup.js";
import { renderBlocks } from "../../src/render/html/blocks.js";
import { renderPrintWith } from "../../src/render/print/render.js";
import { present } from "../helpers/present.js";
import { makeIssue } from "./fixtures/make-issue.js";

const runs: { dir: string; result: StageResult; logs: string[] }[] = [];
/** The stage's output file of a kind. */
const fileOf = (result: StageResult, kind: string) =>
  present(
    result.files.find((f) => f.kind === kind),
    `a ${kind} file in the print stage's result`,
  );

beforeAll(async () => {
  const issue = await makeIssue(mkdtempSync(path.join(tmpdir(), "folio-fixture-src-")));
  for (let i = 0; i < 2; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), `folio-fixture-out${i}-`));
    const logs: string[] = [];
    const result = await renderPrintWith(
      issue,
      { outDir: dir, log: (m) => logs.push(m), warn: (m) => logs.push(`warn: ${m}`) },
      {
        renderBody: (a, imageUrl) => renderBlocks(a.blocks, { imageUrl }),
        thumbnails: false,
      },
    );
    runs.push({ dir, result, logs });
  }
}, 300_000);

afterAll(async () => {
  await runCleanup();
  if (!process.env.FOLIO_KEEP_TEST_OUTPUT) for (const r of runs) rmSync(r.dir, { recursive: true, force: true });
});

describe("print stage on the synthetic fixture", () => {
  it("leaves no Chromium behind", () => {
    expect(pendingCleanups()).toBe(0);
  });

  it("is reproducible: both PDFs are byte-identical across runs", () => {
    for (const kind of ["print-pdf", "screen-pdf"]) {
      const [a, b] = runs.map((r) => readFileSync(fileOf(r.result, kind).path));
      expect(a.length).toBeGreaterThan(10_000);
      expect(Buffer.compare(a, b)).toBe(0);
    }
  });

  it("pads to a multiple of 4 with notes pages and logs it", () => {
    const { result, logs } = runs[0];
    const pages = present(fileOf(result, "print-pdf").pages, "the page count of print-pdf");
    expect(pages % 4).toBe(0);
    const pads = Number(result.facts?.padPages);
    if (pads > 0) expect(logs.some((l) => /added \d notes page/.test(l))).toBe(true);
    expect(logs.some((l) => /warn: print: \d+ inner pages, the issue plans 12/.test(l))).toBe(true);
  });

  it("returns the 目录 with the printed folios", () => {
    const toc = present(runs[0].result.toc, "the 目录 of the print stage");
    expect(toc.map((e) => e.articleId)).toEqual([
      "p001-juanshouyu",
      "p004-gaoduan-shilun",
      "p010-shequ-zhili",
      "p048-yuancheng",
    ]);
    expect(toc[0].page).toBe(1);
    expect(toc[1].page).toBe(4); // 卷首语 1, 版权页 2, 目录 3
  });
});
