/**
 * EPUB 3 stage: Issue (+ the print page map and cover rendering, when known) → dist/<id>/<id>.epub.
 *
 * Written directly (XHTML from the shared block writer, package document, yazl zip) rather than with
 * epub-gen-memory: see the README ("The EPUB edition") for what was measured.
 * Spine, in the print edition's order (reading-order.ts): 封面, 书名页, 封二 (a photo page or an
 * article), the opening editorial (卷首语, when the issue has one), 版权页, 目录, the articles, 封三 (an
 * article or a photo page), 封四.
 */
import path from "node:path";
import type { EpubDocument } from "../../contract/build-facts.js";
import type { StageContext, StageResult } from "../../contract/stage.js";
import type { Article, ImageRef, Issue } from "../../model/types.js";
import { articlePage } from "./article.js";
import { coverPageDocument, coverPagesOf } from "./cover-pages.js";
import { coverRendition } from "./cover.js";
import { coverPage, IMPRINT_HREF, imprintPage, titlePage } from "./front.js";
import { renderImages, type Rendition } from "./images.js";
import { declaredDirection, documentLanguage, wordsOf } from "./labels.js";
import { metadataXml } from "./metadata.js";
import { NAV_HREF, navPage } from "./nav.js";
import { CONTAINER_XML, OPF_HREF, packageDocument, type ManifestItem } from "./opf.js";
import type { PageStart } from "./page-map.js";
import { planPageBreaks } from "./page-plan.js";
import { planQrCodes } from "./qr-images.js";
import { articleOrder } from "./reading-order.js";
import { EPUB_CSS, epubStylesheet } from "./stylesheet.js";
import { CSS_HREF, EPUB_DIR, type XhtmlPage } from "./xhtml.js";
import { writeEpubZip, type ZipEntry } from "./zip.js";

export type { PageStart } from "./page-map.js";

/** Ace (DAISY) reports no violations for this output: see test/epub/validity.test.ts. */
export const CLAIM_CONFORMANCE = true;

export { EPUB_CSS };

export type { EpubDocument } from "../../contract/build-facts.js";

