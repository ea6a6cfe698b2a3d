/** Text reduced to what survives any PDF text extraction, for comparing titles with printed pages. */

/**
 * NFKC, without punctuation or symbols, every run of whitespace one space. Lam-alef (لا) is one glyph
 * whose two letters poppler gives in either order on a right-to-left page: both orders are the same.
 */
export const bareText = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/\u0627\u0644/g, "\u0644\u0627")
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/\s+/g, " ");

/** A title or page text reduced to what survives any PDF text extraction: no spaces, no punctuation. */
export const squash = (s: string): string => bareText(s).replace(/ /g, "");
