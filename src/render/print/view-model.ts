/**
 * Issue → the data the print templates render. No HTML is built here except the article bodies,
 * which come from the shared block writer (src/render/html/blocks.ts).
 */
import type { Article, CoverPage, ImageRef, Issue } from "../../model/types.js";
import type { PrintGeometry } from "./geometry.js";
import { escapeHtml } from "../html/escape.js";
import { articleEndNotes } from "../html/end-notes.js";
import type { FitPlan } from "../../flatplan/loop.js";
import { MAX_PAD_PAGES } from "./padding.js";
import { leadLength } from "../../plan/front.js";
import { tocItemLabel, tocItems } from "../../plan/toc.js";

export type BlocksRenderer = (article: Article, imageUrl: (image: ImageRef) => string) => string;

export interface PrintView {
  lang: string;
  docTitle: string;
  meta: { author: string; subject: string; keywords: string };
  page: { width: string; height: string; markArea: string; bleed: string };
  fontFaces: string;
  stylesheets: string[];
  magazine: Issue["magazine"];
  issueLabel: string; // 2022·8
  totalLabel: string; // 总第313期
  yearLabel: string; // 2022年第8期
  cover: CoverView;
  insideFrontCover?: CoverView;
  insideBackCover?: CoverView;
  backCover?: CoverView;
  imprint: Issue["imprint"];
  frontArticles: ArticleView[]; // before the imprint and 目录 (卷首语)
  bodyArticles: ArticleView[];
  toc: { id: string; name: string; entries: TocViewEntry[] }[];
  pads: number[];
  /** An article printed on 封二 or 封三 instead of a photo page (e.g. 党建书苑 on 封三). */
  insideFrontCoverArticle?: ArticleView;
  insideBackCoverArticle?: ArticleView;
  /** The flatplan fitter's per-article settings (empty when the layout is as designed). */
  fitCss: string;
}

export interface CoverView extends CoverPage {
  url?: string;
  /** Link target of a cover page listed in the 目录. */
  anchor: string;
}

export interface TocViewEntry {
  id: string;
  title: string;
  subtitle?: string;
  authors: string;
  /** 封二, 封三 or 封四, printed where the page number stands, for an item on a cover. */
  place?: string;
}

export interface ArticleView extends Article {
  anchor: string;
  sectionStart: boolean;
  innerStart?: boolean;
  /** Runs on after the previous article instead of starting a new page. */
  runOn?: boolean;
  columns: number;
  variant: string;
  bodyHtml: string;
  authorLine: string;
  /** 作者单位, source and 责任编辑 lines (src/render/html/end-notes.ts, shared with the EPUB). */
  endNotesHtml: string;
  /** Filler (notes) pages after this article, to keep the next one on its planned page. */
  fillers: number[];
}

/** What the flatplan fitter sets for one layout pass. */
export type PrintFit = FitPlan;

function placed(issue: Issue, place: Article["place"], view: (a: Article, sectionStart: boolean) => ArticleView): ArticleView | undefined {
  const a = issue.articles.find((x) => x.place === place);
  return a ? view(a, true) : undefined;
}

/** Puts a pull quote after the block it was taken from. */
export function insertPullQuote(bodyHtml: string, q: { afterBlockId: string; text: string }): string {
  const at = bodyHtml.indexOf(`id="${q.afterBlockId}"`);
  const end = at < 0 ? -1 : bodyHtml.indexOf("</p>", at);
  if (end < 0) return bodyHtml;
  const quote = `<p class="pull-quote" aria-hidden="true">${escapeHtml(q.text)}</p>`;
  return bodyHtml.slice(0, end + 4) + quote + bodyHtml.slice(end + 4);
}

/** Where an image is copied next to print.html, relative to it. */
export const imageUrl = (image: ImageRef): string => image.src.replace(/^\/+/, "");

export const articleAnchor = (id: string): string => `t-${id}`;

export const coverAnchor = (place: string): string => `c-${place}`;

function coverView(cover: CoverPage | undefined, place: string, url: (image: ImageRef) => string = imageUrl): CoverView | undefined {
  if (!cover) return undefined;
  return { ...cover, anchor: coverAnchor(place), url: cover.image ? url(cover.image) : undefined, credit: cover.credit ?? cover.image?.credit };
}

