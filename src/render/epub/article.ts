/**
 * One article → one XHTML content document. The body is the shared block HTML (renderBlocks), so every
 * block keeps the id it has in the print HTML; printed page starts are marked inside it.
 */
import { articleEndNotes } from "../html/end-notes.js";
import type { Article, Block, ImageRef } from "../../model/types.js";
import type { Words } from "../../model/words.js";
import { renderBlock } from "../html/blocks.js";
import { escapeHtml } from "../../text/escape.js";
import { insertMarkers, pageBreakMarker } from "./page-map.js";
import type { PagePlan } from "./page-plan.js";
import { type DocumentLanguage, manifestId, xhtmlDocument, type XhtmlPage } from "./xhtml.js";

export interface ArticleContext {
  language: DocumentLanguage;
  /** The edition's words (alt texts, end notes). */
  words: Words;
  plan: PagePlan;
  /** href of a processed image, relative to the XHTML. */
  imageHref: (image: ImageRef) => string;
  /** True for the article that holds the pages after the last text. */
  last: boolean;
}

export function articleHref(a: Article): string {
  return `${a.id}.xhtml`;
}

export function articlePage(a: Article, ctx: ArticleContext): XhtmlPage {
  const markers = (folios: number[] | undefined) => (folios ?? []).map(pageBreakMarker).join("");
  const p = (cls: string, text: string | undefined) => (text ? `<p class="${cls}">${escapeHtml(text)}</p>` : "");
  const titleId = `${a.id}-title`;

  const header = [
    `<p class="section-name">${escapeHtml(a.section.name)}</p>`,
    p("kicker", a.kicker),
    `<h1 id="${escapeHtml(titleId)}">${escapeHtml(a.title)}</h1>`,
    p("subtitle", a.subtitle),
    p("authors", a.authors.join(" ")),
  ]
    .filter(Boolean)
    .join("\n");
  const lead = a.lead
    ? `<div class="lead"><p><span class="lead-label">${escapeHtml(a.lead.label)}</span> ${escapeHtml(a.lead.text)}</p></div>`
    : "";
  const level = headingLevels(a.blocks);
  const blocks = a.blocks
    .map((b) => (b.type === "heading" ? { ...b, level: level(b.level) } : b))
    .map((b) =>
      insertMarkers(
        renderBlock(b, { imageUrl: ctx.imageHref, altContext: a.title, words: ctx.words }),
        ctx.plan.inBlocks.get(b.id) ?? [],
      ),
    )
    .join("\n");
  const footer = articleEndNotes(a, ctx.words);

  const body = [
    `<article id="${escapeHtml(a.id)}" class="article ${escapeHtml(a.layout.variant)} section-${escapeHtml(a.section.id)}" aria-labelledby="${escapeHtml(titleId)}">`,
    markers(ctx.plan.atArticleStart.get(a.id)),
    `<header>\n${header}\n</header>`,
    lead,
    blocks,
    footer ? `<footer>\n${footer}\n</footer>` : "",
    ctx.last ? markers(ctx.plan.atEnd) : "",
    `</article>`,
  ]
    .filter(Boolean)
    .join("\n");

  const href = articleHref(a);
  return {
    href,
    id: manifestId(href),
    title: a.title,
    xhtml: xhtmlDocument({ title: a.title, ...ctx.language, body, bodyType: "bodymatter" }),
  };
}

/**
 * Heading levels without gaps under the article's h1: an article whose subheads are all `###` (the
 * briefs of 高端时论, a book list) gets h2 in the EPUB, as reading systems and Ace expect (axe
 * heading-order). Distinct levels map in order onto 2, 3, 4; print keeps the levels as written.
 */
export function headingLevels(blocks: Block[]): (level: 2 | 3 | 4) => 2 | 3 | 4 {
  const used = [...new Set(blocks.flatMap((b) => (b.type === "heading" ? [b.level] : [])))].sort();
  return (level) => (2 + used.indexOf(level)) as 2 | 3 | 4;
}
