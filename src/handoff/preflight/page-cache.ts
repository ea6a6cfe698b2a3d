/**
 * What a preflight check found on one page, kept under the page's key (page-keys.ts: everything the
 * page draws) and a salt naming the check and what it ran with (the tool's version, the resolution,
 * the palette, the code of the check itself). A rebuild after an edit renders and reads only the
 * pages whose key is not stored: the others give back what the same bytes gave before.
 * Folder: $FOLIO_PREFLIGHT_CACHE, else preflight/ in folio's cache root; `FOLIO_PREFLIGHT_CACHE=off`
 * turns it off (every page is rendered).
 */
import { createHash } from "node:crypto";
import { readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pruneEntries, writeEntry } from "../../util/cache-entries.js";
import { run } from "../exec.js";
import { cacheRoot } from "../../util/cache-root.js";

/** Entries kept per check (newest first): some dozens of issues' pages. */
const KEEP = 4000;

export function preflightCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env.FOLIO_PREFLIGHT_CACHE;
  if (v === "off") return undefined;
  return v || path.join(cacheRoot(), "preflight");
}

/** The bytes of this folder's modules named (compiled or source, whichever is running). */
export function codeOf(...modules: string[]): string {
  const ext = path.extname(fileURLToPath(import.meta.url));
  const h = createHash("sha256");
  for (const m of modules) h.update(m).update("\0").update(readFileSync(path.join(import.meta.dirname, `${m}${ext}`))).update("\0");
  return h.digest("hex");
}

export interface PageCache<T> {
  get(pageKey: string): T | undefined;
  put(pageKey: string, value: T): void;
  /** Removes old entries beyond the folder's limit (once, after a check's puts). */
  prune(): void;
}

/** The cache of one check; `salt` covers everything besides the page that the finding depends on. */
export function openPageCache<T>(check: string, salt: string, dir = preflightCacheDir()): PageCache<T> {
  if (!dir) return { get: () => undefined, put: () => {}, prune: () => {} };
  const folder = path.join(dir, check);
  const file = (pageKey: string) => path.join(folder, `${createHash("sha256").update(salt).update("\0").update(pageKey).digest("hex").slice(0, 40)}.json`);
  let stored = false;
  return {
    get(pageKey) {
      const f = file(pageKey);
      try {
        const value = (JSON.parse(readFileSync(f, "utf8")) as { value: T }).value;
        const now = new Date();
        utimesSync(f, now, now); // kept by pruning while it is in use
        return value;
      } catch {
        return undefined;
      }
    },
    put(pageKey, value) {
      writeEntry(file(pageKey), JSON.stringify({ value }));
      stored = true;
    },
    prune() {
      if (!stored) return;
      try {
        pruneEntries(folder, KEEP, ["json"]);
      } catch {
        // another build pruned at the same time
      }
    },
  };
}

/**
 * Every page's finding, in page order: the stored ones from `cache`, the others made by `make` (given
 * the 1-based pages missing, all in one go) and stored. Returns how many pages were made too.
 */
export async function perPage<T>(cache: PageCache<T>, keys: string[], make: (missing: number[]) => Promise<Map<number, T>>): Promise<{ pages: T[]; made: number }> {
  const pages = keys.map((k) => cache.get(k));
  const missing = pages.flatMap((v, i) => (v === undefined ? [i + 1] : []));
  if (missing.length) {
    const made = await make(missing);
    for (const p of missing) {
      const v = made.get(p);
      if (v === undefined) throw new Error(`internal: no finding for page ${p}`);
      pages[p - 1] = v;
      cache.put(keys[p - 1], v);
    }
    cache.prune();
  }
  return { pages: pages as T[], made: missing.length };
}

/** One page's finding, from `cache` or made by `make` and stored. */
export async function onePage<T>(cache: PageCache<T>, key: string, make: () => Promise<T>): Promise<T> {
  const stored = cache.get(key);
  if (stored !== undefined) return stored;
  const v = await make();
  cache.put(key, v);
  cache.prune();
  return v;
}

const versions = new Map<string, Promise<string>>();
/** The first line a tool prints for `args` (its version), asked once per process. */
export function toolVersion(tool: string, ...args: string[]): Promise<string> {
  const k = [tool, ...args].join(" ");
  let v = versions.get(k);
  if (!v) {
    v = run(tool, args, { okCodes: [1, 99] }).then((r) => `${tool} ${`${r.stdout}\n${r.stderr}`.trim().split("\n")[0]}`);
    versions.set(k, v);
  }
  return v;
}
