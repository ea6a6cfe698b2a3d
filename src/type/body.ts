/**
 * Body type read back from a PDF page (src/type/pdf-text.ts): its size and leading, whether every
 * body line sits on the baseline grid, paragraphs ending on a line of one or two characters, and
 * punctuation a line may not start or end with (GB/T 15834, W3C clreq). Pure.
 */
import type { PdfLine, PdfPage } from "./pdf-text.js";

/** The body face: Noto Serif SC at its regular weight (heads, captions and folios are sans or bold). */
export const isBodyFont = (font: string): boolean =>
  /serif/i.test(font) && !/sans|bold|black|heavy|semibold|medium/i.test(font);

/** Closing punctuation: never at a line start. Opening: never at a line end. */
export const CLOSING = "，。、；：？！）》」』”’〉】〕…·";
export const OPENING = "（《「『“‘〈【〔";
/** Half-width punctuation between Chinese characters (spaces allowed around it). */
export const HALF_WIDTH_BETWEEN_CJK = /[\p{Script=Han}“”‘’《》][ \t]*[,:;?!()][ \t]*[\p{Script=Han}“”‘’《》]/u;

export interface BodyMetrics {
  /** Body size: the size most body characters on the page have. */
  size: number;
  /** Leading: the most common baseline step between body lines of one column. */
  leading: number;
  lines: number;
  /** Baseline position in the grid: (baseline − type area top) modulo the leading, of most lines. */
  phase: number;
  /** Body lines whose baseline is off the grid the page's other lines keep. */
  offGrid: PdfLine[];
  /** Last lines of paragraphs with one or two characters. */
  runts: PdfLine[];
  startsWithClosing: PdfLine[];
  endsWithOpening: PdfLine[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const visible = (l: PdfLine) => l.text.replace(/\s/g, "");

function mode(values: number[], weights?: number[]): number {
  const count = new Map<number, number>();
  values.forEach((v, i) => count.set(v, (count.get(v) ?? 0) + (weights?.[i] ?? 1)));
  return [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? NaN;
}

/** Left edges of the columns: where running (full-width) lines start. */
function columnLefts(running: PdfLine[]): number[] {
  const lefts: number[] = [];
  for (const x of running.map((l) => l.x0).sort((a, b) => a - b))
    if (!lefts.length || x - lefts[lefts.length - 1] > 40) lefts.push(x);
  return lefts;
}

/** Body lines by column (each line in the column whose left edge it starts at or after). */
function columns(lines: PdfLine[], lefts: number[]): { left: number; lines: PdfLine[] }[] {
  const cols = lefts.map((left) => ({ left, lines: [] as PdfLine[] }));
  for (const l of lines) {
    const c = [...cols].reverse().find((col) => l.x0 >= col.left - 1);
    if (c) c.lines.push(l);
  }
  for (const c of cols) c.lines.sort((a, b) => a.baseline - b.baseline);
  return cols;
}

/**
 * Undefined when the page has no body text: fewer than three running lines (lines in the body face
 * at least `runningPt` wide, e.g. three quarters of the narrowest column) — a note or a caption line
 * is not body text. `typeTop`: top of the type area (pt).
 */
export function bodyMetrics(page: PdfPage, typeTop: number, runningPt: number): BodyMetrics | undefined {
  const body = page.lines.filter((l) => isBodyFont(l.font) && visible(l).length > 0);
  const running = body.filter((l) => l.x1 - l.x0 >= runningPt);
  if (running.length < 3) return undefined;
  const size = mode(
    running.map((l) => round2(l.size)),
    running.map((l) => visible(l).length),
  );
  const atSize = body.filter((l) => Math.abs(l.size - size) < 0.05);
  const cols = columns(atSize, columnLefts(running.filter((l) => Math.abs(l.size - size) < 0.05)));
  const gaps = cols
    .flatMap((c) => c.lines.slice(1).map((l, i) => round2(l.baseline - c.lines[i].baseline)))
    .filter((g) => g > 0.5);
  const leading = gaps.length ? mode(gaps) : NaN;
  const phaseOf = (l: PdfLine) =>
    Number.isFinite(leading) ? round2((((l.baseline - typeTop) % leading) + leading) % leading) : 0;
  const phase = mode(atSize.map(phaseOf));
  const offGrid = Number.isFinite(leading)
    ? atSize.filter((l) => {
        const d = Math.abs(phaseOf(l) - phase);
        return Math.min(d, leading - d) > 0.3;
      })
    : [];
  // A short last line starts at its column's left edge (a centred or right-set line is not one).
  const runts = cols.flatMap((c) => c.lines.filter((l) => visible(l).length <= 2 && Math.abs(l.x0 - c.left) < 1));
  return {
    size,
    leading,
    lines: atSize.length,
    phase,
    offGrid,
    runts,
    startsWithClosing: body.filter((l) => CLOSING.includes(visible(l)[0])),
    endsWithOpening: body.filter((l) => OPENING.includes(visible(l).slice(-1))),
  };
}

/** Lines of a page with half-width punctuation between Chinese characters. */
export const halfWidthLines = (page: PdfPage): PdfLine[] =>
  page.lines.filter((l) => HALF_WIDTH_BETWEEN_CJK.test(l.text));
