/**
 * Proof rounds (一校, 二校, 三校, then 第N校) kept under the issue's output folder, one folder a round:
 * dist/<id>/proofs/<n>/ with the round's record (round.json), its screen PDF (what the next round is
 * compared with) and its marked proof PDF. The build carries the folder over from one build to the
 * next (src/pipeline/output.ts), so earlier rounds are never overwritten.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import type { RoundRecord } from "./record.js";

export const PROOFS_DIR = "proofs";
export const RECORD_FILE = "round.json";
export const ROUND_SCREEN_PDF = "screen.pdf";

const NUMERALS = ["一", "二", "三"];

/** The proofreaders' name of round n: 一校, 二校, 三校, then 第4校. */
export const roundLabel = (n: number): string => (n <= NUMERALS.length ? `${NUMERALS[n - 1]}校` : `第${n}校`);

export const roundDir = (issueDir: string, n: number): string => path.join(issueDir, PROOFS_DIR, String(n));

/** Round numbers kept under an output folder, in order. */
export function roundsIn(outputDir: string): number[] {
  const dir = path.join(outputDir, PROOFS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d+$/.test(n) && existsSync(path.join(dir, n, RECORD_FILE)))
    .map(Number)
    .sort((a, b) => a - b);
}

/** The last round kept under an output folder, with its folder; undefined before the first. */
export function lastRound(outputDir: string): { record: RoundRecord; dir: string } | undefined {
  const n = roundsIn(outputDir).at(-1);
  if (n === undefined) return undefined;
  const dir = roundDir(outputDir, n);
  const file = path.join(dir, RECORD_FILE);
  try {
    return { record: JSON.parse(readFileSync(file, "utf8")) as RoundRecord, dir };
  } catch (error) {
    throw new FolioError({ file, message: `cannot read proof round ${n}: ${(error as Error).message}` });
  }
}
