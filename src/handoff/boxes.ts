/** Page boxes: read them from the print PDF, restore them on the press PDF, check their sizes. */
import { PDFArray, PDFName, PDFNumber, type PDFDocument, type PDFPage } from "pdf-lib";

export type Box = [number, number, number, number]; // llx lly urx ury, points

export interface PageBoxes {
  trim?: Box;
  bleed?: Box;
}

export const PT_PER_MM = 72 / 25.4;

function readBox(page: PDFPage, key: "TrimBox" | "BleedBox"): Box | undefined {
  const arr = page.node.lookup(PDFName.of(key));
  if (!(arr instanceof PDFArray) || arr.size() !== 4) return undefined;
  const n = arr.asArray().map((o) => (o instanceof PDFNumber ? o.asNumber() : NaN));
  if (n.some(Number.isNaN)) return undefined;
  return [Math.min(n[0], n[2]), Math.min(n[1], n[3]), Math.max(n[0], n[2]), Math.max(n[1], n[3])];
}

export function readBoxes(doc: PDFDocument): PageBoxes[] {
  return doc.getPages().map((p) => ({ trim: readBox(p, "TrimBox"), bleed: readBox(p, "BleedBox") }));
}

const same = (a?: Box, b?: Box) => !!a && !!b && a.every((v, i) => Math.abs(v - b[i]) < 0.01);

/** Sets TrimBox/BleedBox where the converted PDF lost or changed them; returns how many boxes were set. */
export function restoreBoxes(doc: PDFDocument, source: PageBoxes[]): number {
  let set = 0;
  doc.getPages().forEach((page, i) => {
    const want = source[i];
    if (!want) return;
    const have = { trim: readBox(page, "TrimBox"), bleed: readBox(page, "BleedBox") };
    if (want.trim && !same(have.trim, want.trim)) {
      const [x0, y0, x1, y1] = want.trim;
      page.setTrimBox(x0, y0, x1 - x0, y1 - y0);
      set++;
    }
    if (want.bleed && !same(have.bleed, want.bleed)) {
      const [x0, y0, x1, y1] = want.bleed;
      page.setBleedBox(x0, y0, x1 - x0, y1 - y0);
      set++;
    }
  });
  return set;
}

/** Size in mm of a box, rounded to 0.1 mm. */
export function boxSizeMm(b: Box): { w: number; h: number } {
  return { w: Math.round(((b[2] - b[0]) / PT_PER_MM) * 10) / 10, h: Math.round(((b[3] - b[1]) / PT_PER_MM) * 10) / 10 };
}
