/**
 * What the fitter knows of a laid-out pass: the data a layout driver reads from its pages (any
 * engine: today Paged.js in Chromium, src/render/print/read-layout.ts), and the pure measure of each
 * run over it. Lengths are in grid lines (the body leading) and characters of the body size.
 */
import type { Run } from "./runs.js";

export interface FigureMeasure {
  id: string;
  articleId: string;
  /** Height now, in grid lines (a figure the plan sized is a whole number). */
  lines: number;
  wide: boolean;
  /** Width of the figure now, and the width it would have as a column or a wide figure. */
  widthMm: number;
  columnWidthMm: number;
  wideWidthMm: number;
  /** Caption and the line under the photo, in grid lines (the photo gets the rest). */
  chromeLines: number;
  /** The image's pixel size (the photo may not be enlarged past 300 ppi). */
  px: { width: number; height: number };
}

export interface ParagraphMeasure {
  id: string;
  articleId: string;
  /** Lines the paragraph takes (all its fragments). */
  lines: number;
  /** Characters on its last line. */
  lastChars: number;
  /** Characters in the paragraph. */
  chars: number;
}

export interface ArticleMeasure {
  columns: number;
  /** Characters of the body size in one line of one column. */
  charsPerLine: number;
  /** Grid lines the head takes on the opening page (section label, head, lead), head space not counted. */
  headLines?: number;
}

export interface Layout {
  /** Article id → indices of the pages it has content on. */
  pagesOf: Record<string, number[]>;
  /** Per page: how far down the type area content reaches, 0..1. */
  fill: number[];
  /** Grid lines in one column of a full type area. */
  linesPerColumn: number;
  /** The grid (body leading) in mm. */
  gridMm: number;
  articles: Record<string, ArticleMeasure>;
  figures: FigureMeasure[];
  paragraphs: ParagraphMeasure[];
  /** Per page: where its article text starts (block id + character offset), if any. */
  pageStarts: ({ blockId: string; charOffset: number } | null)[];
}

export interface RunMeasure {
  /** Pages the run takes, the last possibly partly filled. */
  pages: number;
  /** How full the run's last page is, 0..1. */
  lastFill: number;
  linesPerColumn: number;
  /** Columns and characters per line of the run's main (longest) article. */
  columns: number;
  charsPerLine: number;
  /** Grid lines the first article's head takes (head space not counted). */
  headLines?: number;
  figures: FigureMeasure[];
  paragraphs: ParagraphMeasure[];
  /** Where each page of the run starts in its text. */
  starts: ({ blockId: string; charOffset: number } | null)[];
}

/** Length in pages as a number: 2 pages with the last 40% full = 1.4. */
export const usedLength = (m: Pick<RunMeasure, "pages" | "lastFill">): number =>
  m.pages ? m.pages - 1 + m.lastFill : 0;

/** Pages used by each run (its articles, plus continued text printed in it) and what they hold. */
export function measureRuns(
  runs: Run[],
  layout: Layout,
  extraArticles: (runIndex: number) => string[] = () => [],
): RunMeasure[] {
  return runs.map((run, i) => {
    const ids = [...run.articleIds, ...extraArticles(i)];
    const pages = [...new Set(ids.flatMap((id) => layout.pagesOf[id] ?? []))].sort((a, b) => a - b);
    const main: ArticleMeasure = ids.map((id) => layout.articles[id]).find(Boolean) ?? { columns: 1, charsPerLine: 1 };
    const base = {
      linesPerColumn: layout.linesPerColumn,
      columns: main.columns,
      charsPerLine: main.charsPerLine,
      headLines: layout.articles[run.articleIds[0]]?.headLines,
      figures: layout.figures.filter((f) => ids.includes(f.articleId)),
      paragraphs: layout.paragraphs.filter((p) => ids.includes(p.articleId)),
    };
    if (!pages.length) return { ...base, pages: 0, lastFill: 0, starts: [] };
    const first = pages[0];
    const last = pages[pages.length - 1];
    const starts = Array.from({ length: last - first + 1 }, (_, k) => layout.pageStarts[first + k] ?? null);
    return { ...base, pages: last - first + 1, lastFill: layout.fill[last] ?? 1, starts };
  });
}
