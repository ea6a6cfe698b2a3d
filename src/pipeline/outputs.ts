/**
 * What each stage hands to the stages after it, typed: a stage reads `state.outputs.<stage>` and
 * gets these fields, or undefined when that stage did not run. Nothing here is written to disk;
 * the manifest (build.json) takes only StageResult's files, toc and facts.
 */
import type { ImagesFacts } from "../contract/build-facts.js";
import type { OutputKind } from "../contract/output-kinds.js";
import type { PrintOutput } from "../contract/print-output.js";
import type { StageName, StageResult } from "../contract/stage.js";
import type { ImageReport, ImageUse, IntakeReport, Rendition } from "../images/index.js";
import { InternalError } from "../contract/errors.js";

/** images: the sources read, their print renditions, and the URL print.html uses for each image path. */
export interface ImagesOutput {
  facts: ImagesFacts;
  uses: ImageUse[];
  intake: IntakeReport;
  renditions: Rendition[];
  printUrls: Map<string, string>;
}

/** print: renderPrint's output, with every image use's effective resolution at its placed size. */
export interface PrintStageOutput extends PrintOutput {
  /** Effective resolution of every image use at its placed size. */
  imageReports?: ImageReport[];
}

export interface EpubOutput {
  epub: string;
}

export interface StageOutputs {
  images?: ImagesOutput;
  print?: PrintStageOutput;
  epub?: EpubOutput;
}

/** A stage's result: its entries for build.json, and its typed output for the stages after it. */
export interface StageRun extends StageResult {
  output?: StageOutputs;
}

/** The path of a file a stage result lists, or an error naming what is missing. */
export function fileOf(result: StageResult, kind: OutputKind, stage: StageName): string {
  const f = result.files.find((x) => x.kind === kind);
  if (!f) throw new InternalError(`the ${stage} stage made no ${kind}`);
  return f.path;
}
