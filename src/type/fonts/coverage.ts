/**
 * Which characters a list of font faces can draw: the union over the faces of the code points in
 * both the face's character map and its unicode-range. Kept twice: each face's map in memory per file
 * path, face and modification time, and each list's union in the cache folder fonts/ under the paths,
 * sizes and times of its files — a stack of 101 web-font subsets takes 0.3–1 s to read, its entry 5 ms.
 */
import { createHash } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { pruneEntries, readEntry, writeEntry } from "../../util/cache-entries.js";
import { cacheFolder } from "../../util/config.js";
import { readCmap } from "./cmap.js";
import { type CodeRange, type FontFace, inRanges, parseUnicodeRange } from "./font-face.js";

interface Stat {
  mtimeMs: number;
  size: number;
}

const kept = new Map<string, Stat & { cmap: readonly number[] }>();
const KEEP_ENTRIES = 64;

function statOf(file: string): Stat | undefined {
  try {
    const st = statSync(file);
    return { mtimeMs: st.mtimeMs, size: st.size };
  } catch {
    return undefined; // readCmap names the missing file and its package
  }
}

/** The face's character map, from memory when its file has not changed since it was read. */
function cmapOf(ff: FontFace, st: Stat | undefined): readonly number[] {
  const key = `${ff.file}\0${ff.face ?? ""}`;
  const hit = kept.get(key);
  if (hit && st && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.cmap;
  const cmap = readCmap(ff);
  if (st) kept.set(key, { ...st, cmap });
  return cmap;
}

/** Sorted code points as runs [first, last], the cache entry's form. */
export function toRanges(cps: Iterable<number>): CodeRange[] {
  const out: [number, number][] = [];
  for (const cp of [...cps].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && cp === last[1] + 1) last[1] = cp;
    else if (!last || cp > last[1]) out.push([cp, cp]);
  }
  return out;
}

/**
 * Code points as sorted runs, asked by binary search: a CJK stack's 30,000 code points as a Set cost
 * the check about 15 ms to build and the collector as much again, its few thousand runs nothing.
 */
export class CodeSet implements Iterable<number> {
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  constructor(ranges: readonly CodeRange[]) {
    this.first = Int32Array.from(ranges, (r) => r[0]);
    this.last = Int32Array.from(ranges, (r) => r[1]);
  }
  has(cp: number): boolean {
    let lo = 0;
    let hi = this.first.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < this.first[mid]) hi = mid - 1;
      else if (cp > this.last[mid]) lo = mid + 1;
      else return true;
    }
    return false;
  }
  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.first.length; i++) for (let cp = this.first[i]; cp <= this.last[i]; cp++) yield cp;
  }
}

/** The code points `fonts` can draw between them. */
export function coverage(fonts: readonly FontFace[]): CodeSet {
  const stats = fonts.map((ff) => statOf(ff.file));
  const complete = stats.every(Boolean);
  const dir = cacheFolder("fonts");
  const key = createHash("sha256")
    .update(JSON.stringify(fonts.map((ff, i) => [ff.file, ff.face, ff.unicodeRange, stats[i]])))
    .digest("hex");
  const entry = complete ? readEntry(path.join(dir, `${key}.json`)) : undefined;
  if (entry) return new CodeSet(JSON.parse(entry.toString("utf8")) as CodeRange[]);
  const covered = new Set<number>();
  fonts.forEach((ff, i) => {
    const range = ff.unicodeRange === undefined ? undefined : parseUnicodeRange(ff.unicodeRange, ff.file);
    for (const cp of cmapOf(ff, stats[i])) if (!range || inRanges(cp, range)) covered.add(cp);
  });
  const ranges = toRanges(covered);
  if (complete) {
    try {
      mkdirSync(dir, { recursive: true });
      writeEntry(path.join(dir, `${key}.json`), JSON.stringify(ranges));
      pruneEntries(dir, KEEP_ENTRIES, ["json"]);
    } catch {
      // a cache that cannot be written costs the reading again, never the check
    }
  }
  return new CodeSet(ranges);
}
