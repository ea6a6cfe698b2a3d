/**
 * Issue → the data the print templates render. No HTML is built here except the article bodies,
 * which come from the shared block writer (src/render/html/blocks.ts).
 */
import type { Article, Block, CoverPage, ImageRef, Issue } from "../../model/types.js";
import type { PrintGeometry } from "./geometry.js";
import { escapeHtml, unescapeHtml } from "../../text/escape.js";
import { articleEndNotes } from "../html/end-notes.js";
import type { FitPlan } from "../../flatplan/loop.js";
import { MAX_PAD_PAGES } from "./padding.js";
import { leadLength } from "../../plan/front.js";
import { tocItems } from "../../plan/toc.js";
import { headlineHtml } from "../../type/headline.js";
import { insertPullQuotes, keepQuotes, markContinued, splitArticle, trackTail } from "./body-edits.js";
import { keepLineRuns } from "./line-keeps.js";
import type { Continuation, FillerPage } from "../../flatplan/apply.js";

import type { ArticleView, BlocksRenderer, CoverView, FillerView, PrintView, TocEntryView } from "./view-types.js";
import { CHINESE_WORDS, fillWord, type Words } from "../../model/words.js";
import { coverNames } from "../../model/places.js";

export type { ArticleView, BlocksRenderer, CoverView, FillerView, PrintView, TocEntryView };

/** What the flatplan fitter sets for one layout pass. */
export type PrintFit = FitPlan;

function placed(
  issue: Issue,
  place: Article["place"],
  view: (a: Article, sectionStart: boolean) => ArticleView,
): ArticleView | undefined {
  const a = issue.articles.find((x) => x.place === place);
  return a ? view(a, true) : undefined;
}

/** The body HTML of an article with the flatplan's edits (pull quotes, tracking, continuation notes). */
function bodyOf(
  a: Article,
  html: string,
  fit: PrintFit | undefined,
  jump?: { out?: Continuation; in?: Continuation },
  words: Words = CHINESE_WORDS,
): string {
  // Subheads, like headlines, break only between the phrases their editor spaced.
  let body = html.replace(
    /(<h[234]\b[^>]*>)([^<]*\s[^<]*)(<\/h[234]>)/g,
    (_m, open: string, text: string, close: string) => open + headlineHtml(unescapeHtml(text)) + close,
  );
  const quotes = fit?.pullQuotes.get(a.id);
  body = quotes ? insertPullQuotes(body, quotes) : body;
  for (const [id, t] of fit?.tracking ?? [])
    if (body.includes(`<p id="${id}"`)) body = trackTail(body, id, t.chars, t.em);
  body = markSized(keepQuotes(keepLineRuns(body)), fit?.sized);
  if (jump?.in)
    body = `<p class="jump-note from">${escapeHtml(fillWord(words.continued_from, { page: jump.in.fromPage }))}</p>\n${markContinued(body, jump.in)}`;
  if (jump?.out)
    body = `${body}\n<p class="jump-note">${escapeHtml(fillWord(words.continued_on, { page: jump.out.toPage }))}</p>`;
  return body;
}

function fillerView(f: FillerPage, url: (image: ImageRef) => string, words: Words): FillerView {
  if (f.kind === "notes") return { notes: true };
  return {
    notes: false,
    url: url(f.filler.image),
    caption: f.filler.caption,
    kind: f.filler.kind,
    label: f.filler.kind === "ad" ? words.ad : words.photo,
  };
}

/** Where an image is copied next to print.html, relative to it. */
export const imageUrl = (image: ImageRef): string => image.src.replace(/^\/+/, "");

export const articleAnchor = (id: string): string => `t-${id}`;

export const coverAnchor = (place: string): string => `c-${place}`;

function coverView(cover: CoverPage, place: string, url?: (image: ImageRef) => string): CoverView;
function coverView(
  cover: CoverPage | undefined,
  place: string,
  url?: (image: ImageRef) => string,
): CoverView | undefined;
function coverView(
  cover: CoverPage | undefined,
  place: string,
  url: (image: ImageRef) => string = imageUrl,
): CoverView | undefined {
  if (!cover) return undefined;
  return {
    ...cover,
    anchor: coverAnchor(place),
    url: cover.image ? url(cover.image) : undefined,
    credit: cover.credit ?? cover.image?.credit,
  };
}

