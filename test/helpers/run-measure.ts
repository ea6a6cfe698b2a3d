/** A run as the fitter measures it (src/flatplan/measure.ts), for the fitter's pure tests: two pages, two columns of 44 lines of 25 字, unless `o` says otherwise. */
import type { FigureRange } from "../../src/flatplan/figures.js";
import type { RunMeasure } from "../../src/flatplan/measure.js";
import type { Figure } from "../../src/flatplan/tools.js";

export const runMeasure = (o: Partial<RunMeasure> = {}): RunMeasure => ({
  pages: 2,
  lastFill: 0.5,
  linesPerColumn: 44,
  columns: 2,
  charsPerLine: 25,
  figures: [],
  paragraphs: [],
  starts: [],
  ...o,
});

/** A photo in a column of article "a" as the fitter's tools see it (80 mm wide, 3000×2000 px), sized within `column`. */
export const columnFigure = (id: string, lines: number, column: FigureRange): Figure => ({
  m: {
    id,
    articleId: "a",
    lines,
    wide: false,
    widthMm: 80,
    columnWidthMm: 80,
    wideWidthMm: 170,
    chromeLines: 1,
    px: { width: 3000, height: 2000 },
  },
  column,
});
