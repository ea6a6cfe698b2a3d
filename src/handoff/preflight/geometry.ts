/**
 * Where things are on a page: PDF points (origin bottom left, MediaBox space) ↔ pixels of a render
 * of the whole MediaBox at some resolution (origin top left), and the page boxes in both.
 */
import type { Box } from "../boxes.js";
import type { PxBox } from "./pam.js";

export const MM = 72 / 25.4;

export interface PageGeometry {
  media: Box;
  trim: Box;
  bleed: Box;
}

export function toPx(b: Box, media: Box, dpi: number): PxBox {
  const s = dpi / 72;
  return [
    Math.round((b[0] - media[0]) * s),
    Math.round((media[3] - b[3]) * s),
    Math.round((b[2] - media[0]) * s),
    Math.round((media[3] - b[1]) * s),
  ];
}

export function toPt(p: PxBox, media: Box, dpi: number): Box {
  const s = 72 / dpi;
  return [media[0] + p[0] * s, media[3] - p[3] * s, media[0] + p[2] * s, media[3] - p[1] * s];
}

/** The union of two boxes (either may be missing). */
export function union(a: PxBox | undefined, b: PxBox): PxBox {
  return a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b;
}
