/**
 * What each stage hands to the stages after it, typed: a stage reads `state.outputs.<stage>` and
 * gets these fields, or undefined when that stage did not run. Nothing here is written to disk;
 * the manifest (build.json) takes only StageResult's files, toc and facts.
 */
import type { FitRow } from "../flatplan/report.js";
import type { ImageReport, ImageUse, IntakeReport, MeasuredImage, Rendition } from "../images/index.js";
import type { PageStart } from "../render/epub/index.js";
import type { TypeReport } from "../type/report.js";
import type { StageResult, TocEntry } from "./types.js";
import { InternalError } from "../contract/errors.js";

/** build.json facts.images as the images stage writes them (the print stage adds the placed sizes). */
export interface ImagesFacts {
  count: number;
  ms: number;
  sharpPipelines: number;
  renditions: Pick<Rendition, "src" | "edition" | "file" | "widthPx" | "heightPx" | "bytes" | "cached">[];
}

/** images: the sources read, their print renditions, and the URL print.html uses for each image path. */
export interface ImagesOutput {
  facts: ImagesFacts;
  uses: ImageUse[];
  intake: IntakeReport;
  renditions: Rendition[];
  printUrls: Map<string, string>;
}

/** print: both PDFs from one pagination, and the facts the layout pass measured. */
export interface PrintOutput {
  printPdf: string;
  screenPdf: string;
  toc: TocEntry[];
  /** Printed folio where each article starts (the EPUB's page list); undefined: none measured. */
  pageMap?: PageStart[];
  /** The front cover as a PNG, for the EPUB's cover. */
  coverPng?: string;
  /** Images as the layout placed them (size on the page), for the resolution report. */
  placedImages: MeasuredImage[];
  /** Effective resolution of every image use at its placed size. */
  imageReports?: ImageReport[];
  /** The flatplan fit, run by run. */
  flatplan?: FitRow[];
  type?: TypeReport;
}

export interface EpubOutput {
  epub: string;
}

export interface StageOutputs {
  images?: ImagesOutput;
  print?: PrintOutput;
  epub?: EpubOutput;
}

/** A stage's result: its entries for build.json, and its typed output for the stages after it. */
export interface StageRun extends StageResult {
  output?: StageOutputs;
}

/** The path of a file a stage result lists, or an error naming what is missing. */
export function fileOf(result: StageResult, kind: string, stage: string): string {
  const f = result.files.find((x) => x.kind === kind);
  if (!f) throw new InternalError(`the ${stage} stage made no ${kind}`);
  return f.path;
}
