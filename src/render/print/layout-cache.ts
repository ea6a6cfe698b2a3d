/**
 * The layout cache: a laid-out pass (its page map, measures, warnings) and the PDF Chromium printed
 * from it, stored under a hash of everything the layout reads — print.html and every file next to
 * it (styles, fonts, photos), folio's Paged.js handlers, and the versions of folio, Paged.js,
 * puppeteer and the Chromium binary. The same inputs give the same pages, so a pass whose key is
 * stored is not laid out again: an unchanged issue (or an unchanged fitter pass) costs no browser.
 * Folder: $FOLIO_LAYOUT_CACHE, else layout/ in folio's cache root (src/util/config.ts);
 * `FOLIO_LAYOUT_CACHE=off` turns it off.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { resolveChromium } from "../../browser/resolve.js";
import { versionOf } from "../../util/package-version.js";
import { pruneEntries, writeEntry } from "../../util/cache-entries.js";
import type { LayoutPass } from "./paginate.js";

/** Entries kept (newest first); older ones are removed when a new one is stored. */
const KEEP = 12;
/** Bumped when the stored format or what a key covers changes. */
const FORMAT = 2;

/** A pass as stored: everything but the live browser page. */
export type StoredPass = Omit<LayoutPass, "page"> & { blocked: string[] };

let toolsSalt: string | undefined;
/** folio, Paged.js, puppeteer and Chromium as installed (a Chromium update changes every key). */
function tools(): string {
  if (toolsSalt) return toolsSalt;
  const folio = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../package.json"), "utf8")) as {
    version: string;
  };
  let chromium = "none";
  try {
    const exe = resolveChromium();
    const s = statSync(exe);
    chromium = `${exe} ${s.size} ${s.mtimeMs}`;
  } catch {
    // no Chromium: the layout fails later with its own message
  }
  toolsSalt = [
    `format ${FORMAT}`,
    `folio ${folio.version}`,
    `pagedjs-cli ${versionOf("pagedjs-cli")}`,
    `puppeteer ${versionOf("puppeteer")}`,
    `chromium ${chromium}`,
  ].join("\n");
  return toolsSalt;
}

function walk(dir: string, rel: string, out: string[]): void {
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) walk(dir, r, out);
    else out.push(r);
  }
}

/** The tools, the handlers and every file of `dir` but `except` (names and bytes), after `salt`. */
function hashInputs(salt: string, dir: string, handlerScripts: readonly string[], except: readonly string[]) {
  const h = createHash("sha256").update(tools()).update(salt);
  for (const f of handlerScripts) h.update(path.basename(f)).update("\0").update(readFileSync(f)).update("\0");
  const files: string[] = [];
  walk(dir, "", files);
  for (const f of files.filter((x) => !except.includes(x)))
    h.update(f)
      .update("\0")
      .update(readFileSync(path.join(dir, f)))
      .update("\0");
  return h;
}

/**
 * What every run of a pass shares (run-cache.ts): the tools, the handlers and the files of the
 * HTML folder but `except` (print.html, which the runs' own keys cover).
 */
export function runsBaseKey(htmlDir: string, handlerScripts: readonly string[], except: readonly string[]): string {
  return hashInputs("\0runs\0", htmlDir, handlerScripts, except).digest("hex");
}

/** The key of a layout of `htmlFile`: its folder's files (names and bytes), the handlers, the tools. */
export function layoutKey(htmlFile: string, handlerScripts: readonly string[]): string {
  // The page runs are laid out in is made from print.html (run-pass.ts): not an input.
  return hashInputs(`\0${path.basename(htmlFile)}\0`, path.dirname(htmlFile), handlerScripts, [RUNS_PAGE])
    .digest("hex")
    .slice(0, 32);
}

/** The page runs are laid out in (run-pass.ts), next to print.html. */
export const RUNS_PAGE = "runs.html";

export interface LayoutCache {
  get(key: string): StoredPass | undefined;
  getPdf(key: string): Uint8Array | undefined;
  put(key: string, pass: StoredPass): void;
  putPdf(key: string, pdf: Uint8Array): void;
}

/** A cache in `dir`; without a dir, one that remembers nothing. */
export function openLayoutCache(dir: string | undefined): LayoutCache {
  if (!dir) return { get: () => undefined, getPdf: () => undefined, put: () => {}, putPdf: () => {} };
  const file = (key: string, ext: string) => path.join(dir, `${key}.${ext}`);
  const write = (target: string, data: string | Uint8Array) => writeEntry(target, data);
  return {
    get(key) {
      try {
        const s = JSON.parse(readFileSync(file(key, "json"), "utf8")) as StoredPass;
        return Array.isArray(s.pages) && s.layout && s.padding ? s : undefined;
      } catch {
        return undefined;
      }
    },
    getPdf(key) {
      try {
        const pdf = readFileSync(file(key, "pdf"));
        return pdf.subarray(0, 5).toString("latin1") === "%PDF-" ? new Uint8Array(pdf) : undefined;
      } catch {
        return undefined;
      }
    },
    put(key, pass) {
      write(file(key, "json"), JSON.stringify(pass));
      try {
        pruneEntries(dir, KEEP, ["json", "pdf"]);
      } catch {
        // another build pruned at the same time
      }
    },
    putPdf(key, pdf) {
      write(file(key, "pdf"), pdf);
    },
  };
}
