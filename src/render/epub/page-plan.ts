/**
 * Where each printed page's marker goes in the EPUB, from the print stage's page map:
 * inside a block (at the page's character offset), at an article's start (the page opens the article),
 * or at the end of the last article (pages after the last text). The 版权页 and the 目录 pages (the
 * page map's frontMatter) open their own documents. Any other page without article text (blockId
 * null: a full-page photo) takes the position of the next page that has text or front matter, just
 * before that page's marker, so page order is kept in reading order.
 */
import type { FrontMatterPage } from "../../contract/print-output.js";
import type { Article } from "../../model/types.js";
import type { PageStart } from "./page-map.js";

/** The document holding a page's marker: an article's, or the 版权页's or 目录's. */
export type PageDocument = { folio: number; articleId: string } | { folio: number; frontMatter: FrontMatterPage };

export interface PagePlan {
  /** Folios whose markers go before an article's header, keyed by article id. */
  atArticleStart: Map<string, number[]>;
  /** Markers inside blocks, keyed by block id, in folio order. */
  inBlocks: Map<string, { folio: number; charOffset: number }[]>;
  /** Folios whose markers open the 版权页 or the 目录 document. */
  atFrontMatter: Map<FrontMatterPage, number[]>;
  /** Folios placed after the last article's text. */
  atEnd: number[];
  /** Every folio with the document that holds its marker, in folio order. */
  targets: PageDocument[];
  /** Page-map entries that could not be used as given (duplicates, unknown blocks). */
  problems: string[];
}

/** `articles` in reading order (the order of their documents). */
export function planPageBreaks(articles: Article[], pageMap: PageStart[]): PagePlan {
  const plan: PagePlan = {
    atArticleStart: new Map(),
    inBlocks: new Map(),
    atFrontMatter: new Map(),
    atEnd: [],
    targets: [],
    problems: [],
  };
  if (!articles.length) return plan;
  const blocks = new Map<string, { article: Article; index: number }>();
  for (const article of articles) article.blocks.forEach((b, index) => blocks.set(b.id, { article, index }));

  const seen = new Set<number>();
  const pages = [...pageMap]
    .sort((a, b) => a.folio - b.folio)
    .filter((p) => {
      if (!Number.isInteger(p.folio) || p.folio < 1)
        plan.problems.push(`page map: folio ${p.folio} is not a page number`);
      else if (seen.has(p.folio))
        plan.problems.push(`page map: page ${p.folio} is listed twice; the first entry is used`);
      else return seen.add(p.folio);
      return false;
    });

  let pending: number[] = [];
  for (const p of pages) {
    const front = p.blockId === null ? p.frontMatter : undefined;
    if (front) {
      const folios = [...pending, p.folio];
      pending = [];
      push(plan.atFrontMatter, front, ...folios);
      plan.targets.push(...folios.map((folio) => ({ folio, frontMatter: front })));
      continue;
    }
    const loc = p.blockId === null ? undefined : blocks.get(p.blockId);
    if (p.blockId !== null && !loc)
      plan.problems.push(
        `page map: page ${p.folio} starts in block "${p.blockId}", which is not in this issue; placed with the next page`,
      );
    if (!loc) {
      pending.push(p.folio);
      continue;
    }
    const folios = [...pending, p.folio];
    pending = [];
    const articleId = loc.article.id;
    if (loc.index === 0 && p.charOffset <= 0) {
      push(plan.atArticleStart, articleId, ...folios);
    } else {
      push(plan.inBlocks, p.blockId as string, ...folios.map((folio) => ({ folio, charOffset: p.charOffset })));
    }
    plan.targets.push(...folios.map((folio) => ({ folio, articleId })));
  }
  if (pending.length) {
    plan.atEnd = pending;
    const last = articles[articles.length - 1].id;
    plan.targets.push(...pending.map((folio) => ({ folio, articleId: last })));
  }
  return plan;
}

function push<T>(map: Map<string, T[]>, key: string, ...values: T[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
