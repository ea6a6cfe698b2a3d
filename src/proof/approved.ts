/**
 * The proof round approved for press: the last round kept under the output folder, and the
 * pages of this build that do not look as that round's pages did. A page whose key (what it draws,
 * src/pdf/page-keys.ts) differs is drawn again and compared with the round's render (page-diff.ts):
 * a font subset renumbered by an edit elsewhere changes a page's key but not its look. A press build
 * records the round in the job ticket; the pages changed since are named there and in a warning.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readPageKeys } from "../pdf/page-keys.js";
import { pageChanges } from "./page-diff.js";
import { lastRound, ROUND_SCREEN_PDF } from "./rounds.js";

export interface ApprovedRound {
  round: number;
  label: string;
  date: string;
  build: string;
  /** Pages (by name) that look different from the round, or were added or removed since. */
  changedPages: string[];
}

/** Pure: the indexes of the pages whose key differs from the round's (added and removed ones too). */
export function pagesChangedSince(round: { pages: { key: string }[] }, keys: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(keys.length, round.pages.length); i++) if (round.pages[i]?.key !== keys[i]) out.push(i);
  return out;
}

/** The last proof round in `outputDir` against the screen PDF of this build; null when there is none. */
export async function approvedRound(outputDir: string | undefined, screenPdf: string): Promise<ApprovedRound | null> {
  const last = outputDir ? lastRound(outputDir) : undefined;
  if (!last) return null;
  const { round, label, date, build, pages } = last.record;
  const keys = await readPageKeys(screenPdf);
  const differ = pagesChangedSince({ pages }, keys);
  let changed = differ;
  if (differ.length) {
    const mupdf = await import("mupdf");
    const before = mupdf.Document.openDocument(
      await readFile(path.join(last.dir, ROUND_SCREEN_PDF)),
      "application/pdf",
    );
    const after = mupdf.Document.openDocument(await readFile(screenPdf), "application/pdf");
    try {
      changed = differ.filter(
        (i) => !pages[i] || i >= keys.length || pageChanges(mupdf, before, i, after, i).length > 0,
      );
    } finally {
      before.destroy();
      after.destroy();
    }
  }
  return { round, label, date, build, changedPages: changed.map((i) => pages[i]?.name ?? `PDF ${i + 1}`) };
}
