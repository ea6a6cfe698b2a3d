/** Text checks on the EPUB's XHTML: is an article's source text all there, in order? */
import { articlePlainText } from "../../src/model/text.js";
import type { Article } from "../../src/model/types.js";
import { decodeEntities } from "../../src/render/epub/page-map.js";

/** Text of an XHTML body: tags (and so page-break markers) removed, entities decoded, no whitespace. */
export function bodyText(xhtml: string): string {
  return decodeEntities(xhtml.replace(/^[\s\S]*?<body[^>]*>/, "").replace(/<[^>]*>/g, "")).replace(/\s+/g, "");
}

/** The first piece of the article's plain text (split at whitespace) not found, in order, in the document; undefined when all are there. */
export function missingText(xhtml: string, article: Article): string | undefined {
  // Punctuation is left out of the comparison: the writers set Chinese punctuation full-width and
  // drop the spaces around it (src/text/cjk-punctuation.ts); every other character must be there.
  const noPunct = (s: string) => s.replace(/\p{P}/gu, "");
  const text = noPunct(bodyText(xhtml));
  let from = 0;
  for (const piece of noPunct(articlePlainText(article)).split(/\s+/).filter(Boolean)) {
    const at = text.indexOf(piece, from);
    if (at < 0) return piece;
    from = at + piece.length;
  }
  return undefined;
}
