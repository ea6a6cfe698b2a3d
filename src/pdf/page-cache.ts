/**
 * The page cache: what a reading of one PDF page gave (a preflight check's finding, a thumbnail, the
 * type report's lines), kept under the page's key (page-keys.ts: everything the page draws) and a
 * salt naming the reading and what it ran with (the tool's version, the resolution, the palette, the
 * code of the reading itself). A rebuild after an edit reads only the pages whose key is not stored:
 * the others give back what the same bytes gave before.
 * Folder: $FOLIO_PAGE_CACHE, else pages/ in folio's cache root; `FOLIO_PAGE_CACHE=off` turns it off
 * (every page is read).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pruneEntries, readEntry, writeEntry } from "../util/cache-entries.js";
import { pageCacheDir } from "../util/config.js";
import { InternalError } from "../contract/errors.js";

/**
 * The bytes of the modules named, in `dir` (a caller's import.meta.dirname), compiled or source,
 * whichever is running: a change to a reading's code is a change to every page it stored.
 */
export function codeOf(dir: string, ...modules: string[]): string {
  const ext = path.extname(fileURLToPath(import.meta.url));
  const h = createHash("sha256");
  for (const m of modules)
    h.update(m)
      .update("\0")
      .update(readFileSync(path.join(dir, `${m}${ext}`)))
      .update("\0");
  return h.digest("hex");
}

export interface PageCache<T> {
  get(pageKey: string): T | undefined;
  put(pageKey: string, value: T): void;
  /** Removes old entries beyond the folder's limit (after a reading's puts). */
  prune(): void;
}

interface Codec<T> {
  ext: string;
  encode(v: T): string | Uint8Array;
  decode(b: Buffer): T;
}
const JSON_CODEC: Codec<never> = {
  ext: "json",
  encode: (v) => JSON.stringify({ value: v }),
  decode: (b) => (JSON.parse(b.toString("utf8")) as { value: never }).value,
};
const PNG_CODEC: Codec<Buffer> = { ext: "png", encode: (v) => v, decode: (b) => b };

/**
 * Entries kept per reading (newest first; one read is a use): a few dozen issues' pages. PNG
 * thumbnails are larger, fewer are kept.
 */
const KEEP = { json: 4000, png: 1000 };

function open<T>(codec: Codec<T>, reading: string, salt: string, dir: string | null): PageCache<T> {
  if (!dir) return { get: () => undefined, put: () => {}, prune: () => {} };
  const folder = path.join(dir, reading);
  const file = (pageKey: string) =>
    path.join(
      folder,
      `${createHash("sha256").update(salt).update("\0").update(pageKey).digest("hex").slice(0, 40)}.${codec.ext}`,
    );
  let stored = false;
  return {
    get(pageKey) {
      const bytes = readEntry(file(pageKey));
      try {
        return bytes && codec.decode(bytes);
      } catch {
        return undefined;
      }
    },
    put(pageKey, value) {
      writeEntry(file(pageKey), codec.encode(value));
      stored = true;
    },
    prune() {
      if (!stored) return;
      try {
        pruneEntries(folder, KEEP[codec.ext as keyof typeof KEEP], [codec.ext], codec.ext);
      } catch {
        // another build pruned at the same time
      }
    },
  };
}

/**
 * The cache of one reading (values kept as JSON); `salt` covers everything besides the page that the
 * value depends on. `dir` null: a cache that keeps nothing.
 */
export const openPageCache = <T>(reading: string, salt: string, dir: string | null = pageCacheDir()): PageCache<T> =>
  open(JSON_CODEC as Codec<T>, reading, salt, dir);

/** The same for PNG pictures, kept as files. */
export const openPictureCache = (
  reading: string,
  salt: string,
  dir: string | null = pageCacheDir(),
): PageCache<Buffer> => open(PNG_CODEC, reading, salt, dir);

/**
 * Every page's value, in page order: the stored ones from `cache`, the others made by `make` (given
 * the 1-based pages missing, all in one go) and stored. Returns how many pages were made too.
 */
export async function perPage<T>(
  cache: PageCache<T>,
  keys: string[],
  make: (missing: number[]) => Promise<Map<number, T>>,
): Promise<{ pages: T[]; made: number }> {
  const pages = keys.map((k) => cache.get(k));
  const missing = pages.flatMap((v, i) => (v === undefined ? [i + 1] : []));
  if (missing.length) {
    const made = await make(missing);
    for (const p of missing) {
      const v = made.get(p);
      if (v === undefined) throw new InternalError(`internal: nothing read from page ${p}`);
      pages[p - 1] = v;
      cache.put(keys[p - 1], v);
    }
    cache.prune();
  }
  return { pages: pages as T[], made: missing.length };
}

/** One page's value, from `cache` or made by `make` and stored. */
export async function onePage<T>(cache: PageCache<T>, key: string, make: () => Promise<T>): Promise<T> {
  const stored = cache.get(key);
  if (stored !== undefined) return stored;
  const v = await make();
  cache.put(key, v);
  cache.prune();
  return v;
}

/** Runs of consecutive pages: [first, last] (pure), for tools that take a page range. */
export function pageRanges(pages: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of [...pages].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}
