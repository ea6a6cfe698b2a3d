/**
 * Pull quotes: sentences of the article itself (never new text), 16–48 characters, taken from
 * different parts of the body, each set after the paragraph it comes from. Pure.
 */
import type { Article } from "../model/types.js";

export interface PullQuote {
  afterBlockId: string;
  text: string;
}

/** Where a sentence ends: after 。！？ and any closing quotation marks that follow them. */
const SENTENCE = /(?<=[。!?！？][”’」』]*)(?![”’」』])/;

function candidates(article: Article): PullQuote[] {
  const paras = article.blocks.filter((b) => b.type === "paragraph" && b.classes.length === 0);
  // Not from the first or last paragraph: a pull quote anticipates or recalls, it does not open or close.
  // A paragraph's first sentence often works as its run-in head: a later sentence first.
  return paras.slice(1, -1).flatMap((p) => {
    const fits = p.text
      .split(SENTENCE)
      .map((x) => x.trim())
      .filter((x) => [...x].length >= 16 && [...x].length <= 48);
    const s = fits.find((x) => !p.text.trim().startsWith(x)) ?? fits[0];
    return s ? [{ afterBlockId: p.id, text: s }] : [];
  });
}

/** How many pull quotes an article can give. */
export const pullQuoteCount = (article: Article): number => candidates(article).length;

/** `n` pull quotes spread evenly through the article (from the middle outwards when n is 1). */
export function choosePullQuotes(article: Article, n: number): PullQuote[] {
  const all = candidates(article);
  if (n <= 0 || !all.length) return [];
  const k = Math.min(n, all.length);
  return Array.from({ length: k }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / k)]);
}
