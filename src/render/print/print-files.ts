/**
 * The two PDFs of one pagination, written from the laid-out document (Paged.js's or Chromium's own):
 * the print PDF (TrimBox and BleedBox, print metadata, the outline) and the screen PDF (the same
 * pages cropped to the trim, screen metadata). `marks` draws on the print pages once their boxes are
 * set (a layout that draws no crop marks of its own).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { PDFDocument } from "pdf-lib";
import type { Issue } from "../../model/types.js";
import { cropToTrim, setPrintBoxes } from "./boxes.js";
import type { PrintGeometry } from "./geometry.js";
import type { PageInfo } from "./layout-facts.js";
import { setMetadata } from "./metadata.js";
import { buildOutline } from "./outline-items.js";
import { setOutline } from "./outline.js";

export async function writePrintAndScreen(
  doc: PDFDocument,
  issue: Issue,
  geometry: PrintGeometry,
  pages: PageInfo[],
  outDir: string,
  marks?: (doc: PDFDocument) => void,
): Promise<{ printFile: string; screenFile: string }> {
  setPrintBoxes(doc, geometry);
  marks?.(doc);
  setMetadata(doc, issue, "print");
  setOutline(doc, buildOutline(issue, pages));
  const printFile = path.join(outDir, `${issue.id}-print.pdf`);
  await writeFile(printFile, await doc.save());
  cropToTrim(doc);
  setMetadata(doc, issue, "screen");
  const screenFile = path.join(outDir, `${issue.id}-screen.pdf`);
  await writeFile(screenFile, await doc.save());
  return { printFile, screenFile };
}
