/**
 * Where an image sits on the page when the layout does not say (no `placed` callback, or it returns
 * undefined):
 *  - covers (封一, 封二, 封三, 封四): the full trim plus bleed on every side (216 × 291 mm for 210 × 285 + 3);
 *  - figures: the full type area width, DEFAULT_FIGURE_WIDTH_MM = 180 mm, height from the image's aspect.
 * Pure.
 */
import type { Trim } from "../model/types.js";
import type { ImageUse, PlacedBox } from "./types.js";

export const DEFAULT_FIGURE_WIDTH_MM = 180;

export type PlacedFn = (use: ImageUse) => PlacedBox | undefined;

export function fullBleedBox(trim: Trim): PlacedBox {
  return { widthMm: trim.widthMm + 2 * trim.bleedMm, heightMm: trim.heightMm + 2 * trim.bleedMm };
}

/** The box for a use: from the layout when known, else the documented default. */
export function placedBox(
  use: ImageUse,
  px: { width: number; height: number },
  placed?: PlacedFn,
): { box: PlacedBox; assumed: boolean } {
  const known = placed?.(use);
  if (known && known.widthMm > 0 && known.heightMm > 0) return { box: known, assumed: false };
  if (use.defaultBox) return { box: use.defaultBox, assumed: true };
  const widthMm = DEFAULT_FIGURE_WIDTH_MM;
  return { box: { widthMm, heightMm: (widthMm * px.height) / px.width }, assumed: true };
}
