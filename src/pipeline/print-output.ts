/**
 * The print stage's typed output, from what renderPrint (src/render/print/) returns. renderPrint
 * still hands its layout facts back in the untyped StageResult.data; this is the one place they are
 * read, so every later stage sees PrintOutput's types. When renderPrint returns its facts typed,
 * this file shrinks to a field copy.
 */
import type { FitRow } from "../flatplan/report.js";
import type { MeasuredImage } from "../images/index.js";
import type { PageStart } from "../render/epub/index.js";
import type { TypeReport } from "../type/report.js";
import { fileOf, type PrintOutput } from "./outputs.js";
import type { StageResult } from "./types.js";

interface PrintData {
  pageMap?: PageStart[];
  coverPng?: string;
  placedImages?: MeasuredImage[];
}

interface PrintFacts {
  flatplan?: { runs: FitRow[] };
  type?: TypeReport;
}

export function printOutput(result: StageResult): PrintOutput {
  const data = (result.data ?? {}) as PrintData;
  const facts = (result.facts ?? {}) as PrintFacts;
  return {
    printPdf: fileOf(result, "print-pdf", "print"),
    screenPdf: fileOf(result, "screen-pdf", "print"),
    toc: result.toc ?? [],
    pageMap: data.pageMap,
    coverPng: data.coverPng,
    placedImages: data.placedImages ?? [],
    flatplan: facts.flatplan?.runs,
    type: facts.type,
  };
}
