/**
 * Crop marks drawn on the printed PDF with pdf-lib (Chromium's own pagination draws none): at each
 * corner of the TrimBox, two 0.25 pt lines in the mark area, starting at the bleed's edge so that
 * none reaches into the bleed. Pure black, as the Paged.js pages draw them (the press PDF prints
 * it on the Black plate).
 */
import { type PDFDocument, rgb } from "pdf-lib";
import { readBox } from "../boxes.js";
import { mmToPt, type PrintGeometry } from "../geometry.js";
import { InternalError } from "../../../contract/errors.js";

export const MARK_LENGTH_MM = 5;

export function drawCropMarks(doc: PDFDocument, g: PrintGeometry): void {
  const off = mmToPt(g.bleedMm);
  const len = mmToPt(Math.min(MARK_LENGTH_MM, g.slugMm - 1));
  for (const [i, page] of doc.getPages().entries()) {
    const trim = readBox(page, "TrimBox");
    if (!trim) throw new InternalError(`print PDF page ${i + 1} has no TrimBox`);
    const [x0, y0, x1, y1] = trim;
    const line = (a: [number, number], b: [number, number]) =>
      page.drawLine({ start: { x: a[0], y: a[1] }, end: { x: b[0], y: b[1] }, thickness: 0.25, color: rgb(0, 0, 0) });
    for (const x of [x0, x1]) {
      const out = x === x0 ? -1 : 1;
      for (const y of [y0, y1]) {
        const up = y === y0 ? -1 : 1;
        // The horizontal mark on the trim's horizontal edge line, the vertical one on its vertical edge.
        line([x + out * off, y], [x + out * (off + len), y]);
        line([x, y + up * off], [x, y + up * (off + len)]);
      }
    }
  }
}
