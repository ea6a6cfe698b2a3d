/** A run as the fitter measures it (src/flatplan/measure.ts), for the fitter's pure tests: two pages, two columns of 44 lines of 25 字, unless `o` says otherwise. */
import type { RunMeasure } from "../../src/flatplan/measure.js";

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
