/**
 * Preflight of the press PDF: runs every check, writes preflight.json and preflight.html into
 * `outDir`, and returns the report. Deciding what a fail means is the caller's (see PreflightFailed).
 */
import type { FitRow } from "../../flatplan/report.js";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PDFDocument } from "pdf-lib";
import type { TocEntry } from "../../build/types.js";
import type { Issue } from "../../model/types.js";
import { issueAddon, periodicalEan13 } from "../../render/print/barcode.js";
import { readBoxes } from "../boxes.js";
import { issueLabel } from "../ids.js";
import { checkBarcode, scanPage } from "./barcode-check.js";
import { LIMITS, checkBoxes, checkFonts, checkImages, checkPageCount } from "./checks-document.js";
import { checkColour, pageColours } from "./colour.js";
import { checkImageSources } from "./image-sources.js";
import type { ImageReport } from "../../images/types.js";
import { TAC_WARN_PERCENT, checkInk, inkCoverage } from "./ink.js";
import { pageTexts, pdffonts, pdfimagesList, type FontRow } from "./poppler.js";
import { renderReportHtml } from "./report-html.js";
import { spreadPictures } from "./thumbnails.js";
import { DEFAULT_FOLIO_OFFSET, checkToc } from "./toc-check.js";
import { summarize, type PreflightReport } from "./types.js";
import type { TypeReport } from "../../type/report.js";

export interface PreflightOptions {
  toc: TocEntry[];
  /**
   * PDF to read the page texts from for the TOC check: the screen PDF (same pages). Measured:
   * Ghostscript 10.0's PDF/X output breaks the ToUnicode maps of some CID subsets (务 reads as ó),
   * so the press PDF's text cannot be searched reliably, though it prints correctly.
   */
  textPdf?: string;
  /** PDF pages before inner page 1 (default 2: 封一, 封二). */
  folioOffset?: number;
  signal?: AbortSignal;
  /** The flatplan's fit report, listed in the report. */
  flatplan?: FitRow[];
  /** The build's image report (source pixels at the placed size measured in the layout). */
  images?: ImageReport[];
  /** The type report (the screen PDF read back: body size and leading, short lines, fill, fillers). */
  type?: TypeReport;
}

const isBadFont = (f: FontRow) => !f.embedded || f.type.startsWith("Type 3");

/** Fonts per page, looked up page by page only when the whole-document listing shows a problem. */
async function fontsByPage(pdf: string, pages: number, signal?: AbortSignal): Promise<Map<number, FontRow[]>> {
  const all = await pdffonts(pdf, undefined, signal);
  const map = new Map<number, FontRow[]>();
  if (!all.some(isBadFont)) return map;
  for (let p = 1; p <= pages; p++) map.set(p, (await pdffonts(pdf, p, signal)).filter(isBadFont));
  return map;
}

export async function runPreflight(
  pdf: string,
  issue: Issue,
  outDir: string,
  opts: PreflightOptions,
): Promise<{ report: PreflightReport; json: string; html: string }> {
  const { signal } = opts;
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const pages = doc.getPageCount();
  const [fonts, images, ink, scan, texts, spreads] = await Promise.all([
    fontsByPage(pdf, pages, signal),
    pdfimagesList(pdf, signal),
    inkCoverage(pdf, signal),
    scanPage(pdf, pages, signal),
    pageTexts(opts.textPdf ?? pdf, signal),
    spreadPictures(pdf, pages, 220, signal),
  ]);
  const results = [
    ...checkPageCount(pages),
    ...checkBoxes(readBoxes(doc), issue.magazine.trim),
    ...checkFonts(fonts),
    ...checkImages(images),
    ...checkImageSources(opts.images ?? []),
    ...checkColour(pageColours(doc)),
    ...checkInk(ink),
    ...checkBarcode(scan, pages, periodicalEan13(issue.magazine.issn, issue.year), issueAddon(issue.number)),
    ...checkToc(opts.toc, texts, opts.folioOffset ?? DEFAULT_FOLIO_OFFSET),
    ...(opts.type?.checks ?? []).map((c) => ({ ...c, check: `type: ${c.check}` })),
  ];
  const report: PreflightReport = {
    title: issueLabel(issue),
    issue: issue.id,
    file: basename(pdf),
    pages,
    summary: summarize(results),
    limits: {
      "image ppi fail <": LIMITS.ppiFail,
      "image ppi warn <": LIMITS.ppiWarn,
      "total ink warn > %": TAC_WARN_PERCENT,
      "box tolerance mm": LIMITS.boxToleranceMm,
    },
    results,
    flatplan: opts.flatplan,
    type: opts.type,
  };
  const json = join(outDir, "preflight.json");
  const html = join(outDir, "preflight.html");
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(html, renderReportHtml(report, spreads));
  return { report, json, html };
}
