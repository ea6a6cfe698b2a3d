/** What every output stage hands back to the build: entries for dist/<id>/build.json. */
import type { BuildFacts } from "./build-facts.js";
import type { CoverPlace } from "./cover-place.js";
import type { OutputKind, SelectableKind } from "./output-kinds.js";

export type { OutputKind };

/** The stages of a build, in the order they run (src/pipeline/registry.ts). */
export const STAGE_NAMES = ["images", "print", "epub", "epub-check", "handoff", "proof"] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface OutputFile {
  kind: OutputKind;
  /** Absolute path while building; written relative to the output folder in build.json. */
  path: string;
  pages?: number;
}

export interface TocEntry {
  section: string;
  /** The title on the article's page. */
  title: string;
  /** The title as the 目录 prints it, when it differs (front matter toc_title). */
  tocTitle?: string;
  /** The 引题 the 目录 prints above the title (toc_kicker). */
  kicker?: string;
  /** Printed folio of the page the article starts on; null for an item on a cover (see place). */
  page: number | null;
  /** Article id, or the issue.yaml key of a cover photo page listed in the 目录 (back_cover, …). */
  articleId: string;
  /** An item printed on a cover page: the 目录 prints the cover's name (封三) for its page number. */
  place?: CoverPlace;
}

/** Context shared by stages: where to write, how to report progress, what to clean up. */
export interface StageContext {
  /** Temporary output folder of this build (renamed to dist/<id>/ when the whole build succeeded). */
  outDir: string;
  /** Progress line for long work ("pagination: 34 pages"). */
  log: (message: string) => void;
  /** Non-fatal problems, shown in the summary and written to build.json. */
  warn: (message: string) => void;
  signal?: AbortSignal;
  /** `folio build --press`: the issue must be ready for press (placeholders fail preflight). */
  press?: boolean;
  /** The output folder as the last good build left it (dist/<id>/), read for the last proof round. */
  lastGoodDir?: string;
  /** The outputs the build was asked for (`folio build --only`); none: every output. */
  only?: readonly SelectableKind[];
}

export interface StageResult {
  files: OutputFile[];
  toc?: TocEntry[];
  /** This stage's entries of build.json's facts (pagination figures, reports, timings). */
  facts?: BuildFacts;
  /**
   * Outputs of earlier stages that this stage's files take the place of, listed from now on under
   * another kind (the handoff's press PDF is the print-pdf; the RGB bleed PDF becomes print-rgb-pdf).
   * The build applies it to the manifest; no stage changes another's entries.
   */
  relabels?: Partial<Record<OutputKind, OutputKind>>;
}
