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
 * pages, where it keeps a wide title whole; the physical layout for right-to-left pages, whose content
 * order is visual (each line's words backwards), to be put in reading order by `readingOrder`.
 */
export function readingOrderArgs(direction: "ltr" | "rtl"): string[] {
  return direction === "rtl" ? ["-layout"] : ["-raw"];
}

/**
 * pdftotext's -layout output of one page in reading order. Right to left: the page's columns are
 * found as white gutters running down its lines (recursively: three columns are a gutter and then
 * another), read from the right, each column's lines top to bottom, and each line's pieces (runs
 * apart by two or more spaces, such as a 目录 entry's title and its page number) from the right; a
 * line that spans a gutter (a running head, a headline across the columns) is read where it stands.
 * Poppler already puts each piece in logical order; its marks are dropped. Left to right: as it is.
 */
export function readingOrder(text: string, direction: "ltr" | "rtl"): string {
  if (direction === "ltr") return text;
  return stripBidiControls(text)
    .split("\f")
    .map((page) => columnsRightToLeft(page.split("\n")).join("\n"))
    .join("\f");
}

const piecesRightToLeft = (line: string): string =>
  line
    .trim()
    .split(/\s{4,}/)
    .reverse()
    .join(" ");

/** How wide the ink of these lines spreads (first inked position to last). */
function inkWidth(lines: string[]): number {
  const inked = lines.filter((l) => l.trim());
  if (!inked.length) return 0;
  return Math.max(...inked.map((l) => l.trimEnd().length)) - Math.min(...inked.map((l) => l.search(/\S/)));
}

/** The char position of a white gutter down these lines (middle 80 %), or -1. */
function gutter(lines: string[]): number {
  const width = Math.max(0, ...lines.map((l) => l.length));
  const inked = lines.filter((l) => l.trim());
  if (width < 8 || inked.length < 2) return -1;
  let best = -1;
  let bestCrossings = Number.POSITIVE_INFINITY;
  for (let c = Math.floor(width * 0.1); c < Math.ceil(width * 0.9); c++) {
    // A gutter is white at c and c+1 on every line but a few that span it (heads).
    const apart = inked.filter((l) => (l[c] ?? " ") === " " && (l[c + 1] ?? " ") === " ");
    const crossings = inked.length - apart.length;
    // Both sides at least three tenths of the width: a strip of page numbers beside titles is no column.
    const sides = [inkWidth(apart.map((l) => l.slice(0, c))), inkWidth(apart.map((l) => l.slice(c + 2)))];
    const narrow = Math.min(...sides) < width * 0.3;
    if (!narrow && crossings < bestCrossings) [best, bestCrossings] = [c, crossings];
  }
  return bestCrossings <= Math.max(1, Math.floor(inked.length * 0.1)) ? best : -1;
}

function columnsRightToLeft(lines: string[]): string[] {
  const c = gutter(lines);
  if (c < 0) return lines.map(piecesRightToLeft).filter(Boolean);
  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    out.push(...columnsRightToLeft(right), ...columnsRightToLeft(left));
    [left, right] = [[], []];
  };
  for (const line of lines) {
    const spans = (line[c] ?? " ") !== " " || (line[c + 1] ?? " ") !== " ";
    if (spans) {
      flush();
      out.push(piecesRightToLeft(line));
      continue;
    }
    left.push(line.slice(0, c));
    right.push(line.slice(c + 2));
  }
  flush();
  return out.filter(Boolean);
}
