/** The print stage hands renderPrint's typed output to the later stages as it is, and records its facts in build.json. */
import { describe, expect, it, vi } from "vitest";
import { emptyTypeReport } from "../helpers/stage-facts.js";
import type { PrintResult } from "../../src/contract/print-output.js";
import { STAGE_NAMES } from "../../src/contract/stage.js";
import type { Issue } from "../../src/model/types.js";

const result: PrintResult = {
  files: [
    { kind: "print-html", path: "/out/html/print.html" },
    { kind: "print-pdf", path: "/out/2099-01-print.pdf", pages: 4 },
    { kind: "screen-pdf", path: "/out/2099-01-screen.pdf", pages: 4 },
  ],
  toc: [{ section: "卷首语", title: "卷首短文", page: 1, articleId: "p001-editorial" }],
  output: {
    printPdf: "/out/2099-01-print.pdf",
    screenPdf: "/out/2099-01-screen.pdf",
    toc: [{ section: "卷首语", title: "卷首短文", page: 1, articleId: "p001-editorial" }],
    pageMap: [{ folio: 1, blockId: "p001-editorial-1", charOffset: 0 }],
    coverPng: "/out/thumbnails/cover-1600.png",
    placedImages: [],
  },
  facts: {
    pages: 4,
    innerPages: 0,
    padPages: 0,
    tocPdfPages: [2],
    warnings: [],
    layout: { laidOut: 1, fromCache: 0, runs: { laidOut: 1, fromCache: 0 } },
    type: emptyTypeReport(),
    timingsMs: { total: 1 },
  },
};

vi.mock("../../src/render/print/index.js", () => ({ renderPrint: vi.fn(async () => result) }));

describe("print stage", () => {
  it("the contract's stage names are the registry's stages, in order", async () => {
    const { STAGES } = await import("../../src/pipeline/registry.js");
    expect(STAGES.map((s) => s.name)).toEqual([...STAGE_NAMES]);
  });

  it("passes renderPrint's output on typed and keeps its files, TOC and facts for build.json", async () => {
    const { STAGES } = await import("../../src/pipeline/registry.js");
    const print = STAGES.find((s) => s.name === "print");
    const ctx = { outDir: "/out", log: () => {}, warn: () => {} };
    const run = await print?.run({ issue: {} as Issue, outputs: {} }, ctx);
    expect(run?.output?.print).toEqual(result.output);
    expect(run).toEqual({
      files: result.files,
      toc: result.toc,
      facts: result.facts,
      output: { print: result.output },
    });
  });
});
