/**
 * Folios on the outside of the spread, read from the press PDF: an inner page's folio is the number
 * printed in the strip under its type area, and it must sit on the page's outer half. Bound on the
 * left (Chinese), odd pages are right-hand pages and their folio is on the right; bound on the right
 * (an edition in Arabic script), odd pages are left-hand pages and their folio is on the left.
 */
import type { Box } from "../boxes.js";
import { MM } from "./geometry.js";
import type { Word } from "./safety.js";
import type { CheckResult } from "./types.js";

export interface FolioPage {
  /** TrimBox and CropBox in PDF points (bottom-left origin). */
  trim: Box;
  crop: Box;
}

/** Height of the strip above the trim's foot where folios are printed (the bottom margin). */
export const FOLIO_STRIP_MM = 18;

export function checkFolioSides(
  words: Word[],
  pages: FolioPage[],
  binding: "left" | "right",
  stripMm = FOLIO_STRIP_MM,
): CheckResult[] {
  const digits = new Map<number, Word[]>();
  for (const w of words) {
    const p = pages[w.page - 1];
    // The four covers (the first and last two pages of a saddle-stitched issue) carry no folio.
    const cover = w.page <= 2 || w.page > pages.length - 2;
    if (!p || cover || !/^\d$/.test(w.text)) continue;
    const foot = p.crop[3] - p.trim[1]; // the trim's foot, from the top of the CropBox
    if (w.box[3] < foot - stripMm * MM || w.box[1] > foot) continue;
    digits.set(w.page, [...(digits.get(w.page) ?? []), w]);
  }
  const results: CheckResult[] = [];
  let checked = 0;
  for (const [page, ds] of digits) {
    const p = pages[page - 1];
    ds.sort((a, b) => a.box[0] - b.box[0]);
    const folio = Number(ds.map((d) => d.text).join(""));
    const centre = (Math.min(...ds.map((d) => d.box[0])) + Math.max(...ds.map((d) => d.box[2]))) / 2;
    const middle = (p.trim[0] + p.trim[2]) / 2 - p.crop[0];
    const side = centre < middle ? "left" : "right";
    const odd = folio % 2 === 1;
    // Odd pages are recto: right-hand when bound on the left, left-hand when bound on the right.
    const outer = odd === (binding === "left") ? "right" : "left";
    checked++;
    if (side !== outer)
      results.push({
        check: "folio-side",
        status: "fail",
        page,
        message: `folio ${folio} is on the ${side} of the page; bound on the ${binding}, it belongs on the ${outer} (the outer edge)`,
      });
  }
  if (!checked) return [{ check: "folio-side", status: "warn", message: "no folio found in the pages' foot strips" }];
  return results.length
    ? results
    : [
        {
          check: "folio-side",
          status: "pass",
          message: `${checked} folios on the outer edge (bound on the ${binding})`,
        },
      ];
}
