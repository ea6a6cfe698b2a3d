/**
 * Pages of the print PDF that use transparency (soft masks, constant alpha < 1, transparency
 * groups). PDF/X-3 has no transparency, so Ghostscript flattens these pages: measured on the
 * print renderer's 12-page PDF, 59 s of gs and whole-page 300 ppi rasters. Reported as a warning.
 */
import { PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument } from "pdf-lib";
import { reachable } from "./pdf-walk.js";

function usesTransparency(obj: unknown): boolean {
  const dict = obj instanceof PDFRawStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
  if (!dict) return false;
  const smask = dict.get(PDFName.of("SMask"));
  if (smask && smask !== PDFName.of("None")) return true;
  for (const k of ["ca", "CA"]) {
    const v = dict.get(PDFName.of(k));
    if (v instanceof PDFNumber && v.asNumber() < 1) return true;
  }
  return dict.get(PDFName.of("S")) === PDFName.of("Transparency");
}

export function transparencyPages(doc: PDFDocument): number[] {
  return doc
    .getPages()
    .flatMap((p, i) => ([...reachable(doc, p)].some(({ obj }) => usesTransparency(obj)) ? [i + 1] : []));
}
