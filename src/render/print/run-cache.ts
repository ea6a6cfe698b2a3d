/**
 * The run cache: each run laid out on its own (run-pass.ts), its facts and its pages, stored under a
 * hash of what its layout reads — the pass's shared files and tools (layout-cache.ts runsBaseKey),
 * the run's document body (with the issue strings and a spacer page when it starts on a left page),
 * its own rules (fit, 目录 numbers) and its first folio. A rebuild after an edit lays out the runs
 * whose key changed. Folder: runs/ in the layout cache's folder; off when the layout cache is off.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { RunFacts } from "./run-merge.js";
import { pruneEntries, writeEntry } from "../../util/cache-entries.js";

/** Entries kept, newest first: several passes of several issues (2022-08 has 46 runs). */
const KEEP = 800;

/** A run's pages as Paged.js made them, its stylesheets by SHA-256 (the same texts for most runs), the rules it added. */
export interface RunPages {
  pages: string;
  styles: string[];
  rules: string;
}

export interface RunCache {
  get(key: string): { facts: RunFacts; pages: RunPages } | undefined;
  put(key: string, facts: RunFacts, pages: RunPages): void;
  /** Stylesheet texts, kept once each under their SHA-256. */
  putStyle(hash: string, text: string): void;
  getStyle(hash: string): string | undefined;
}

interface Stored {
  facts: RunFacts;
  pages: RunPages;
}

const sha = (t: string) => createHash("sha256").update(t).digest("hex");

export function runKey(base: string, body: string, css: string, counted: number): string {
  return createHash("sha256")
    .update(base)
    .update("\0")
    .update(body)
    .update("\0")
    .update(css)
    .update("\0")
    .update(String(counted))
    .digest("hex")
    .slice(0, 32);
}

export function openRunCache(layoutCacheDir: string | undefined): RunCache {
  if (!layoutCacheDir) {
    const styles = new Map<string, string>();
    return {
      get: () => undefined,
      put: () => {},
      putStyle: (h, t) => void styles.set(h, t),
      getStyle: (h) => styles.get(h),
    };
  }
  const dir = path.join(layoutCacheDir, "runs");
  const file = (key: string, ext: string) => path.join(dir, `${key}.${ext}`);
  let puts = 0;
  const styleFile = (hash: string) => path.join(dir, "styles", `${hash}.css`);
  const getStyle = (hash: string) => {
    try {
      const t = readFileSync(styleFile(hash), "utf8");
      return sha(t) === hash ? t : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        const s = JSON.parse(readFileSync(file(key, "json"), "utf8")) as Stored;
        if (!Array.isArray(s.facts?.pages) || !s.facts.layout || typeof s.pages?.pages !== "string") return undefined;
        // A run whose stylesheets are gone is laid out again.
        if (!s.pages.styles.every((h) => existsSync(styleFile(h)))) return undefined;
        return s;
      } catch {
        return undefined; // missing or unreadable: laid out again
      }
    },
    put(key, facts, pages) {
      writeEntry(file(key, "json"), JSON.stringify({ facts, pages } satisfies Stored));
      if (++puts % 50 === 1) {
        try {
          pruneEntries(dir, KEEP, ["json"]);
        } catch {
          // another build pruned at the same time
        }
      }
    },
    putStyle(hash, text) {
      if (!existsSync(styleFile(hash))) writeEntry(styleFile(hash), text);
    },
    getStyle,
  };
}
