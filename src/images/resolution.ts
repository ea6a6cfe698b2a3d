/**
 * Effective resolution of an image at its placed size, and the verdict preflight shows.
 * The image is fitted inside its box (contain), so the weaker axis decides:
 *   effectivePpi = min(pxW / (wMm / 25.4), pxH / (hMm / 25.4))
 */
import type { PlacedBox, ResolutionStatus } from "./types.js";

export const MM_PER_INCH = 25.4;
/** At or above: ok. */
export const PPI_OK = 300;
/** Below PPI_OK but at or above this: warn; below: fail. */
export const PPI_FAIL = 200;

export function effectivePpi(px: { width: number; height: number }, box: PlacedBox): number {
  const ppi = Math.min(px.width / (box.widthMm / MM_PER_INCH), px.height / (box.heightMm / MM_PER_INCH));
  return Math.round(ppi * 10) / 10;
}

/** ok (≥ 300 ppi), warn (200–299), fail (< 200). Pure; for preflight. */
export function judgeResolution(ppi: number): ResolutionStatus {
  if (!(ppi >= PPI_FAIL)) return "fail"; // NaN fails too
  return ppi >= PPI_OK ? "ok" : "warn";
}

/** Pixels needed to fill `mm` at `ppi`. */
export function mmToPx(mm: number, ppi: number): number {
  return Math.round((mm / MM_PER_INCH) * ppi);
}
