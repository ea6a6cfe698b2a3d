/**
 * What a tool found in, or made from, a whole file, kept under the SHA-256 of that file's bytes and
 * of everything else that decides the result (the tool and its version, settings): the same bytes
 * are not checked or converted twice. EPUBCheck and Ace keep their findings on the EPUB here, the
 * press stage the press PDF it made from the print PDF.
 *
 * $FOLIO_FILE_CACHE names the folder (default files/ in folio's cache root); "off" keeps nothing.
 * Like folio's other caches, it only saves time: an entry that cannot be read or written costs the
 * work again, never a build.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileResultsDir } from "./config.js";
import { pruneEntries, readEntry, writeEntry } from "./cache-entries.js";

/** A key from a file's bytes (or a string) and the salts that decide the result. */
export function resultKey(...parts: (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    const bytes = typeof p === "string" ? Buffer.from(p) : p;
    h.update(`${bytes.length}:`).update(bytes);
  }
  return h.digest("hex");
}

export interface FileResults {
  /** The result kept under `key`, or undefined. */
  get<T>(key: string): T | undefined;
  put(key: string, value: unknown): void;
  /** A file kept with the result under `key` (its extension `ext`): copied to `to`; false when none. */
  copyOut(key: string, ext: string, to: string): boolean;
  /** Keeps `from` with the result under `key`; call before put(), which makes the entry visible. */
  keepFile(key: string, ext: string, from: string): void;
}

/** The results of one kind (e.g. "epubcheck"); a folder keeps its newest `keep` entries. */
export function openFileResults(
  kind: string,
  opts: { dir?: string | null; keep?: number; files?: readonly string[] } = {},
): FileResults {
  const root = opts.dir === undefined ? fileResultsDir() : opts.dir;
  const dir = root ? path.join(root, kind) : null;
  const at = (d: string, key: string, ext: string) => path.join(d, `${key}.${ext}`);
  return {
    get<T>(key: string) {
      const bytes = dir ? readEntry(at(dir, key, "json")) : undefined;
      try {
        return bytes && (JSON.parse(bytes.toString("utf8")) as T);
      } catch {
        return undefined;
      }
    },
    put(key, value) {
      if (!dir) return;
      writeEntry(at(dir, key, "json"), `${JSON.stringify(value)}\n`);
      try {
        pruneEntries(dir, opts.keep ?? 40, ["json", ...(opts.files ?? [])]);
      } catch {
        // only the folder's size is at stake
      }
    },
    copyOut(key, ext, to) {
      if (!dir || !existsSync(at(dir, key, ext))) return false;
      try {
        copyFileSync(at(dir, key, ext), to);
        return true;
      } catch {
        return false;
      }
    },
    keepFile(key, ext, from) {
      if (!dir) return;
      writeEntry(at(dir, key, ext), readFileSync(from));
    },
  };
}
