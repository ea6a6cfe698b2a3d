/**
 * The last settled fit per run (keyed by its article ids), so an unchanged issue is laid out once.
 * Only a starting guess: every build measures again and refits whatever no longer fits.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOOSEN, NEUTRAL, TIGHTEN } from "./ladder.js";
import type { FitState } from "./fitter.js";

export const DEFAULT_FIT_CACHE = path.resolve(import.meta.dirname, "../../.cache/flatplan");

type Stored = Record<string, { level: number; fillerPages: number }>;

const settingAt = (level: number) => (level > 0 ? TIGHTEN[level - 1] : level < 0 ? LOOSEN[-level - 1] : NEUTRAL);

export function loadFitCache(dir = DEFAULT_FIT_CACHE, issueId: string): Map<string, FitState> {
  try {
    const stored = JSON.parse(readFileSync(path.join(dir, `${issueId}.json`), "utf8")) as Stored;
    const out = new Map<string, FitState>();
    for (const [key, { level, fillerPages }] of Object.entries(stored)) {
      const setting = settingAt(level);
      if (setting && Number.isInteger(fillerPages) && fillerPages >= 0) out.set(key, { setting, level, fillerPages });
    }
    return out;
  } catch {
    return new Map();
  }
}

export function saveFitCache(dir = DEFAULT_FIT_CACHE, issueId: string, states: Map<string, FitState>): void {
  const stored: Stored = {};
  for (const [key, s] of states) stored[key] = { level: s.level, fillerPages: s.fillerPages };
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${issueId}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(stored, null, 1));
  renameSync(tmp, path.join(dir, `${issueId}.json`));
}
