/**
 * Preflight of the press PDF, every check computed from the file itself: runs the checks (two heavy
 * ones at a time, each timed), writes preflight.json and preflight.html into `outDir`, and returns
 * the report. Deciding what a fail means is the caller's (see PreflightFailed).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import pLimit from "p-limit";
import { PDFDocument } from "pdf-lib";
import type { TocEntry } from "../../contract/stage.js";
import type { FitRow } from "../../contract/fit-report.js";
import type { ImageReport } from "../../images/types.js";
import type { Issue, Palette } from "../../model/types.js";
import { issueAddon, periodicalEan13 } from "../../model/periodical-code.js";
import { issueLabel } from "../ids.js";
import { checkBarcode, scanPageCached } from "./barcode-check.js";
import { LIMITS, checkBoxes, checkFonts, checkImages, checkPageCount } from "./checks-document.js";
import { pageColours } from "./colour.js";
import { cropFindings } from "./crops.js";
import { checkImageSources } from "./image-sources.js";
import { pageGeometry } from "./page-geometry.js";
import { pageKeys, readPageKeys } from "../../pdf/page-keys.js";
import { pageNames } from "./pages.js";
import { checkPages, checkPdfxKeys, type PdfxExpectation } from "./pdfx-check.js";
import { pageTexts, pdffonts, pdfimagesList, type FontRow } from "./poppler.js";
import { checkSeparations, type SeparationFigures } from "./separation-checks.js";
import { findPlaceholdersIn, type PlaceholderScan } from "./placeholder-scan.js";
import { renderReportHtml } from "./report-html.js";
import { checkSafety, pageWords } from "./safety.js";
import { checkTextLayer, rawPageTexts, textRunShare } from "./text-layer.js";
import { spreadPictures } from "./thumbnails.js";
import { DEFAULT_FOLIO_OFFSET, checkToc } from "./toc-check.js";
import { summarize, type CheckResult, type PreflightReport } from "./types.js";
import type { TypeReport } from "../../type/report.js";
import { checkFolioSides } from "./folio-side.js";
import { checkPeriodical } from "./periodical.js";
import { yearTrims } from "./year-trims.js";
import { lineComposition } from "./line-composition.js";

export interface PreflightOptions {
  toc: TocEntry[];
  /** The print PDF: the text the press PDF must copy out as (text-layer check). */
  printPdf?: string;
  /** PDF pages before inner page 1 (default 2: 封一, 封二). */
  folioOffset?: number;
  signal?: AbortSignal;
  /**
   * A press build (`folio build --press`): placeholders fail. Otherwise an issue with placeholders is
   * a draft: they are listed (warn) and the report says 草稿 · draft.
   */
  pressBuild?: boolean;
  /** The name the press file goes out under in a draft (<id>-press-草稿-DRAFT.pdf): the report names it. */
  draftFile?: string;
  expect: { pdfx: PdfxExpectation; totalInkLimit: number; palette: Palette };
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
  const t0 = performance.now();
  const { signal } = opts;
  const bytes = readFileSync(pdf);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPageCount();
  const geometry = pageGeometry(doc, issue.magazine.trim);
  const keys = pageKeys(doc);
  const timings: Record<string, number> = {};
  const heavy = pLimit(2);
  const timed = <T>(name: string, fn: () => Promise<T>, limit = true): Promise<T> => {
    const go = async () => {
      const s = performance.now();
      try {
        return await fn();
      } finally {
        timings[name] = Math.round(performance.now() - s);
      }
    };
    return limit ? heavy(go) : go();
  };
  const texts = timed("page texts", () => rawPageTexts(pdf, keys, signal), false);
  const { printPdf } = opts;
  // The print PDF's own text (the press PDF's text layer is checked against it): what the 封一,
  // 版权页 and 目次 show for the periodical rules.
  const printTexts = printPdf
    ? timed("print texts", async () => rawPageTexts(printPdf, await readPageKeys(printPdf), signal), false)
    : undefined;
  const imageRows = timed("images", () => pdfimagesList(pdf, signal), false);
  const photoPages = imageRows.then((rows) => new Set(rows.map((r) => r.page)));
  const [fonts, images, words, share, separations, placeholders, scan, spreads] = await Promise.all([
    timed("fonts", () => fontsByPage(pdf, pages, signal), false),
    imageRows,
    timed("safety", () => pageWords(bytes, keys)),
    printTexts ? timed("text layer", async () => textRunShare(await printTexts, await texts), false) : undefined,
    checkSeparations(pdf, geometry, keys, photoPages, opts.expect, timed, signal),
    timed(
      "placeholders",
      async (): Promise<PlaceholderScan> => findPlaceholdersIn(pdf, bytes, keys, geometry, await texts, signal),
    ),
    timed("barcode", () => scanPageCached(pdf, pages, keys[pages - 1], signal)),
    timed("spreads", () => spreadPictures(pdf, keys, 220, signal)),
  ]);
  const mode = opts.pressBuild || !placeholders.found.length ? "press" : "draft";
  const results: CheckResult[] = [
    ...checkPageCount(pages),
    ...checkPdfxKeys(doc, opts.expect.pdfx),
    ...checkBoxes(
      geometry.map((g) => ({ trim: g.trim, bleed: g.bleed })),
      issue.magazine.trim,
    ),
    ...checkPages(doc, pageColours(doc), { noIcc: !!opts.expect.pdfx.conformance }),
    ...checkFonts(fonts),
    ...checkImages(images),
    ...separations.results,
    ...checkSafety(
      words,
      geometry.map((g) => ({ trim: g.trim, crop: g.crop })),
    ),
    ...checkFolioSides(
      words,
      geometry.map((g) => ({ trim: g.trim, crop: g.crop })),
      issue.edition.direction === "rtl" ? "right" : "left",
    ),
    ...placeholders.results(mode),
    ...checkBarcode(
      scan,
      pages,
      issue.magazine.issn ? periodicalEan13(issue.magazine.issn, issue.year) : undefined,
      issueAddon(issue.number),
    ),
    ...(share ? checkTextLayer(share) : []),
    ...checkToc(
      opts.toc,
      issue.edition.direction === "rtl" ? await pageTexts(pdf, "rtl", signal) : await texts,
      opts.folioOffset ?? DEFAULT_FOLIO_OFFSET,
    ),
    ...checkPeriodical(
      await (printTexts ?? texts),
      issue,
      geometry.map((g) => ({ widthPt: g.trim[2] - g.trim[0], heightPt: g.trim[3] - g.trim[1] })),
      issue.edition.base ? await yearTrims(dirname(outDir), issue.id, issue.year, signal) : [],
    ),
    ...checkImageSources(opts.images ?? []),
    ...(await timed("line composition", () => lineComposition(bytes, keys, geometry, issue.edition.language))),
    ...(opts.type?.checks ?? []).map((c) => ({ ...c, check: `type: ${c.check}` })),
  ];
  const names = pageNames(pages);
  const crops = await timed("crops", () => cropFindings(bytes, keys, results, (p) => geometry[p - 1].media));
  const figures: SeparationFigures & Record<string, number | string> = {
    ...separations.figures,
    ...(share
      ? {
          "text runs found": `${share.found}/${share.runs} (${((100 * share.found) / Math.max(1, share.runs)).toFixed(2)} %)`,
        }
      : {}),
    ...(scan.magnification ? { "bar code size": `${Math.round(scan.magnification * 100)} %` } : {}),
  };
  const report: PreflightReport = {
    title: issueLabel(issue),
    issue: issue.id,
    file: mode === "draft" && opts.draftFile ? opts.draftFile : basename(pdf),
    pages,
    mode,
    pageNames: names,
    summary: summarize(results),
    limits: {
      "image ppi fail <": LIMITS.ppiFail,
      "image ppi warn <": LIMITS.ppiWarn,
      "total ink %": opts.expect.totalInkLimit,
      "text from trim mm": 5,
      "box tolerance mm": LIMITS.boxToleranceMm,
      "press condition": opts.expect.pdfx.condition,
    },
    results,
    placeholders: placeholders.found.map(({ page, what }) => ({ page, what })),
    timings,
    pagesRendered: { ...separations.rendered, spreads: spreads.rendered },
    seconds: 0,
    figures,
    flatplan: opts.flatplan,
    type: opts.type,
  };
  report.seconds = Math.round(performance.now() - t0) / 1000;
  const json = join(outDir, "preflight.json");
  const html = join(outDir, "preflight.html");
  // The files leave out the timings and the pages rendered (they go to build.json): the same press PDF gives the same bytes.
  const written: PreflightReport = { ...report, timings: {}, pagesRendered: {}, seconds: 0 };
  writeFileSync(json, `${JSON.stringify(written, null, 2)}\n`);
  writeFileSync(html, renderReportHtml(written, spreads.spreads, crops));
  return { report, json, html };
}
