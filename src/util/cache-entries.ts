/**
 * Files of folio's caches (layout, runs, preflight pages): an entry is written through a temp file
 * and a rename, and a folder keeps its newest entries. The caches only save time: a folder that
 * cannot be written, or an entry removed by another build's pruning meanwhile, costs the work again,
 * never a build.
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "./atomic-file.js";

/** Writes `target` through a temp file and a rename; a write that fails leaves no file and no error. */
export function writeEntry(target: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(target, data);
  } catch {
    // the entry is made again next time
  }
}

/** An entry's bytes, or undefined when there is none; reading it makes it the newest, so pruning keeps what is in use. */
export function readEntry(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Keeps the newest `keep` entries of `dir` (by their `index` file, .json by default; an entry's other files go with it). */
export function pruneEntries(dir: string, keep: number, exts: readonly string[], index = "json"): void {
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith(`.${index}`))
    .map((n) => ({ key: n.slice(0, -(index.length + 1)), at: statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const e of entries.slice(keep))
    for (const ext of exts) rmSync(path.join(dir, `${e.key}.${ext}`), { force: true });
}
