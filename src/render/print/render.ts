/**
 * The print stage: HTML → one pagination → print PDF (boxes, metadata, outline) → screen PDF
 * (same pages cropped to the trim) → TOC read back and proven → thumbnails and the EPUB's cover
 * picture, when the outputs asked for need them (extras.ts).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { PrintResult } from "../../contract/print-output.js";
import type { OutputFile, StageContext } from "../../contract/stage.js";
import type { Issue } from "../../model/types.js";
import { coverNames, PLACE_ISSUE_KEY, PLACE_LABEL } from "../../model/places.js";
import { FolioError, InternalError } from "../../contract/errors.js";
import { mmToPt } from "./geometry.js";
import { assemblePrint } from "./assemble.js";
import { writePrintAndScreen } from "./print-files.js";
import { folios, pageStarts, tocFromPages } from "./page-map.js";
import { layOutIssue } from "./layout.js";
import { placeFullImages } from "./place-images.js";
import { renderPagePng, renderSpreadSheet, renderThumbnails } from "./thumbnails.js";
import { readPageKeys } from "../../pdf/page-keys.js";
import { printExtras } from "./extras.js";
import { assertTocTrue, readPdfText } from "./verify-toc.js";
import type { BlocksRenderer } from "./view-model.js";
import { readTypeReport, typeSummary } from "../../type/read-back.js";
import { sourcesFingerprint } from "../../flatplan/fingerprint.js";
import { ROLES } from "../../contract/layout/dom.js";

export interface PrintOptions {
  renderBody: BlocksRenderer;
  /** The back-cover bar code (SVG markup) for the barcode slot; the slot stays empty without it. */
  barcodeSvg?: (issue: Issue) => string;
  thumbnails?: boolean;
  timeoutMs?: number;
  /** Images already installed under html/ (source path → URL relative to print.html); see writePrintHtml. */
  images?: ReadonlyMap<string, string>;
}

/** Height of the strip at the page foot where folios are printed (the bottom margin). */
const FOLIO_STRIP_MM = 18;

