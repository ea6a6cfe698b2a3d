/**
 * What the print stage makes beyond the PDFs, by the outputs the build was asked for: the page
 * thumbnails and their spreads sheet (kind thumbnails) come with a build of every output, the EPUB's
 * cover picture (thumbnails/cover-1600.png) with any build that makes the EPUB. `folio build --only
 * screen-pdf` draws neither; the PDFs, the proof of the 目录 and the type report are the same.
 */
import type { SelectableKind } from "../../contract/output-kinds.js";

export interface PrintExtras {
  /** A PNG per page and spreads.png. */
  thumbnails: boolean;
  /** The EPUB's cover, the front cover 1600 px wide. */
  coverPng: boolean;
}

/** `only`: the outputs asked for (`--only`); none or empty: every output. */
export function printExtras(only: readonly SelectableKind[] | undefined): PrintExtras {
  const all = !only || only.length === 0;
  return { thumbnails: all, coverPng: all || only.includes("epub") };
}