/** The 目录 as printed: items in order (src/plan/toc.ts), consecutive articles of a section under its name. */
function tocView(issue: Issue): PrintView["toc"] {
  const groups: PrintView["toc"] = [];
  const names = coverNames(issue.edition.words);
  for (const item of tocItems(issue)) {
    const entry: TocEntryView =
      item.kind === "article"
        ? { ...tocEntry(item.article), place: item.place && names[item.place] }
        : {
            id: coverAnchor(item.place),
            title: item.cover.title,
            titleHtml: headlineHtml(item.cover.title),
            authors: "",
            place: names[item.place],
          };
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
  const jumps = new Map((fit?.continuations ?? []).map((c) => [c.articleId, c]));
  const split = new Map<string, { main: Article; tail: Article; c: Continuation }>();
  for (const [id, c] of jumps) {
    const a = issue.articles.find((x) => x.id === id);
    const parts = a && splitArticle(a, c);
    if (parts) split.set(id, { ...parts, c });
  }
  const words = issue.edition.words;
  const articleView = (source: Article, sectionStart: boolean): ArticleView => {
    const parts = split.get(source.id);
    const { article: a, opener } = withOpener(parts?.main ?? source, fit?.openers);
    return {
      ...a,
      openerHtml: opener
        ? markSized(renderBody({ ...a, blocks: [opener] }, url), fit?.sized).replace(
            'class="figure',
            'class="figure opener',
          )
        : "",
      anchor: articleAnchor(a.id),
      sectionStart,
      columns: a.layout.columns,
      variant: a.layout.variant,
      bodyHtml: bodyOf(a, renderBody(a, url), fit, { out: parts?.c }, words),
      authorLine: a.authors.join(" "),
      endNotesHtml: parts ? "" : articleEndNotes(a, words),
      fillers: (fit?.fillersAfter.get(a.id) ?? []).map((f) => fillerView(f, url, words)),
      titleHtml: headlineHtml(a.titleBreaks ?? a.title),
    };
  };
  const tailView = (p: { tail: Article; c: Continuation }): ArticleView => ({
    ...articleView(p.tail, false),
    bodyHtml: bodyOf(p.tail, renderBody(p.tail, url), fit, { in: p.c }, words),
    endNotesHtml: articleEndNotes(p.tail, words),
    runOn: true,
    continuation: { fromPage: p.c.fromPage, toPage: p.c.toPage },
  });
  // Reading order is issue.articles; a section run is a stretch of consecutive articles of one section.
  const runs: { id: string; name: string; articles: Article[] }[] = [];
  for (const a of issue.articles.filter((x) => !x.place)) {
    const last = runs[runs.length - 1];
    if (last && last.id === a.section.id) last.articles.push(a);
    else runs.push({ id: a.section.id, name: a.section.name, articles: [a] });
  }
  // The first run goes before the imprint and 目录 when it is a one-column editorial (卷首语).
  const leadCount = leadLength(
    issue.articles
      .filter((x) => !x.place)
      .map((a) => ({ section: a.section.id, editorial: a.layout.variant === "editorial" })),
  );
  const views: ArticleView[] = [];
  for (const run of runs) {
    run.articles.forEach((a, i) => {
      const prev = views[views.length - 1];
      const v = articleView(a, i === 0);
      v.runOn = prev ? (fit ? !fit.startsPage(a.id) : runsOn(a, prev)) : false;
      views.push(v);
    });
  }
  // A continued part follows the last article of the run printed on the page it continues on.
  for (const p of split.values()) {
    const at = views.findIndex((v) => v.id === p.c.afterArticleId);
    if (at < 0) continue;
    const tail = tailView(p);
    tail.fillers = views[at].fillers;
    views[at] = { ...views[at], fillers: [] };
    views.splice(at + 1, 0, tail);
  }
  if (views[0]) views[0].innerStart = leadCount > 0;
  const yearLabel = fillWord(words.issue, { year: issue.year, number: issue.number });
  const totalLabel = fillWord(words.total, { total: issue.totalNumber });
  return {
    lang: m.language,
    dir: issue.edition.direction,
    words,
    edition: { tag: issue.edition.tag, base: issue.edition.base, baseTitle: issue.edition.baseTitle },
    docTitle: issue.edition.base
      ? `${m.title} ${yearLabel}（总第${issue.totalNumber}期）`
      : `${m.title} ${yearLabel} (${totalLabel})`,
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
    totalLabel,
    yearLabel,
    cover: coverView(issue.cover, "front-cover", url),
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

/** A 目录 entry as printed: its title (toc_title), and the 引题, subtitle and authors it shows. */
export function tocEntry(a: Article): TocEntryView {
  const title = a.toc.title ?? a.title;
  return {
    id: articleAnchor(a.id),
    title,
    titleHtml: headlineHtml(a.toc.title ?? a.titleBreaks ?? a.title),
    kicker: a.toc.kicker ? a.kicker : undefined,
    subtitle: a.toc.subtitle ? a.subtitle : undefined,
    authors: a.toc.authors ? a.authors.join(" ") : "",
  };
}

/** A wide figure the flatplan chose opens the article: it leaves the body for the head. */
function withOpener(a: Article, openers: Set<string> | undefined): { article: Article; opener?: Block } {
  const at = openers ? a.blocks.findIndex((b) => openers.has(b.id)) : -1;
  if (at < 0) return { article: a };
  return { article: { ...a, blocks: [...a.blocks.slice(0, at), ...a.blocks.slice(at + 1)] }, opener: a.blocks[at] };
}

/** Figures the flatplan sized get the class that makes them a box of whole grid lines. */
function markSized(html: string, sized: Set<string> | undefined): string {
  if (!sized?.size) return html;
  return html.replace(/<figure id="([^"]+)" class="figure/g, (m, id: string) => (sized.has(id) ? `${m} sized` : m));
}