export async function renderPrintWith(issue: Issue, ctx: StageContext, opts: PrintOptions): Promise<PrintResult> {
  const t0 = performance.now();
  for (const [key, name] of [
    ["insideFrontCover", "封二"],
    ["insideBackCover", "封三"],
    ["backCover", "封四"],
  ] as const) {
    if (issue.articles.some((a) => a.place && PLACE_ISSUE_KEY[a.place] === key)) continue;
    if (!issue[key])
      ctx.warn(
        `print: no ${name} in issue.yaml; the page is printed ${key === "backCover" ? "with the imprint panel only" : "blank"}`,
      );
  }
  let barcode = "";
  try {
    barcode = opts.barcodeSvg?.(issue) ?? "";
  } catch (error) {
    ctx.warn(`print: no bar code on 封四: ${(error as Error).message}`);
  }
  const assembly = assemblePrint(issue, ctx.outDir, {
    renderBody: opts.renderBody,
    barcodeSvg: barcode,
    images: opts.images,
  });
  const { geometry } = assembly;
  const tHtml = performance.now();
  const laid = await layOutIssue(issue, ctx, {
    write: assembly.write,
    timeoutMs: opts.timeoutMs,
    sources: sourcesFingerprint(issue.dir),
  });
  const { pag, html, fit } = laid;
  for (const w of pag.warnings) ctx.warn(`print: ${w}`);
  for (const url of pag.blocked) ctx.warn(`print: blocked a request the renderer may not make: ${url}`);
  const { base, kept } = pag.padding;
  if (kept > 0)
    ctx.log(`print: ${base} pages → ${base + kept}: added ${kept} notes page(s) before 封三 (saddle stitch)`);
  // An article on a cover page has that one page: longer, it would push the covers off their sheets.
  for (const a of issue.articles) {
    if (!a.place) continue;
    const n = pag.pages.filter((p) => p.articles.includes(a.id)).length;
    if (n > 1)
      throw new FolioError({
        ...(a.plannedPageSource ?? a.source),
        field: "place",
        message: `does not fit on ${PLACE_LABEL[a.place]}: it takes ${n} pages — shorten it to one page, or plan it on the inner pages`,
      });
  }
  const total = pag.pages.length;
  if (total % 4 !== 0)
    throw new InternalError(
      `print: ${total} pages is not a multiple of 4 (only ${pag.padding.available} pad pages were planned)`,
    );
  const innerPages = folios(pag.pages).filter((f) => f != null).length;
  if (issue.pages && issue.pages !== innerPages)
    ctx.warn(`print: ${innerPages} inner pages, the issue plans ${issue.pages}`);
  const toc = tocFromPages(issue, pag.pages);

  const doc = await PDFDocument.load(pag.pdf, { updateMetadata: false });
  // The photos' data in place of the stand-ins they were printed as (every one on a page).
  const placed = placeFullImages(
    doc,
    laid.proxies.proxies,
    pag.proxied.filter((src) => pag.images.some((i) => i.src === src)),
  );
  if (laid.proxies.proxies.length)
    ctx.log(`print: ${placed.replaced} photo(s) printed as stand-ins, their own JPEG data placed in the PDF`);
  const { printFile, screenFile } = await writePrintAndScreen(doc, issue, geometry, pag.pages, ctx.outDir);
  const tPdf = performance.now();

  // Proof: the numbers printed in the 目录 are the folios of the pages carrying the titles.
  // (pdftotext runs in child processes while MuPDF draws the thumbnails in this one.)
  const pageSize = { width: mmToPt(geometry.trimMm.width), height: mmToPt(geometry.trimMm.height) };
  const textRead = readPdfText(screenFile, pageSize, mmToPt(FOLIO_STRIP_MM), issue.edition.direction);
  const thumbDir = path.join(ctx.outDir, "thumbnails");
  const keys = await readPageKeys(screenFile);
  const extras = printExtras(ctx.only);
  const thumbs =
    opts.thumbnails === false || !extras.thumbnails
      ? undefined
      : renderThumbnails(screenFile, thumbDir, keys).then(async (pngs) => {
          await renderSpreadSheet(pngs, path.join(thumbDir, "spreads.png"));
          return pngs;
        });
  thumbs?.catch(() => undefined); // awaited below; keep a TOC failure from leaving it unhandled
  const tocPages = pag.pages.filter((p) => p.roles.includes(ROLES.toc)).map((p) => p.index);
  const byId = new Map(issue.articles.map((a) => [a.id, a]));
  const issueFile = path.relative(
    process.cwd(),
    path.join(issue.dir, issue.edition.base ? "issue.yaml" : "edition.yaml"),
  );
  assertTocTrue(
    toc.map((e) => {
      const a = byId.get(e.articleId);
      return {
        ...e,
        between: [a?.toc.subtitle ? (a.subtitle ?? "") : "", a?.toc.authors ? a.authors.join(" ") : ""],
        source: a ? a.source : { file: issueFile },
      };
    }),
    await textRead,
    tocPages,
    coverNames(issue.edition.words),
  );
  // The type report: the screen PDF read back (body size and leading, grid, short lines, fill).
  const pageRoles = pag.pages.map((p, i) => ({
    folio: folios(pag.pages)[i],
    roles: p.roles,
    articles: p.articles,
    articleStarts: p.articleStarts,
  }));
  const type = await readTypeReport(screenFile, issue, pageRoles, keys);
  const typeFacts = { ...type, layout: pageRoles };
  ctx.log(typeSummary(type));
  for (const c of type.checks)
    if (c.status === "fail") ctx.warn(`type: ${c.check}${c.page ? ` (PDF page ${c.page})` : ""}: ${c.message}`);
  const tVerify = performance.now();

  const files: OutputFile[] = [
    { kind: "print-html", path: html.file },
    { kind: "print-pdf", path: printFile, pages: total },
    { kind: "screen-pdf", path: screenFile, pages: total },
  ];
  if (thumbs) {
    await thumbs;
    files.push({ kind: "thumbnails", path: thumbDir });
  }
  // The EPUB's cover is the print front cover, about 1600 px wide.
  const coverPng = extras.coverPng ? path.join(ctx.outDir, "thumbnails", "cover-1600.png") : undefined;
  if (coverPng) {
    await mkdir(path.dirname(coverPng), { recursive: true });
    await renderPagePng(screenFile, 0, 1600, coverPng, keys[0]);
  }
  const tEnd = performance.now();
  ctx.log(`print: ${total} pages (${innerPages} inner), TOC verified, ${Math.round(tEnd - t0)} ms`);
  const flatplan = fit ? { passes: fit.passes, runs: fit.rows, copyfit: fit.copyfit } : undefined;
  return {
    files,
    toc,
    output: {
      printPdf: printFile,
      screenPdf: screenFile,
      toc,
      pageMap: pageStarts(pag.pages),
      coverPng,
      placedImages: pag.images,
      flatplan: flatplan?.runs,
      type: typeFacts,
    },
    facts: {
      pages: total,
      innerPages,
      padPages: kept,
      tocPdfPages: tocPages.map((i) => i + 1),
      warnings: pag.warnings,
      flatplan,
      // Layout passes made in Chromium in this build, and passes the layout cache gave (layout-cache.ts).
      layout: laid.passes,
      // The type report, and the page map it was read against (which page holds what).
      type: typeFacts,
      timingsMs: {
        html: Math.round(tHtml - t0),
        ...pag.timings,
        postprocess: Math.round(tPdf - tHtml - pag.timings.launchMs - pag.timings.paginateMs - pag.timings.pdfMs),
        verifyToc: Math.round(tVerify - tPdf),
        thumbnailsAfterVerify: Math.round(tEnd - tVerify),
        total: Math.round(tEnd - t0),
      },
    },
  };
}
