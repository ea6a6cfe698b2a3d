/**
 * What a build makes of an edition in vertical writing (traditional Mongolian). Its EPUB is made as
 * for every edition; its print layout is not made yet: Paged.js cannot lay out vertical lines across
 * pages (measured: the lines come out clipped and horizontal, docs/layout-engines.md), and a layout
 * by Chromium's own pagination, which sets the vertical lines, tiers and folios right, does not yet
 * give the print PDF its bleed, marks, page map and checks.
 */
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import type { SelectableKind } from "../contract/output-kinds.js";
import type { Issue } from "../model/types.js";

const PRINT_KINDS: readonly SelectableKind[] = ["screen-pdf", "print-pdf", "handoff"];

/** The outputs to make: for a vertical edition, the EPUB only (asked for print outputs: an error). */
export function outputsFor(issue: Issue, only: readonly SelectableKind[] | undefined, warn: (m: string) => void) {
  if (issue.edition?.writingMode !== "vertical-lr") return only;
  const asked = (only ?? []).filter((k) => PRINT_KINDS.includes(k));
  const where = `magazine.yaml editions.${issue.edition.tag}.writing_mode: vertical-lr`;
  if (asked.length)
    throw new FolioError({
      file: path.relative(process.cwd(), path.join(issue.edition.baseDir, "..", "magazine.yaml")),
      message: `${issue.id}: ${asked.join(", ")} of a vertical edition cannot be made yet (${where}); build its EPUB with --only epub`,
    });
  warn(`${issue.id}: a vertical edition: its EPUB is made; its print PDFs and handoff are not made yet (${where})`);
  return ["epub"] as const;
}

/** The print stage of a vertical edition makes nothing (its EPUB is made without a print page list). */
export const printsNothing = (issue: Issue): boolean => issue.edition?.writingMode === "vertical-lr";
