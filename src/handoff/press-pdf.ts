/**
 * Print PDF → press PDF: RGB black to DeviceGray, Ghostscript PDF/X-3:2002 with a CMYK
 * OutputIntent, then boxes, dates and /ID pinned (finalize-pdf.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import type { Issue } from "../model/types.js";
import { readBoxes } from "./boxes.js";
import { finalizePdf } from "./finalize-pdf.js";
import { gs, pdfxArgs } from "./ghostscript.js";
import { pressProfile } from "./icc.js";
import { issueDate, issueLabel, issueUuids } from "./ids.js";
import { PDFX_VERSION, pdfxDef } from "./pdfx-def.js";
import { rewriteBlackInDocument } from "./rewrite-black-pdf.js";
import { transparencyPages } from "./transparency.js";

export interface PressPdfResult {
  path: string;
  pages: number;
  pdfx: string;
  profile: { path: string; description: string };
  rgbBlackRewritten: number;
  boxesSet: number;
  gsMs: number;
  /** Pages gs had to flatten (transparency in the print PDF). */
  flattenedPages: number[];
}

export async function makePressPdf(
  issue: Issue,
  printPdf: string,
  workDir: string,
  outPath: string,
  signal?: AbortSignal,
): Promise<PressPdfResult> {
  const doc = await PDFDocument.load(readFileSync(printPdf), { updateMetadata: false });
  const boxes = readBoxes(doc);
  const flattenedPages = transparencyPages(doc);
  const rgbBlackRewritten = rewriteBlackInDocument(doc);
  const grayPdf = join(workDir, "print-gray.pdf");
  writeFileSync(grayPdf, await doc.save({ useObjectStreams: false }));

  const icc = pressProfile(issue.magazine.press.iccProfile);
  const condition = issue.magazine.press.outputCondition;
  const defFile = join(workDir, "folio-pdfx.ps"); // not PDFX_def.ps: gs would load its own lib copy
  writeFileSync(defFile, pdfxDef({
    title: issueLabel(issue),
    iccPath: icc.path,
    outputConditionIdentifier: condition ?? "Custom",
    outputCondition: condition ?? icc.description,
  }));
  const { ms: gsMs } = await gs(pdfxArgs({ defFile, iccPath: icc.path, input: grayPdf, output: outPath, ...issueUuids(issue, "press") }), signal);
  const { boxesSet } = await finalizePdf(outPath, { title: issueLabel(issue), date: issueDate(issue), boxes, signal });
  return {
    path: outPath,
    pages: boxes.length,
    pdfx: PDFX_VERSION,
    profile: { path: icc.path, description: icc.description },
    rgbBlackRewritten,
    boxesSet,
    gsMs,
    flattenedPages,
  };
}
