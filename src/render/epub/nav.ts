/**
 * The EPUB navigation document: table of contents (section runs → articles, in reading order: a
 * section that recurs is listed again where it recurs), landmarks (cover, toc, bodymatter) and, when
 * the print page map is known, the page-list.
 */
import type { Issue } from "../../model/types.js";
import { tocLabel } from "../../model/labels.js";
import { sectionRuns } from "../../model/section-runs.js";
import { CHINESE_WORDS, type Words } from "../../model/words.js";
import { escapeHtml } from "../../text/escape.js";
import { articleHref } from "./article.js";
import { documentLanguage, screenWord, wordsOf } from "./labels.js";
import { pageBreakMarker } from "./page-map.js";
import { readingOrder } from "./reading-order.js";
import { manifestId, xhtmlDocument, type XhtmlPage } from "./xhtml.js";

export const NAV_HREF = "nav.xhtml";

/** One page-list entry: printed page `folio` and the document holding its marker. */
export interface PageTarget {
  folio: number;
  href: string;
}

export function tocNav(issue: Issue): string {
  const sections = sectionRuns(readingOrder(issue.articles))
    .map(({ section, articles }) => {
      const items = articles
        .map((a) => `<li><a href="${escapeHtml(articleHref(a))}">${escapeHtml(tocLabel(a))}</a></li>`)
        .join("\n");
      return `<li><span>${escapeHtml(section.name)}</span>\n<ol>\n${items}\n</ol></li>`;
    })
    .join("\n");
  return `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">
<h1 id="toc-title">${escapeHtml(screenWord(wordsOf(issue).contents))}</h1>
<ol>
${sections}
</ol>
</nav>`;
}

export function landmarksNav(issue: Issue): string {
  const first = readingOrder(issue.articles)[0];
  const w = wordsOf(issue);
  const e = escapeHtml;
  return `<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden">
<h2 id="landmarks-title">${e(w.landmarks)}</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">${e(w.cover)}</a></li>
<li><a epub:type="toc" href="${NAV_HREF}#toc">${e(screenWord(w.contents))}</a></li>
${first ? `<li><a epub:type="bodymatter" href="${e(articleHref(first))}">${e(w.body_matter)}</a></li>` : ""}
</ol>
</nav>`;
}

/** The page-list: one entry per printed inner page, in folio order. */
export function pageListNav(targets: PageTarget[], words: Words = CHINESE_WORDS): string {
  const items = [...targets]
    .sort((a, b) => a.folio - b.folio)
    .map((t) => `<li><a href="${escapeHtml(t.href)}#page-${t.folio}">${t.folio}</a></li>`)
    .join("\n");
  return `<nav epub:type="page-list" id="page-list" aria-labelledby="page-list-title" hidden="hidden">
<h2 id="page-list-title">${escapeHtml(words.page_list)}</h2>
<ol>
${items}
</ol>
</nav>`;
}

/** The nav document; `pageBreaks`: the printed 目录's folios, marked where the document opens. */
export function navPage(issue: Issue, pages: PageTarget[] | undefined, pageBreaks: number[] = []): XhtmlPage {
  const body = [
    pageBreaks.map(pageBreakMarker).join(""),
    tocNav(issue),
    landmarksNav(issue),
    pages ? pageListNav(pages, wordsOf(issue)) : "",
  ]
    .filter(Boolean)
    .join("\n");
  const title = screenWord(wordsOf(issue).contents);
  return {
    href: NAV_HREF,
    id: manifestId(NAV_HREF),
    title,
    properties: "nav",
    xhtml: xhtmlDocument({ title, ...documentLanguage(issue), body, bodyType: "frontmatter" }),
  };
}
