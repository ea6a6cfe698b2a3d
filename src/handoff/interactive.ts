/**
 * Removes what a press file must not carry and a printer has no use for: annotations (the 目录's
 * links; PDF/X allows none inside the page but TrapNet and PrinterMark), the outline, named
 * destinations and open actions. Ghostscript would otherwise drop out of PDF/X ("not permitted in
 * PDF/X, reverting to normal PDF output") and still write the PDF/X version key.
 */
import { PDFArray, PDFName, type PDFDocument } from "pdf-lib";

export interface InteractiveFacts {
  /** 1-based page → annotations removed there. */
  annotations: Record<number, number>;
  catalogKeys: string[];
}

const CATALOG_KEYS = ["Outlines", "Names", "Dests", "OpenAction", "AA", "AcroForm", "PageMode"];

export function removeInteractive(doc: PDFDocument): InteractiveFacts {
  const annotations: Record<number, number> = {};
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookup(PDFName.of("Annots"));
    if (annots instanceof PDFArray && annots.size()) annotations[i + 1] = annots.size();
    page.node.delete(PDFName.of("Annots"));
    page.node.delete(PDFName.of("AA"));
  });
  const catalogKeys = CATALOG_KEYS.filter((k) => doc.catalog.has(PDFName.of(k)));
  for (const k of catalogKeys) doc.catalog.delete(PDFName.of(k));
  return { annotations, catalogKeys };
}
