/**
 * How far down the type area a PDF page is set: the lowest text line or image inside the type area
 * (running heads above it and folios below it do not count). Pure.
 */
import type { PdfPage } from "./pdf-text.js";

/** The type area of a page, in points from the top of the (trimmed) page. */
export interface TypeArea {
  top: number;
  bottom: number;
}

/** Share of the type area left empty at the foot, 0..1 (1: nothing set). */
export function emptyShare(page: PdfPage, area: TypeArea): number {
  const height = area.bottom - area.top;
  const inside = (y0: number, y1: number) => y1 > area.top + 1 && y0 < area.bottom - 1;
  let bottom = area.top;
  for (const l of page.lines)
    if (inside(l.top, l.bottom) && l.text.trim()) bottom = Math.max(bottom, Math.min(area.bottom, l.bottom));
  for (const i of page.images) if (inside(i.y0, i.y1)) bottom = Math.max(bottom, Math.min(area.bottom, i.y1));
  // A last line's box ends a few points above the line box (descender vs half-leading): a page set
  // to its last line counts as full.
  return Math.max(0, Math.round(((area.bottom - bottom) / height) * 1000) / 1000);
}
