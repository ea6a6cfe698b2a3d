/**
 * The layout and run caches on the mini issue (counted, never timed): a second build of the same
 * sources lays out nothing and gives byte-identical PDFs; after one paragraph is edited the pass is
 * made again (never served stale) with only the edited article's run laid out in Chromium, and that
 * incremental build gives the same bytes as a cold build of the edited sources with no cache at all.
 * The page cache (src/pdf/page-cache.ts) goes with the layout cache here: the incremental build's
 * thumbnails and type report, read partly from it, equal those of the build with no cache.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIssue } from "../../src/pipeline/build.js";
import { STAGES } from "../../src/pipeline/registry.js";
import { copyMini } from "../helpers/mini.js";
import { present } from "../helpers/present.js";

interface Built {
  laidOut: number;
  fromCache: number;
  /** Runs laid out in Chromium and taken from the run cache (run-pass.ts). */
  runs: { laidOut: number; fromCache: number };
  print: Buffer;
  screen: Buffer;
  text: string;
  /** Thumbnail file → bytes, and the type report (build.json facts.type). */
  thumbnails: Map<string, Buffer>;
  type: string;
  /** Page pictures in the page cache after the build. */
  cachedThumbnails: number;
}

const saved = {
  layout: process.env.FOLIO_LAYOUT_CACHE,
  fit: process.env.FOLIO_FIT_CACHE,
  pages: process.env.FOLIO_PAGE_CACHE,
};

const count = (dir: string) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".png")).length;
  } catch {
    return 0;
  }
};

async function build(issueDir: string, layoutCache: string): Promise<Built> {
  process.env.FOLIO_LAYOUT_CACHE = layoutCache;
  process.env.FOLIO_PAGE_CACHE = layoutCache === "off" ? "off" : path.join(layoutCache, "pages");
  const out = mkdtempSync(path.join(tmpdir(), "folio-lcache-out-"));
  // The print stage alone, as a build of every output runs it (thumbnails included), without the EPUB and handoff.
  const { manifest, outDir } = await buildIssue(issueDir, { outRoot: out, stages: PRINT_STAGES });
  const layout = manifest.facts.layout as Pick<Built, "laidOut" | "fromCache" | "runs">;
  const screenFile = path.join(outDir, "2099-01-screen.pdf");
  return {
    ...layout,
    print: readFileSync(path.join(outDir, "2099-01-print.pdf")),
    screen: readFileSync(screenFile),
    text: execFileSync("pdftotext", ["-layout", screenFile, "-"], { encoding: "utf8" }),
    thumbnails: new Map(
      readdirSync(path.join(outDir, "thumbnails"))
        .sort()
        .map((f) => [f, readFileSync(path.join(outDir, "thumbnails", f))]),
    ),
    type: JSON.stringify(manifest.facts.type),
    cachedThumbnails: layoutCache === "off" ? 0 : count(path.join(layoutCache, "pages", "thumbnails-48")),
  };
}

const PRINT_STAGES = STAGES.filter((s) => s.name === "images" || s.name === "print");

const EDIT = "编辑后新增的一句话。";
let cold: Built;
let again: Built;
let edited: Built;
let editedCold: Built;

beforeAll(async () => {
  process.env.FOLIO_FIT_CACHE = mkdtempSync(path.join(tmpdir(), "folio-lcache-fit-"));
  const cache = mkdtempSync(path.join(tmpdir(), "folio-lcache-"));
  const m = copyMini();
  cold = await build(m.issueDir, cache);
  again = await build(m.issueDir, cache);
  m.edit("2099-01/articles/p001-editorial.md", (s) => s.replace("第二段正文。", `第二段正文。${EDIT}`));
  edited = await build(m.issueDir, cache);
  // The same edited sources, no layout cache at all (but the same fit cache: the same plans).
  editedCold = await build(m.issueDir, "off");
}, 300_000);

afterAll(() => {
  for (const [k, v] of [
    ["FOLIO_LAYOUT_CACHE", saved.layout],
    ["FOLIO_FIT_CACHE", saved.fit],
    ["FOLIO_PAGE_CACHE", saved.pages],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("layout cache", () => {
  it("a cold build lays out in Chromium and takes nothing from the cache", () => {
    expect(cold.laidOut).toBeGreaterThanOrEqual(1);
    expect(cold.fromCache).toBe(0);
    // (A later fitter pass takes the runs whose fit did not change from the run cache.)
    expect(cold.runs.laidOut).toBeGreaterThanOrEqual(5);
  });

  it("a rebuild of the same sources lays out nothing and gives byte-identical PDFs", () => {
    expect(again.laidOut).toBe(0);
    expect(again.fromCache).toBeGreaterThanOrEqual(1);
    expect(Buffer.compare(again.print, cold.print)).toBe(0);
    expect(Buffer.compare(again.screen, cold.screen)).toBe(0);
  });

  it("an edited paragraph is laid out again, never served from the cache: only its run, in Chromium", () => {
    // Its run's sources changed, so its plan is fitted from nothing (src/flatplan/fit-keys.ts): one
    // pass to measure it, one with the plan fitted to it; every other run comes from the run cache.
    expect(edited.laidOut).toBeLessThanOrEqual(2);
    expect(edited.runs.laidOut).toBe(edited.laidOut);
    expect(edited.runs.fromCache).toBeGreaterThanOrEqual(4);
    expect(edited.text.replace(/\s+/g, "")).toContain(EDIT);
    expect(cold.text.replace(/\s+/g, "")).not.toContain(EDIT);
    expect(Buffer.compare(edited.screen, cold.screen)).not.toBe(0);
  });

  it("the incremental build of the edit is byte-identical to a build without the cache", () => {
    expect(editedCold.fromCache).toBe(0);
    expect(editedCold.runs.fromCache).toBe(0);
    expect(Buffer.compare(edited.print, editedCold.print)).toBe(0);
    expect(Buffer.compare(edited.screen, editedCold.screen)).toBe(0);
  });

  it("reads again from the edited PDF only the pages that changed, and reports as without the page cache", () => {
    const pages = cold.thumbnails.size - 1; // page-NNN.png and spreads.png
    // One picture per distinct page (two blank pages are one key).
    expect(cold.cachedThumbnails).toBeGreaterThan(pages / 2);
    expect(cold.cachedThumbnails).toBeLessThanOrEqual(pages);
    const drawn = edited.cachedThumbnails - cold.cachedThumbnails;
    expect(drawn).toBeGreaterThanOrEqual(1);
    expect(drawn).toBeLessThan(pages);
    expect([...edited.thumbnails.keys()]).toEqual([...editedCold.thumbnails.keys()]);
    for (const [f, png] of edited.thumbnails)
      expect(Buffer.compare(png, present(editedCold.thumbnails.get(f), `thumbnail ${f} of the cold build`)), f).toBe(0);
    expect(edited.type).toBe(editedCold.type);
  });
});
