/**
 * Photo sizes in grid lines: the smallest, natural and largest height a figure may take as a column
 * or a wide (all-column) figure. A photo is cropped to its box (object-fit: cover), never enlarged
 * past 300 ppi, never cropped flatter than a panorama or taller than a portrait. Pure.
 */
import type { FigureMeasure } from "./measure.js";

export const MIN_PPI = 300;
const MM_PER_INCH = 25.4;

/** Photo height as a share of its width, by kind: [least, most]. */
const SHAPE = { column: [0.45, 1.3], wide: [0.33, 0.7] } as const;
/** At most this share of a column's height (a figure is a block in the text, not a page). */
const MAX_SHARE = { column: 0.6, wide: 0.5 } as const;

export interface FigureRange {
  min: number;
  natural: number;
  max: number;
}

/** Lines of a figure whose photo is `photoMm` high. */
const linesFor = (photoMm: number, chrome: number, gridMm: number) => photoMm / gridMm + chrome;

/**
 * The tallest photo box of a figure `widthMm` wide: its kind's tallest shape, and no taller than the
 * photo's own height at 300 ppi (a photo narrower than 300 ppi across keeps its own shape).
 */
export function maxPhotoMm(px: { width: number; height: number }, widthMm: number, wide: boolean): number {
  const natural = (widthMm * px.height) / px.width;
  const byPx = { width: (px.width / MIN_PPI) * MM_PER_INCH, height: (px.height / MIN_PPI) * MM_PER_INCH };
  return Math.min(widthMm * SHAPE[wide ? "wide" : "column"][1], widthMm > byPx.width ? natural : byPx.height);
}

/** The shortest photo box of a figure `widthMm` wide (never flatter than a panorama). */
export const minPhotoMm = (widthMm: number, wide: boolean): number => widthMm * SHAPE[wide ? "wide" : "column"][0];

/** The range for a figure as a column or wide figure; undefined when it cannot take that width. */
export function figureRange(
  f: FigureMeasure,
  wide: boolean,
  gridMm: number,
  linesPerColumn: number,
): FigureRange | undefined {
  const width = wide ? f.wideWidthMm : f.columnWidthMm;
  const kind = wide ? "wide" : "column";
  const maxByPx = { width: (f.px.width / MIN_PPI) * MM_PER_INCH, height: (f.px.height / MIN_PPI) * MM_PER_INCH };
  if (!(f.px.width > 0 && f.px.height > 0)) return undefined;
  // A wide photo must cover the type area at 300 ppi; a column photo is set however small it is
  // (its width is the column's), but is never cropped taller than its own shape then.
  if (wide && width > maxByPx.width + 0.5) return undefined;
  const chrome = f.chromeLines;
  const naturalPhoto = (width * f.px.height) / f.px.width;
  const min = Math.ceil(linesFor(width * SHAPE[kind][0], chrome, gridMm));
  const maxPhoto = maxPhotoMm(f.px, width, wide);
  const max = Math.min(Math.floor(linesFor(maxPhoto, chrome, gridMm)), Math.floor(linesPerColumn * MAX_SHARE[kind]));
  if (max < min) return wide ? undefined : { min, natural: min, max: min };
  const natural = Math.min(max, Math.max(min, Math.round(linesFor(naturalPhoto, chrome, gridMm))));
  return { min, natural, max };
}

/** Column-lines a figure of `lines` takes from the text (a wide figure takes them in every column). */
export const figureCost = (lines: number, wide: boolean, columns: number): number => (wide ? lines * columns : lines);
