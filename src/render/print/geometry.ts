/**
 * Box maths for the print PDF. Paged.js draws crop marks inside its "bleed" area, so the CSS
 * bleed is bleed + slug (the mark area); the real bleed (BleedBox) is set afterwards with pdf-lib.
 * All PDF boxes are [x0, y0, x1, y1] in points, origin bottom-left.
 */
import type { Trim } from "../../model/types.js";
import { InternalError } from "../../contract/errors.js";

export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;

export type Box = [number, number, number, number];

export interface PrintGeometry {
  trimMm: { width: number; height: number };
  bleedMm: number;
  /** Mark area outside the bleed, where the crop and registration marks are drawn. */
  slugMm: number;
}

export const DEFAULT_SLUG_MM = 10;

export function printGeometry(trim: Trim, slugMm = DEFAULT_SLUG_MM): PrintGeometry {
  return { trimMm: { width: trim.widthMm, height: trim.heightMm }, bleedMm: trim.bleedMm, slugMm };
}

/** Media size of a print page in points (trim + 2 × (bleed + slug)). */
export function mediaSizePt(g: PrintGeometry): { width: number; height: number } {
  const extra = 2 * (g.bleedMm + g.slugMm);
  return { width: mmToPt(g.trimMm.width + extra), height: mmToPt(g.trimMm.height + extra) };
}

/**
 * TrimBox and BleedBox for a page of the given MediaBox: trim centred in the media (Paged.js puts
 * the same bleed on every side). Throws when the media is not the size the geometry expects.
 */
export function pageBoxes(media: Box, g: PrintGeometry, tolerancePt = 1.5): { trim: Box; bleed: Box } {
  const [mx0, my0, mx1, my1] = media;
  const expected = mediaSizePt(g);
  const w = mx1 - mx0;
  const h = my1 - my0;
  if (Math.abs(w - expected.width) > tolerancePt || Math.abs(h - expected.height) > tolerancePt) {
    throw new InternalError(
      `page media ${w.toFixed(1)}×${h.toFixed(1)} pt, expected ${expected.width.toFixed(1)}×${expected.height.toFixed(1)} pt`,
    );
  }
  const tw = mmToPt(g.trimMm.width);
  const th = mmToPt(g.trimMm.height);
  const x0 = mx0 + (w - tw) / 2;
  const y0 = my0 + (h - th) / 2;
  const trim: Box = [x0, y0, x0 + tw, y0 + th];
  const b = mmToPt(g.bleedMm);
  const bleed: Box = [x0 - b, y0 - b, x0 + tw + b, y0 + th + b];
  return { trim, bleed };
}

export const boxSize = (b: Box): { width: number; height: number } => ({ width: b[2] - b[0], height: b[3] - b[1] });