/** The 目录 as printed: items in order (src/plan/toc.ts), consecutive articles of a section under its name. */
function tocView(issue: Issue): PrintView["toc"] {
  const groups: PrintView["toc"] = [];
  for (const item of tocItems(issue)) {
    const entry: TocViewEntry =
      item.kind === "article"
        ? { id: articleAnchor(item.article.id), title: item.article.title, subtitle: item.article.subtitle, authors: item.article.authors.join(" "), place: tocItemLabel(item) }
        : { id: coverAnchor(item.place), title: item.cover.title, authors: "", place: tocItemLabel(item) };
    const section = item.kind === "article" ? item.article.section : { id: `cover-${item.place}`, name: "" };
    const last = groups[groups.length - 1];
    if (last && last.id === section.id) last.entries.push(entry);
    else groups.push({ id: section.id, name: section.name, entries: [entry] });
  }
  return groups;
}

/**
 * An article runs on (no page break) when it is planned on the same page as the one before, or
 * when it continues a series of short briefs of the same section (e.g. 工作交流 pp.40–43).
 */
export function runsOn(a: Article, prev: Article): boolean {
  if (a.plannedPage != null && a.plannedPage === prev.plannedPage) return true;
  return a.layout.variant === "briefs" && prev.layout.variant === "briefs" && a.section.id === prev.section.id;
}

export function buildPrintView(
  issue: Issue,
  geometry: PrintGeometry,
  stylesheets: string[],
  renderBody: BlocksRenderer,
  fit?: PrintFit,
  /** URL of each image relative to print.html (default: the source path; the build passes its print renditions). */
  url: (image: ImageRef) => string = imageUrl,
): PrintView {
  const m = issue.magazine;
  const articleView = (a: Article, sectionStart: boolean): ArticleView => ({
    ...a,
    anchor: articleAnchor(a.id),
    sectionStart,
    columns: a.layout.columns,
    variant: a.layout.variant,
    bodyHtml: fit?.pullQuotes.has(a.id) ? insertPullQuote(renderBody(a, url), fit.pullQuotes.get(a.id)!) : renderBody(a, url),
    authorLine: a.authors.join(" "),
    endNotesHtml: articleEndNotes(a),
    fillers: Array.from({ length: fit?.fillersAfter.get(a.id) ?? 0 }, (_, i) => i + 1),
  });
  // Reading order is issue.articles; a section run is a stretch of consecutive articles of one section.
  const runs: { id: string; name: string; articles: Article[] }[] = [];
  for (const a of issue.articles.filter((x) => !x.place)) {
    const last = runs[runs.length - 1];
    if (last && last.id === a.section.id) last.articles.push(a);
    else runs.push({ id: a.section.id, name: a.section.name, articles: [a] });
  }
  // The first run goes before the imprint and 目录 when it is a one-column editorial (卷首语).
  const leadCount = leadLength(issue.articles.filter((x) => !x.place).map((a) => ({ section: a.section.id, editorial: a.layout.variant === "editorial" })));
  const views: ArticleView[] = [];
  for (const run of runs) {
    run.articles.forEach((a, i) => {
      const prev = views[views.length - 1];
      const v = articleView(a, i === 0);
      v.runOn = prev ? (fit ? !fit.startsPage(a.id) : runsOn(a, prev)) : false;
      views.push(v);
    });
  }
  if (views[0]) views[0].innerStart = leadCount > 0;
  const yearLabel = `${issue.year}年第${issue.number}期`;
  return {
    lang: m.language,
    docTitle: `${m.title} ${yearLabel}(总第${issue.totalNumber}期)`,
    meta: {
      author: issue.imprint.publisher,
      subject: `${m.title} ${yearLabel}`,
      keywords: [...new Set(runs.map((r) => r.name))].join(", "),
    },
    page: {
      width: `${geometry.trimMm.width}mm`,
      height: `${geometry.trimMm.height}mm`,
      markArea: `${geometry.bleedMm + geometry.slugMm}mm`,
      bleed: `${geometry.bleedMm}mm`,
    },
    fontFaces: "fonts/fonts.css",
    stylesheets,
    magazine: m,
    issueLabel: `${issue.year}·${issue.number}`,
    totalLabel: `总第${issue.totalNumber}期`,
    yearLabel,
    cover: coverView(issue.cover, "front-cover", url)!,
    insideFrontCover: coverView(issue.insideFrontCover, "inside-front-cover", url),
    insideBackCover: coverView(issue.insideBackCover, "inside-back-cover", url),
    backCover: coverView(issue.backCover, "back-cover", url),
    imprint: issue.imprint,
    frontArticles: views.slice(0, leadCount),
    insideFrontCoverArticle: placed(issue, "inside-front-cover", articleView),
    insideBackCoverArticle: placed(issue, "inside-back-cover", articleView),
    bodyArticles: views.slice(leadCount),
    toc: tocView(issue),
    pads: Array.from({ length: MAX_PAD_PAGES }, (_, i) => i + 1),
    fitCss: fit?.css ?? "",
  };
}
