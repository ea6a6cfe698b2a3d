/**
 * The print stage of an edition in vertical writing (traditional Mongolian): templates/vertical.hbs
 * printed by Chromium's own pagination (native-print.ts), then the same PDF work as every edition:
 * page boxes, crop marks, metadata, outline, the screen PDF cropped to the trim. The pages are
 * read back from the PDF (page-map.ts): the plan's page count (pad pages added in a second print)
 * and each article's planned page are enforced, the 目录 numbers are proven from the PDF
 * (toc-proof.ts) and the text is proven vertical and joined by rendering (vertical-proof.ts).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { PrintResult } from "../../../contract/print-output.js";
import type { OutputFile, StageContext } from "../../../contract/stage.js";
import type { Issue } from "../../../model/types.js";
import { FolioError } from "../../../contract/errors.js";
import { printGeometry } from "../geometry.js";
import { writePrintHtml } from "../html.js";
import { writePrintAndScreen } from "../print-files.js";
import { folios, pageStarts, tocFromPages } from "../page-map.js";
import { renderPagePng, renderSpreadSheet, renderThumbnails } from "../thumbnails.js";
import { readPageKeys } from "../../../pdf/page-keys.js";
import type { BlocksRenderer } from "../view-model.js";
import { ROLES } from "../../../contract/layout/dom.js";
import { drawCropMarks } from "./crop-marks.js";
import { printNatively } from "./native-print.js";
import { namedDestinations, pagesFromDestinations } from "./page-map.js";
import { proveTocFromPdf } from "./toc-proof.js";
import { proveVerticalText } from "./vertical-proof.js";

const COVERS = 4;

export interface VerticalPrintOptions {
  renderBody: BlocksRenderer;
  barcodeSvg?: string;
  images?: ReadonlyMap<string, string>;
  timeoutMs?: number;
}

export async function renderVerticalPrint(
  issue: Issue,
  ctx: StageContext,
  opts: VerticalPrintOptions,
): Promise<PrintResult> {
  const t0 = performance.now();
  const geometry = printGeometry(issue.magazine.trim);
  const planFile = path.relative(
    process.cwd(),
    path.join(issue.dir, issue.edition.base ? "issue.yaml" : "edition.yaml"),
  );
  const lay = async (pads: number, assets: boolean) => {
    const html = await writePrintHtml(issue, ctx.outDir, geometry, opts.renderBody, {
      barcodeSvg: opts.barcodeSvg,
      images: opts.images,
      assets,
      pads,
    });
    const printed = await printNatively(html.file, { timeoutMs: opts.timeoutMs, signal: ctx.signal });
    const doc = await PDFDocument.load(printed.pdf, { updateMetadata: false });
    return { html, printed, doc, total: doc.getPageCount() };
  };
  let laid = await lay(0, true);
  let pads = 0;
  const inner = laid.total - COVERS;
  // The plan's page count, else the next multiple of four (saddle stitch): pad pages before 封三.
  const wanted = issue.pages ?? Math.ceil(laid.total / 4) * 4 - COVERS;
  if (inner > wanted)
    throw new FolioError({
      file: planFile,
      field: "pages",
      message: `the vertical layout takes ${inner} inner pages, the plan has ${wanted}: shorten the articles or plan more pages`,
    });
  if (inner < wanted) {
    pads = wanted - inner;
    ctx.log(`print: ${inner} inner pages → ${wanted}: ${pads} notes page(s) before 封三`);
    laid = await lay(pads, false);
  }
  const { doc, total } = laid;
  const { pages, missing } = pagesFromDestinations(issue, namedDestinations(doc), total, pads);
  if (missing.length)
    throw new FolioError({ file: laid.html.file, message: `no page holds ${missing.join(", ")} in the printed PDF` });
  const folio = folios(pages);
  for (const a of issue.articles) {
    if (a.place || a.plannedPage == null) continue;
    const at = pages.find((p) => p.articleStarts.includes(a.id));
    const printed = at ? folio[at.index] : null;
    if (printed !== a.plannedPage)
      throw new FolioError({
        ...(a.plannedPageSource ?? a.source),
        field: "page",
        message: `${a.id} is planned on page ${a.plannedPage} but starts on page ${printed ?? "none"}: shorten the articles before it, or plan it later`,
      });
  }
  const toc = tocFromPages(issue, pages);
  const { printFile, screenFile } = await writePrintAndScreen(doc, issue, geometry, pages, ctx.outDir, (d) =>
    drawCropMarks(d, geometry),
  );
  const tPdf = performance.now();

  const tocPages = pages.filter((p) => p.roles.includes(ROLES.toc)).map((p) => p.index);
  const tocLinks = await proveTocFromPdf(screenFile, tocPages, planFile);
  ctx.log(`print: 目录 proven from the PDF: ${tocLinks} entries lead to the pages whose folios they print`);
  const firstArticle = pages.find((p) => p.articleStarts.length)?.index;
  if (firstArticle !== undefined) {
    const proof = await proveVerticalText(screenFile, firstArticle, issue.magazine.type.bodyPt);
    ctx.log(`print: vertical text proven on PDF page ${firstArticle + 1} (${proof.summary})`);
  }
  const keys = await readPageKeys(screenFile);
  const thumbDir = path.join(ctx.outDir, "thumbnails");
  const pngs = await renderThumbnails(screenFile, thumbDir, keys);
  await renderSpreadSheet(pngs, path.join(thumbDir, "spreads.png"));
  const coverPng = path.join(thumbDir, "cover-1600.png");
  await mkdir(thumbDir, { recursive: true });
  await renderPagePng(screenFile, 0, 1600, coverPng, keys[0]);
  const tEnd = performance.now();
  const innerPages = folio.filter((f) => f != null).length;
  ctx.log(`print: ${total} pages (${innerPages} inner), vertical, ${Math.round(tEnd - t0)} ms`);
  const files: OutputFile[] = [
    { kind: "print-html", path: laid.html.file },
    { kind: "print-pdf", path: printFile, pages: total },
    { kind: "screen-pdf", path: screenFile, pages: total },
    { kind: "thumbnails", path: thumbDir },
  ];
  return {
    files,
    toc,
    output: { printPdf: printFile, screenPdf: screenFile, toc, pageMap: pageStarts(pages), coverPng, placedImages: [] },
    facts: {
      pages: total,
      innerPages,
      padPages: pads,
      tocPdfPages: tocPages.map((i) => i + 1),
      warnings: [],
      layout: { laidOut: pads ? 2 : 1, fromCache: 0, runs: { laidOut: 0, fromCache: 0 } },
      timingsMs: { ...laid.printed.ms, postprocess: Math.round(tEnd - tPdf), total: Math.round(tEnd - t0) },
    },
  };
}
