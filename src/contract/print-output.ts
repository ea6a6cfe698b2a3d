/** What the print stage hands to the stages after it (EPUB, handoff), typed, with its build.json entries. */
import type { PrintFacts } from "./build-facts.js";
import type { FitRow } from "./fit-report.js";
import type { LayoutNames } from "./layout/types.js";
import type { PlacedImage } from "./placed-image.js";
import type { StageResult, TocEntry } from "./stage.js";
import type { TypeFacts } from "./type-report.js";

/** A front matter page printed without article text, by its page role: the 版权页 or a page of the 目录. */
export type FrontMatterPage = LayoutNames["roles"]["imprint" | "toc"];

/**
 * Printed inner page `folio` starts in block `blockId` at character `charOffset` of that block's text;
 * `frontMatter` names the 版权页 or 目录 page (blockId null), whose marker opens that document.
 */
export type PageStart = { folio: number; blockId: string | null; charOffset: number; frontMatter?: FrontMatterPage };

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
  placedImages: PlacedImage[];
  /** The flatplan fit, run by run. */
  flatplan?: FitRow[];
  /** The type report, with the page map it was read against (the same object as facts.type). */
  type?: TypeFacts;
}

/** renderPrint's result: its build.json entries and its output for the later stages. */
export interface PrintResult extends StageResult {
  toc: TocEntry[];
  facts: PrintFacts;
  output: PrintOutput;
}
