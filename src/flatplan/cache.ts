/**
 * The last settled fit per run (keyed by the run's own sources, src/flatplan/fit-keys.ts) and the
 * copyfit report of that layout, so an unchanged issue is laid out once and `folio check` can print
 * the copyfit without a browser. A plan is a starting point the fitter settles on again; plans made
 * in another context (magazine, templates, styles, layout code) are not used at all.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../util/atomic-file.js";
import { fitCacheDir } from "../util/config.js";
import type { Copyfit } from "./copyfit.js";
import type { RunPlan } from "./plan.js";
import type { Run } from "./runs.js";

/** The cache folder: $FOLIO_FIT_CACHE, else .cache/flatplan in the project (util/config.ts). */
const cacheDir = (dir?: string) => dir ?? fitCacheDir();

/** Bumped when the plan format changes: older files are ignored. */
const VERSION = 5;

interface Stored {
  version: number;
  plans: Record<string, RunPlan>;
  copyfit?: Copyfit[];
  /** Fingerprint of the sources the copyfit was measured on (see copyfitSources). */
  sources?: string;
  /** What every run's layout shared when the plans were made (fit-keys.ts fitContext). */
  context?: string;
}

export const runKey = (r: Run): string => r.articleIds.join("+");

const file = (dir: string, issueId: string) => path.join(dir, `${issueId}.json`);

function read(dir: string, issueId: string): Stored | undefined {
  try {
    const s = JSON.parse(readFileSync(file(dir, issueId), "utf8")) as Stored;
    return s && s.version === VERSION && s.plans && typeof s.plans === "object" ? s : undefined;
  } catch {
    return undefined;
  }
}

const isPlan = (p: unknown): p is RunPlan => {
  const x = p as RunPlan;
  return (
    Boolean(x) &&
    typeof x.figures === "object" &&
    Number.isInteger(x.headSpace) &&
    Number.isInteger(x.pullQuotes) &&
    Number.isInteger(x.fillerPages) &&
    x.fillerPages >= 0
  );
};

export function loadFitCache(dir: string | undefined, issueId: string, context?: string): Map<string, RunPlan> {
  const s = read(cacheDir(dir), issueId);
  if (!s || s.context !== context) return new Map();
  return new Map(Object.entries(s.plans).filter(([, p]) => isPlan(p)));
}

export function saveFitCache(
  dirOrDefault: string | undefined,
  issueId: string,
  plans: Map<string, RunPlan>,
  copyfit?: Copyfit[],
  sources?: string,
  context?: string,
): void {
  const dir = cacheDir(dirOrDefault);
  const stored: Stored = { version: VERSION, plans: Object.fromEntries(plans), copyfit, sources, context };
  writeFileAtomic(file(dir, issueId), JSON.stringify(stored, null, 1));
}

/** The copyfit report of the last layout, with the sources fingerprint it was measured on and when. */
export function lastCopyfit(
  dir: string | undefined,
  issueId: string,
): { copyfit: Copyfit[]; sources?: string; at: Date } | undefined {
  const s = read(cacheDir(dir), issueId);
  if (!s?.copyfit) return undefined;
  return { copyfit: s.copyfit, sources: s.sources, at: statSync(file(cacheDir(dir), issueId)).mtime };
}
