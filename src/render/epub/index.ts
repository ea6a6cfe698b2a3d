/**
 * EPUB 3 stage: Issue (+ the print page map and cover rendering, when known) → dist/<id>/<id>.epub.
 *
 * Written directly (XHTML from the shared block writer, package document, yazl zip), not through
 * epub-gen-memory 1.1.2. Measured: it re-serializes every chapter with dom-serializer (all CJK text
 * becomes numeric character references, `&#x4F60;`, about 2.7× the UTF-8 bytes), names images and the
 * book id with Math.random UUIDs, stamps dcterms:modified and zip entry times with the clock, and
 * adds an NCX and directory entries; custom nav (page-list, landmarks) and OPF meant replacing all
 * four of its templates, leaving it nothing but zipping.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StageContext, StageResult } from "../../build/types.js";
import type { ImageRef, Issue } from "../../model/types.js";
import { articlePage } from "./article.js";
import { coverRendition } from "./cover.js";
import { coverPage, imprintPage, titlePage } from "./front.js";
import { renderImages } from "./images.js";
import { metadataXml } from "./metadata.js";
import { navPage } from "./nav.js";
import { CONTAINER_XML, OPF_HREF, packageDocument, type ManifestItem } from "./opf.js";
import type { PageStart } from "./page-map.js";
import { planPageBreaks } from "./page-plan.js";
import { CSS_HREF, EPUB_DIR } from "./xhtml.js";
import { writeEpubZip, type ZipEntry } from "./zip.js";

export type { PageStart } from "./page-map.js";

/** Ace (DAISY) reports no violations for this output: see test/epub/validity.test.ts. */
export const CLAIM_CONFORMANCE = true;

export const EPUB_CSS = fileURLToPath(new URL("../../../styles/epub.css", import.meta.url));

export async function renderEpub(issue: Issue, input: { pageMap?: PageStart[]; coverPng?: string }, ctx: StageContext): Promise<StageResult> {
  const started = performance.now();
  const lang = issue.magazine.language;
  const plan = planPageBreaks(issue.articles, input.pageMap ?? []);
  plan.problems.forEach((p) => ctx.warn(`epub: ${p}`));
  if (!input.pageMap) ctx.log("epub: no print page map: no page-list, no page-break markers");

  const figures = issue.articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === "figure" ? [b.image.path] : [])));
  const qr = issue.imprint.qrCodes.map((q) => (q.image ? findQrImage(issue, q.image) : undefined));
  qr.forEach((p, i) => issue.imprint.qrCodes[i].image && !p && ctx.warn(`epub: QR code image "${issue.imprint.qrCodes[i].image}" not found`));
  const [cover, images] = await Promise.all([
    coverRendition(issue, input.coverPng),
    renderImages([...figures, ...qr.filter((p): p is string => Boolean(p))]),
  ]);
  const imageHref = (image: ImageRef) => images.get(image.path)?.href ?? image.src;

  const pageList = input.pageMap ? plan.targets.map((t) => ({ folio: t.folio, href: `${t.articleId}.xhtml` })) : undefined;
  const last = issue.articles[issue.articles.length - 1];
  const pages = [
    coverPage(issue, cover.href),
    titlePage(issue),
    imprintPage(issue, (n) => (qr[n] ? images.get(qr[n] as string)?.href : undefined)),
    navPage(issue, pageList),
    ...issue.articles.map((a) => articlePage(a, { lang, plan, imageHref, last: a === last })),
  ];
  const renditions = [cover, ...images.values()];
  const items: ManifestItem[] = [
    ...pages.map((p) => ({ id: p.id, href: p.href, mediaType: "application/xhtml+xml", properties: p.properties })),
    { id: "css", href: CSS_HREF, mediaType: "text/css" },
    ...renditions.map((r, i) => ({ id: i === 0 ? "cover-image" : `img-${i}`, href: r.href, mediaType: r.mediaType, properties: i === 0 ? "cover-image" : undefined })),
  ];
  const metadata = metadataXml(issue, { pageList: Boolean(pageList), conformance: CLAIM_CONFORMANCE });
  const opf = packageDocument({ lang, metadata, items, spine: pages.map((p) => p.id) });

  const inEpub = (href: string) => `${EPUB_DIR}/${href}`;
  const entries: ZipEntry[] = [
    { name: "META-INF/container.xml", data: CONTAINER_XML },
    { name: inEpub(OPF_HREF), data: opf },
    ...pages.map((p) => ({ name: inEpub(p.href), data: p.xhtml })),
    { name: inEpub(CSS_HREF), data: readFileSync(EPUB_CSS) },
    ...renditions.map((r) => ({ name: inEpub(r.href), data: r.data, store: true })),
  ];
  const file = path.join(ctx.outDir, `${issue.id}.epub`);
  await writeEpubZip(file, entries, issue.date);
  const ms = Math.round(performance.now() - started);
  ctx.log(`epub: ${entries.length + 1} files, ${pageList?.length ?? 0} print pages, ${ms} ms`);
  return {
    files: [{ kind: "epub", path: file }],
    facts: { epub: { entries: entries.length + 1, images: renditions.length, pageList: pageList?.length ?? 0, ms } },
  };
}

/** QR images are issue- or magazine-relative (magazine.yaml lives beside the issue folders). */
function findQrImage(issue: Issue, src: string): string | undefined {
  return [path.resolve(issue.dir, src), path.resolve(issue.dir, "..", src)].find((p) => existsSync(p));
}
