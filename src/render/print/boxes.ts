/**
 * Page boxes with pdf-lib. Print: TrimBox and BleedBox on every page (pagedjs-cli's own TrimBox
 * is wrong and it sets no BleedBox). Screen: every box cropped to the TrimBox, which also drops
 * the crop marks (they lie outside the trim).
 */
import { PDFArray, type PDFDocument, PDFName, PDFNumber, type PDFPage } from "pdf-lib";
import { pageBoxes, type Box, type PrintGeometry } from "./geometry.js";
import { InternalError } from "../../contract/errors.js";

export function readBox(page: PDFPage, name: "MediaBox" | "CropBox" | "BleedBox" | "TrimBox"): Box | undefined {
  const arr = page.node.lookupMaybe(PDFName.of(name), PDFArray);
  if (!arr) return undefined;
  const n = arr.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
  return [n[0], n[1], n[2], n[3]];
}

function setBox(page: PDFPage, name: string, b: Box): void {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  page.node.set(PDFName.of(name), page.doc.context.obj([r(b[0]), r(b[1]), r(b[2]), r(b[3])]));
}

export function setPrintBoxes(doc: PDFDocument, g: PrintGeometry): void {
  for (const [i, page] of doc.getPages().entries()) {
    const media = readBox(page, "MediaBox");
    if (!media) throw new InternalError(`print PDF page ${i + 1} has no MediaBox`);
    let boxes: { trim: Box; bleed: Box };
    try {
      boxes = pageBoxes(media, g);
    } catch (error) {
      throw new InternalError(`print PDF page ${i + 1}: ${(error as Error).message}`, { cause: error });
    }
    setBox(page, "CropBox", media);
    setBox(page, "BleedBox", boxes.bleed);
    setBox(page, "TrimBox", boxes.trim);
  }
}

/** Turn a print document (boxes already set) into the screen edition, in place. */
export function cropToTrim(doc: PDFDocument): void {
  for (const [i, page] of doc.getPages().entries()) {
    const trim = readBox(page, "TrimBox");
    if (!trim) throw new InternalError(`page ${i + 1} has no TrimBox`);
    for (const name of ["MediaBox", "CropBox", "BleedBox", "TrimBox"]) setBox(page, name, trim);
  }
}
