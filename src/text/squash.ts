/** Text reduced to what survives any PDF text extraction, for comparing titles with printed pages. */

/** NFKC, without punctuation or symbols, every run of whitespace one space. */
export const bareText = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/\s+/g, " ");

/** A title or page text reduced to what survives any PDF text extraction: no spaces, no punctuation. */
export const squash = (s: string): string => bareText(s).replace(/ /g, "");
