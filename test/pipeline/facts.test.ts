/** build.json's facts: each stage's entries merged in stage order, the same keys in the same order whichever stage finished first. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyTypeReport } from "../helpers/stage-facts.js";
import type { BuildFacts } from "../../src/contract/build-facts.js";
import type { StageName } from "../../src/contract/stage.js";
import { buildIssue } from "../../src/pipeline/build.js";
import type { Stage } from "../../src/pipeline/stages.js";
import { MINI_ISSUE } from "../helpers/mini.js";

/** The keys of a real 2022-08 build.json's facts, in order. */
const FACT_KEYS = [
  "images",
  "pages",
  "innerPages",
  "padPages",
  "tocPdfPages",
  "warnings",
  "flatplan",
  "layout",
  "type",
  "timingsMs",
  "epub",
  "epubCheck",
  "preflight",
  "press",
  "proof",
];

const images = { count: 1, ms: 2, sharpPipelines: 0, renditions: [] };
const typeFacts = emptyTypeReport();
const condition = {
  identifier: "FOGRA39",
  registry: "http://www.color.org",
  outputCondition: "",
  totalInkLimit: 300,
  source: "built" as const,
};

/** Each stage's facts as the real stage writes them (keys in the real order); `delayMs` changes which finishes first. */
const FACTS: Record<StageName, BuildFacts> = {
  images: { images },
  print: {
    pages: 4,
    innerPages: 0,
    padPages: 0,
    tocPdfPages: [2],
    warnings: [],
    flatplan: { passes: 1, runs: [], copyfit: [] },
    layout: { laidOut: 1, fromCache: 0, runs: { laidOut: 1, fromCache: 0 } },
    type: typeFacts,
    timingsMs: { html: 1, total: 2 },
    // The print stage adds the placed sizes' report to the images stage's entry.
    images: { ...images, summary: { images: 0, ok: 0, warn: 0, fail: 0 }, minPpi: null, reports: [] },
  },
  epub: { epub: { entries: 1, images: 0, pageList: 0, fonts: [], documents: [], ms: 1 } },
  "epub-check": { epubCheck: [{ check: "stores", detail: "store rules", warnings: 0, ms: 1 }] },
  handoff: {
    preflight: {
      failed: 0,
      warned: 0,
      mode: "draft",
      placeholders: 0,
      seconds: 1,
      timings: {},
      pagesRendered: {},
      figures: {},
    },
    press: {
      pdfx: "PDF/X-3:2002",
      draft: false,
      condition,
      iccProfile: { path: "p.icc", description: "" },
      gsMs: 1,
      kept: false,
      colours: {},
      colourOperators: 0,
      images: { converted: 0, cached: 0, left: [], ms: 0 },
      annotationsRemoved: {},
      toUnicode: { fonts: 0, restored: 0 },
      boxesSet: 4,
      flattenedPages: [],
    },
    proof: { images: 0, pagesMs: 1, marksMs: 1 },
  },
  proof: { proofRound: { round: 1, label: "一校", date: "2099-01-01", build: "0", changed: null } },
};

const NEEDS: Record<StageName, StageName[]> = {
  images: [],
  print: ["images"],
  epub: ["print"],
  "epub-check": ["epub"],
  handoff: ["print"],
  proof: ["print"],
};

const stage = (name: StageName, delayMs: number): Stage => ({
  name,
  kinds: [],
  needs: NEEDS[name],
  async run() {
    await new Promise((r) => setTimeout(r, delayMs));
    return { files: [], facts: FACTS[name] };
  },
});

describe("build.json facts", () => {
  it("keeps the stages' keys in stage order, the images entry first with the print stage's report added", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "folio-out-"));
    // The EPUB checks take longer than the handoff beside them: the facts still come in stage order.
    const stages = [
      stage("images", 0),
      stage("print", 0),
      stage("epub", 0),
      stage("epub-check", 40),
      stage("handoff", 0),
    ];
    process.env.FOLIO_STAGE_JOBS = "2";
    try {
      const { outDir } = await buildIssue(MINI_ISSUE, { outRoot: out, stages });
      const onDisk = JSON.parse(readFileSync(path.join(outDir, "build.json"), "utf8"));
      expect(Object.keys(onDisk.facts)).toEqual(FACT_KEYS);
      expect(Object.keys(onDisk.facts.images)).toEqual([
        "count",
        "ms",
        "sharpPipelines",
        "renditions",
        "summary",
        "minPpi",
        "reports",
      ]);
    } finally {
      delete process.env.FOLIO_STAGE_JOBS;
    }
  });
});
