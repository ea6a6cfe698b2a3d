/**
 * Text read back from a right-to-left page. Poppler's reading-order mode (pdftotext without -raw)
 * gives each line in logical order, but wraps every run of one direction in embedding marks
 * (U+202A–U+202E); those, the isolates (U+2066–U+2069) and the direction marks (U+200E, U+200F)
 * are not text.
 */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, "");
}

/**
 * pdftotext's arguments for a page's text in reading order: content order (-raw) for left-to-right
 * pages, where it keeps a wide title whole; poppler's own reading order for right-to-left pages, whose
 * content order is visual (each line's words backwards).
 */
export function readingOrderArgs(direction: "ltr" | "rtl"): string[] {
  return direction === "rtl" ? [] : ["-raw"];
}
