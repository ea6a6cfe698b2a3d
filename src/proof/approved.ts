/**
 * The proof round approved for press: the last round kept under the output folder, and the
 * pages of this build that do not draw what that round drew (by page key, src/pdf/page-keys.ts). A
 * press build records it in the job ticket; pages changed since the approved round are named there
 * and in a warning, so the printer and the editors know the press file is not what was signed off.
 */
import { readPageKeys } from "../pdf/page-keys.js";
import { lastRound } from "./rounds.js";

export interface ApprovedRound {
  round: number;
  label: string;
  date: string;
  build: string;
  /** Pages (by name) that differ from the round, or were added or removed since. */
  changedPages: string[];
}

/** Pure: the pages whose key differs from the round's. */
export function pagesChangedSince(round: { pages: { name: string; key: string }[] }, keys: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(keys.length, round.pages.length); i++)
    if (round.pages[i]?.key !== keys[i]) out.push(round.pages[i]?.name ?? `PDF ${i + 1}`);
  return out;
}

/** The last proof round in `outputDir` against the screen PDF of this build; null when there is none. */
export async function approvedRound(outputDir: string | undefined, screenPdf: string): Promise<ApprovedRound | null> {
  const last = outputDir ? lastRound(outputDir) : undefined;
  if (!last) return null;
  const { round, label, date, build, pages } = last.record;
  return { round, label, date, build, changedPages: pagesChangedSince({ pages }, await readPageKeys(screenPdf)) };
}
