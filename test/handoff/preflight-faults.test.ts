/**
 * Each preflight check can fail: a synthetic press PDF that passes everything, and one with a
 * deliberate mistake on each page (press-fixtures.ts). Every mistake must fail its check, naming its
 * page; the clean file must pass them all. Both are read only from the PDFs (no build bookkeeping).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runPreflight, type PreflightOptions } from "../../src/handoff/preflight/index.js";
import type { CheckResult, PreflightReport } from "../../src/handoff/preflight/types.js";
import { fixtureIssue } from "./fixtures.js";
import { FAULT_PAGE, PALETTE, faultsPdf, goodPdf } from "./press-fixtures.js";

const opts = (pressBuild: boolean): PreflightOptions => ({
  toc: [],
  pressBuild,
  expect: { pdfx: { version: "PDF/X-3:2002", condition: "FOGRA39" }, totalInkLimit: 300, palette: PALETTE },
});

let good: PreflightReport;
let faults: PreflightReport;
let draft: PreflightReport;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "folio-faults-"));
  const issue = fixtureIssue(dir);
  const [g, f] = await Promise.all([goodPdf(join(dir, "good.pdf")), faultsPdf(join(dir, "faults.pdf"))]);
  good = (await runPreflight(g, issue, mkdtempSync(join(dir, "g-")), opts(true))).report;
  faults = (await runPreflight(f, issue, mkdtempSync(join(dir, "f-")), opts(true))).report;
  draft = (await runPreflight(f, issue, mkdtempSync(join(dir, "d-")), opts(false))).report;
}, 300_000);

const failed = (r: PreflightReport, check: string) => r.results.filter((x) => x.check === check && x.status === "fail");
const pages = (rs: CheckResult[]) => [...new Set(rs.map((x) => x.page))];

describe("a clean press PDF", () => {
  it("passes every check", () => {
    // The synthetic pages carry no 目录, 版权页 or cover words: the toc and the periodical rules are
    // tested on issue pages (test/handoff/periodical.test.ts).
    expect(
      good.results.filter((r) => r.status !== "pass" && r.check !== "toc" && !r.check.startsWith("periodical")),
    ).toEqual([]);
    expect(good.mode).toBe("press");
    for (const c of [
      "page-count",
      "pdfx",
      "boxes",
      "annotations",
      "transparency",
      "colour",
      "fonts",
      "images",
      "plates",
      "ink",
      "bleed",
      "safety",
      "placeholders",
      "barcode",
      "folio-side",
    ]) {
      expect(
        good.results.some((r) => r.check === c && r.status === "pass"),
        c,
      ).toBe(true);
    }
    expect(good.results.find((r) => r.check === "barcode")?.message).toMatch(/100 % of nominal/);
  });
});

describe("a press PDF with one mistake per page", () => {
  it("fails the page count (10 pages: two off a multiple of 4)", () => {
    expect(failed(faults, "page-count")).toHaveLength(1);
  });
  it("fails four-colour body text on its page, from the separations", () => {
    const r = failed(faults, "plates").filter((x) => x.message.startsWith("text prints on C/M/Y"));
    expect(pages(r)).toEqual([FAULT_PAGE.fourColourText]);
    expect(r[0].message).toMatch(/C70 M67 Y66 K78/);
  });
  it("fails the link left in", () => {
    expect(pages(failed(faults, "annotations"))).toEqual([FAULT_PAGE.link]);
  });
  it("fails the placeholder photo and the empty QR boxes in a press build", () => {
    const r = failed(faults, "placeholders");
    expect(pages(r)).toEqual([FAULT_PAGE.placeholder, FAULT_PAGE.emptyQr]);
    expect(r[0].message).toMatch(/placeholder photo/);
    expect(r[1].message).toMatch(/2 caption\(s\) "扫描二维码" but 0 QR code/);
  });
  it("lists the same placeholders as warnings in a draft build, marked 草稿 · draft", () => {
    expect(draft.mode).toBe("draft");
    expect(failed(draft, "placeholders")).toEqual([]);
    expect(draft.placeholders.map((p) => p.page)).toEqual([FAULT_PAGE.placeholder, FAULT_PAGE.emptyQr]);
    expect(
      draft.results
        .filter((r) => r.check === "placeholders")
        .every((r) => r.status === "warn" && /草稿 · draft/.test(r.message)),
    ).toBe(true);
  });
  it("fails the image placed at 120 ppi", () => {
    const r = failed(faults, "images");
    expect(pages(r)).toEqual([FAULT_PAGE.lowRes]);
    expect(r[0].message).toMatch(/at 1[12]\d ppi/);
  });
  it("fails the white panel that stops at the trim over a full-bleed photo", () => {
    const r = failed(faults, "bleed");
    expect(pages(r)).toEqual([FAULT_PAGE.shortBleed, FAULT_PAGE.textPageShortBleed]);
    expect(r[0].message).toMatch(/bottom trim edge: C0 M0 Y0 K0 inside/);
    expect(r[0].dpi).toBe(50);
  });
  it("fails the grey band short of the bleed on a page without an image (read from its vector render)", () => {
    const r = failed(faults, "bleed").filter((x) => x.page === FAULT_PAGE.textPageShortBleed);
    expect(r.map((x) => x.message).join("\n")).toMatch(/top trim edge: C0 M0 Y0 K30 inside stops at the trim/);
    expect(r[0].dpi).toBe(72);
  });
  it("fails RGB left in", () => {
    expect(pages(failed(faults, "colour"))).toEqual([FAULT_PAGE.rgb]);
  });
  it("fails the Type 3 font", () => {
    const r = failed(faults, "fonts");
    expect(pages(r)).toEqual([FAULT_PAGE.type3]);
    expect(r[0].message).toMatch(/Type 3/);
  });
  it("fails live text 2 mm from the trim and a 400 % solid", () => {
    expect(pages(failed(faults, "safety"))).toEqual([FAULT_PAGE.nearTrim]);
    const ink = failed(faults, "ink").filter((x) => x.page === FAULT_PAGE.heavyInk);
    expect(ink).toHaveLength(1);
    expect(ink[0].message).toMatch(/up to 400 %/);
  });
  it("fails a 2 mm 400 % square on a page without an image (read from its vector render)", () => {
    const ink = failed(faults, "ink");
    expect(pages(ink).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([FAULT_PAGE.smallHeavyInk, FAULT_PAGE.heavyInk]);
    const small = ink.find((x) => x.page === FAULT_PAGE.smallHeavyInk);
    expect(small?.message).toMatch(/up to 400 %/);
    expect(small?.dpi).toBe(72);
  });
  it("fails the bar code printed at 220 % of its size", () => {
    const r = failed(faults, "barcode");
    expect(pages(r)).toEqual([FAULT_PAGE.smallBarcode]);
    expect(r[0].message).toMatch(/2(19|20|21) % of nominal/);
  });
  it("names every failed page by its printed name beside the PDF page, with a crop in the report", () => {
    expect(faults.pageNames[FAULT_PAGE.link - 1]).toBe("p. 1 (PDF 3)");
    expect(faults.pageNames[0]).toBe("封一 (PDF 1)");
    expect(faults.pageNames[9]).toBe("封四 (PDF 10)");
    expect(faults.seconds).toBeGreaterThan(0);
  });
});
