/**
 * The page cache (src/pdf/page-cache.ts) gives back what a page showed only for the same page:
 * a press PDF checked with a warm cache reports exactly what it reports cold, and a page changed
 * after the cache was filled is rendered again and fails. The PDFs are the synthetic press files of
 * press-fixtures.ts; each run has its own cache folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDocument, type PDFRawStream, PDFRef, decodePDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPreflight, type PreflightOptions } from "../../src/handoff/preflight/index.js";
import type { PreflightReport } from "../../src/handoff/preflight/types.js";
import { fixtureIssue } from "./fixtures.js";
import { PALETTE, goodPdf } from "./press-fixtures.js";

const opts: PreflightOptions = {
  toc: [],
  pressBuild: true,
  expect: { pdfx: { version: "PDF/X-3:2002", condition: "FOGRA39" }, totalInkLimit: 300, palette: PALETTE },
};
const CHANGED_PAGE = 3;

const dir = mkdtempSync(join(tmpdir(), "folio-pf-cache-"));
const before = process.env.FOLIO_PAGE_CACHE;
let cold: PreflightReport, warm: PreflightReport, changedWarm: PreflightReport, changedCold: PreflightReport;

/**
 * The file with one page's content streams stored uncompressed, its first brand red (C0 M100 Y90
 * K20) text colour changed into K30 when `change` is set: the same objects and lengths, one byte of
 * one content stream apart, so only the stream's bytes can tell the two files apart.
 */
async function withPageContent(file: string, out: string, change: boolean): Promise<string> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const contents = doc.getPage(CHANGED_PAGE - 1).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  let changed = !change;
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) throw new Error("fixture: content stream not indirect");
    let text = Buffer.from(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode()).toString("latin1");
    if (!changed && text.includes("0 1 0.9 0.2 k"))
      [text, changed] = [text.replace("0 1 0.9 0.2 k", "0 1 0.9 0.3 k"), true];
    doc.context.assign(ref, doc.context.stream(Buffer.from(text, "latin1")));
  }
  if (!changed) throw new Error("fixture: no brand red text on the page");
  writeFileSync(out, await doc.save({ useObjectStreams: false }));
  return out;
}

async function check(pdf: string, cache: string): Promise<PreflightReport> {
  process.env.FOLIO_PAGE_CACHE = join(dir, cache);
  return (await runPreflight(pdf, fixtureIssue(dir), mkdtempSync(join(dir, "out-")), opts)).report;
}

beforeAll(async () => {
  const made = await goodPdf(join(dir, "made.pdf"));
  const good = await withPageContent(made, join(dir, "good.pdf"), false);
  const changed = await withPageContent(made, join(dir, "changed.pdf"), true);
  const [a, b] = [readFileSync(good), readFileSync(changed)];
  if (a.length !== b.length || a.filter((x, i) => x !== b[i]).length !== 1)
    throw new Error("fixture: the two files are not one byte apart");
  cold = await check(good, "a");
  warm = await check(good, "a");
  changedWarm = await check(changed, "a");
  changedCold = await check(changed, "b");
}, 300_000);

afterAll(() => {
  if (before === undefined) delete process.env.FOLIO_PAGE_CACHE;
  else process.env.FOLIO_PAGE_CACHE = before;
});

describe("the preflight page cache", () => {
  it("renders every page of a file it has not seen, and none of the same file again", () => {
    // The full render only where a page places an image (pages 1, 4, 5 and 8: photos and QR codes).
    expect(cold.pagesRendered).toEqual({ text: 8, vector: 8, full: 4, spreads: 8 });
    expect(warm.pagesRendered).toEqual({ text: 0, vector: 0, full: 0, spreads: 0 });
  });
  it("gives the same findings and figures from the cache as from the renders", () => {
    expect(warm.results).toEqual(cold.results);
    expect(warm.figures).toEqual(cold.figures);
    expect(cold.results.filter((r) => r.check === "plates").map((r) => r.status)).toEqual(["pass"]);
  });
  it("renders again the one page that changed, and fails it", () => {
    // Page 3 places no image: its ink and bleed come from its vector render.
    expect(changedWarm.pagesRendered).toEqual({ text: 1, vector: 1, full: 0, spreads: 1 });
    const plates = changedWarm.results.filter((r) => r.check === "plates" && r.status === "fail");
    expect([...new Set(plates.map((r) => r.page))]).toEqual([CHANGED_PAGE]);
    expect(plates.map((r) => r.message).join("\n")).toMatch(
      /text prints on C\/M\/Y: \d+ px in C0 M100 Y90 K30, no palette colour/,
    );
  });
  it("reports a changed file with a warm cache exactly as with none", () => {
    expect(changedCold.pagesRendered.vector).toBe(8);
    expect(changedWarm.results).toEqual(changedCold.results);
    expect(changedWarm.figures).toEqual(changedCold.figures);
  });
});