export async function renderEpub(
  issue: Issue,
  input: { pageMap?: PageStart[]; coverPng?: string },
  ctx: StageContext,
): Promise<StageResult> {
  const started = performance.now();
  const lang = issue.edition.language;
  const order = articleOrder(issue.articles);
  const articles = [...order.front, ...order.body];
  const plan = planPageBreaks(articles, input.pageMap ?? []);
  plan.problems.forEach((p) => ctx.warn(`epub: ${p}`));
  if (!input.pageMap) ctx.log("epub: no print page map: no page-list, no page-break markers");

  const figures = issue.articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === "figure" ? [b.image.path] : [])));
  const covers = coverPagesOf(issue);
  const coverPhotos = covers.flatMap((c) => (c.page.image ? [c.page.image.path] : []));
  const qr = await planQrCodes(issue);
  qr.warnings.forEach((w) => ctx.warn(`epub: ${w}`));
  const [cover, images] = await Promise.all([
    coverRendition(issue, input.coverPng),
    renderImages([...figures, ...coverPhotos, ...qr.imageFiles.filter((p): p is string => Boolean(p))]),
  ]);
  const imageHref = (image: ImageRef) => images.get(image.path)?.href ?? image.src;
  const qrView = (n: number) => ({
    ...qr.views[n],
    href: qr.views[n].href ?? (qr.imageFiles[n] ? images.get(qr.imageFiles[n] as string)?.href : undefined),
  });

  const frontHref = { imprint: IMPRINT_HREF, toc: NAV_HREF } as const;
  const pageList = input.pageMap
    ? plan.targets.map((t) => ({
        folio: t.folio,
        href: "frontMatter" in t ? frontHref[t.frontMatter] : `${t.articleId}.xhtml`,
      }))
    : undefined;
  const last = articles[articles.length - 1];
  const coverDoc = (at: "front" | "back") =>
    covers.filter((c) => c.at === at).map((c) => coverPageDocument(issue, c, imageHref));
  const article = (a: Article) => ({
    page: articlePage(a, {
      language: documentLanguage(issue),
      words: wordsOf(issue),
      plan,
      imageHref,
      last: a === last,
    }),
    kind: "article" as const,
    articleId: a.id,
  });
  const documents: { page: XhtmlPage; kind: EpubDocument["kind"]; articleId?: string }[] = [
    { page: coverPage(issue, cover.href), kind: "cover" },
    { page: titlePage(issue), kind: "title" },
    ...coverDoc("front").map((page) => ({ page, kind: "cover-page" as const })),
    ...order.front.map(article),
    { page: imprintPage(issue, qrView, plan.atFrontMatter.get("imprint")), kind: "imprint" },
    { page: navPage(issue, pageList, plan.atFrontMatter.get("toc")), kind: "toc" },
    ...order.body.map(article),
    ...coverDoc("back").map((page) => ({ page, kind: "cover-page" as const })),
  ];
  const pages = documents.map((d) => d.page);

  const { css, fonts } = await epubStylesheet(issue, pages);
  const renditions: Rendition[] = [cover, ...images.values(), ...qr.generated];
  const items: ManifestItem[] = [
    ...pages.map((p) => ({ id: p.id, href: p.href, mediaType: "application/xhtml+xml", properties: p.properties })),
    { id: "css", href: CSS_HREF, mediaType: "text/css" },
    ...renditions.map((r, i) => ({
      id: i === 0 ? "cover-image" : `img-${i}`,
      href: r.href,
      mediaType: r.mediaType,
      properties: i === 0 ? "cover-image" : undefined,
    })),
    ...fonts.map((f, i) => ({ id: `font-${i + 1}`, href: f.href, mediaType: "font/woff2" })),
  ];
  const metadata = metadataXml(issue, { pageList: Boolean(pageList), conformance: CLAIM_CONFORMANCE });
  const opf = packageDocument({
    lang,
    metadata,
    items,
    spine: pages.map((p) => p.id),
    pageProgression: declaredDirection(issue),
  });

  const inEpub = (href: string) => `${EPUB_DIR}/${href}`;
  const entries: ZipEntry[] = [
    { name: "META-INF/container.xml", data: CONTAINER_XML },
    { name: inEpub(OPF_HREF), data: opf },
    ...pages.map((p) => ({ name: inEpub(p.href), data: p.xhtml })),
    { name: inEpub(CSS_HREF), data: css },
    ...renditions.map((r) => ({ name: inEpub(r.href), data: r.data, store: true })),
    ...fonts.map((f) => ({ name: inEpub(f.href), data: f.data, store: true })),
  ];
  const file = path.join(ctx.outDir, `${issue.id}.epub`);
  await writeEpubZip(file, entries, issue.date);
  const ms = Math.round(performance.now() - started);
  const fontBytes = fonts.reduce((n, f) => n + f.data.length, 0);
  ctx.log(
    `epub: ${entries.length + 1} files, ${pageList?.length ?? 0} print pages${fonts.length ? `, fonts embedded (${fontBytes} bytes)` : ""}, ${ms} ms`,
  );
  return {
    files: [{ kind: "epub", path: file }],
    facts: {
      epub: {
        entries: entries.length + 1,
        images: renditions.length,
        pageList: pageList?.length ?? 0,
        fonts: fonts.map((f) => ({ href: f.href, bytes: f.data.length, glyphs: f.glyphs })),
        documents: documents.map(
          (d): EpubDocument => ({
            href: d.page.href,
            title: d.page.title,
            kind: d.kind,
            ...(d.articleId ? { articleId: d.articleId } : {}),
          }),
        ),
        ms,
      },
    },
  };
}
