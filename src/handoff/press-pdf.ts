/**
 * Print PDF → press PDF: the source prepared for the press (press-source.ts), Ghostscript writing
 * PDF/X with an output intent naming the press condition, every message gs prints read (a PDF/X
 * warning fails the build, naming the page), then the text layer restored and boxes, dates and /ID
 * pinned (finalize-pdf.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { FolioError, InternalError } from "../contract/errors.js";
import type { Issue } from "../model/types.js";
import { readBoxes } from "./boxes.js";
import { ToolError } from "../util/tools.js";
import { finalizePdf } from "./finalize-pdf.js";
import { gs, pdfxArgs } from "./ghostscript.js";
import { parseGsOutput, type GsMessage } from "./gs-messages.js";
import { issueDate, issueLabel, issueUuids } from "./ids.js";
import { resolvePressCondition, type PressCondition } from "./press-condition.js";
import { preparePressSource, type PressSourceFacts } from "./press-source.js";
import { pdfxDef } from "./pdfx-def.js";
import { pdfxFlavour } from "./pdfx.js";
import { restoreToUnicode } from "./to-unicode.js";
import { transparencyPages } from "./transparency.js";
import { ReadingDirection } from "pdf-lib";

export interface PressPdfResult {
  path: string;
  pages: number;
  pdfx: string;
  condition: PressCondition;
  source: PressSourceFacts;
  /** Messages gs printed that were not about PDF/X (those fail the build). */
  gsMessages: GsMessage[];
  toUnicode: { fonts: number; restored: number };
  boxesSet: number;
  gsMs: number;
  /** Pages with transparency in the print PDF (PDF/X-3 would flatten them). */
  flattenedPages: number[];
}

export interface PressPdfOptions {
  signal?: AbortSignal;
  /** Cache folder of converted photos (default .cache/press-images; false: none). */
  imageCache?: string | false;
}

export async function makePressPdf(
  issue: Issue,
  printPdf: string,
  workDir: string,
  outPath: string,
  opts: PressPdfOptions = {},
): Promise<PressPdfResult> {
  const { signal } = opts;
  const [condition, flavour] = await Promise.all([
    resolvePressCondition(issue.magazine.press, signal),
    pdfxFlavour(issue.magazine.press.pdfx),
  ]);
  const doc = await PDFDocument.load(readFileSync(printPdf), { updateMetadata: false });
  const boxes = readBoxes(doc);
  const flattenedPages = transparencyPages(doc);
  const { facts: source, maps } = await preparePressSource(
    doc,
    issue.magazine.palette,
    condition.profile.path,
    opts.imageCache,
  );
  const prepared = join(workDir, "press-source.pdf");
  writeFileSync(prepared, await doc.save({ useObjectStreams: false }));

  const defFile = join(workDir, "folio-pdfx.ps"); // not PDFX_def.ps: gs would load its own lib copy
  writeFileSync(defFile, pdfxDef({ title: issueLabel(issue), flavour, condition }));
  const args = pdfxArgs({
    defFile,
    iccPath: condition.profile.path,
    flavourArgs: flavour.gsArgs,
    input: prepared,
    output: outPath,
    ...issueUuids(issue, "press"),
  });
  let output: { stderr: string; ms: number };
  try {
    output = await gs(args, signal);
  } catch (e) {
    if (e instanceof ToolError)
      throw new InternalError(`Ghostscript could not write the press PDF: ${e.message}`, { cause: e });
    throw e;
  }
  const messages = parseGsOutput(output.stderr);
  const pdfxProblems = messages.filter((m) => m.pdfx);
  if (pdfxProblems.length) {
    throw new FolioError(
      pdfxProblems.map((m) => ({
        file: basename(printPdf),
        message: `${m.page ? `page ${m.page}: ` : ""}Ghostscript: ${m.text} (the press PDF would not be ${flavour.version})`,
      })),
    );
  }
  let toUnicode = { fonts: 0, restored: 0 };
  const { boxesSet } = await finalizePdf(outPath, {
    title: issueLabel(issue),
    date: issueDate(issue),
    boxes,
    signal,
    version: flavour.pdfVersion,
    edit: (out) => {
      toUnicode = restoreToUnicode(out, maps);
      // gs keeps no viewer preferences: a right-to-left edition's spreads read right to left again.
      if (issue.edition.direction === "rtl")
        out.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
    },
  });
  return {
    path: outPath,
    pages: boxes.length,
    pdfx: flavour.conformance ?? flavour.version,
    condition,
    source,
    gsMessages: messages,
    toUnicode,
    boxesSet,
    gsMs: output.ms,
    flattenedPages,
  };
}
