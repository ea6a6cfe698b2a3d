/**
 * Every setting folio reads from the environment, each documented here and read when asked (tests
 * set them while running), and the folders of folio's caches. No other module reads FOLIO_*.
 * Each function takes the environment to read (default process.env).
 */
import path from "node:path";

type Env = NodeJS.ProcessEnv;

/** The project folder (src/ or lib/ is in it). */
const PROJECT = path.resolve(import.meta.dirname, "../..");

/**
 * FOLIO_CACHE_DIR: where folio keeps what it can make again (image renditions and header facts,
 * press photos, output profiles, the last check's model, and the caches below unless their own
 * variable says otherwise). Default: .cache/ in the project.
 */
export function cacheRoot(env: Env = process.env): string {
  return env.FOLIO_CACHE_DIR ? path.resolve(env.FOLIO_CACHE_DIR) : path.join(PROJECT, ".cache");
}

/** A folder of the cache root: images, press-images, icc, check, fonts. */
export function cacheFolder(name: string, env: Env = process.env): string {
  return path.join(cacheRoot(env), name);
}

/** FOLIO_FIT_CACHE: the fitter's last settled plans and copyfit per issue. Default .cache/flatplan in the project (not under FOLIO_CACHE_DIR). */
export function fitCacheDir(env: Env = process.env): string {
  return env.FOLIO_FIT_CACHE ?? path.join(PROJECT, ".cache", "flatplan");
}

/** FOLIO_LAYOUT_CACHE: laid-out passes and runs (default layout/ in the cache root); "off": none. */
export function layoutCacheDir(env: Env = process.env): string | undefined {
  const v = env.FOLIO_LAYOUT_CACHE;
  if (v === "off") return undefined;
  return v || cacheFolder("layout", env);
}

/** FOLIO_PAGE_CACHE: what was read from PDF pages (default pages/ in the cache root); "off": null, every page is read. */
export function pageCacheDir(env: Env = process.env): string | null {
  const v = env.FOLIO_PAGE_CACHE;
  if (v === "off") return null;
  return v || cacheFolder("pages", env);
}

/** FOLIO_FILE_CACHE: results kept by a whole file's bytes (default files/ in the cache root); "off": null. */
export function fileResultsDir(env: Env = process.env): string | null {
  if (env.FOLIO_FILE_CACHE === "off") return null;
  return env.FOLIO_FILE_CACHE ? path.resolve(env.FOLIO_FILE_CACHE) : cacheFolder("files", env);
}

/** FOLIO_ACE_CACHE: Ace's axe runs per content document (default ace/ in the cache root); "off": undefined, every document every time. */
export function aceCacheDir(env: Env = process.env): string | undefined {
  if (env.FOLIO_ACE_CACHE === "off") return undefined;
  return env.FOLIO_ACE_CACHE || cacheFolder("ace", env);
}

/** FOLIO_ISSUES: the folder holding magazine.yaml and the issue folders, when --dir is not given (default ./issues). */
export function issuesSetting(env: Env = process.env): string | undefined {
  return env.FOLIO_ISSUES;
}

/** FOLIO_TEMPLATES_DIR: the Handlebars templates (default templates/ in the project). */
export function templatesDir(env: Env = process.env): string {
  return env.FOLIO_TEMPLATES_DIR ? path.resolve(env.FOLIO_TEMPLATES_DIR) : `${path.join(PROJECT, "templates")}/`;
}

/** FOLIO_CHROMIUM: the Chromium to run, before PUPPETEER_EXECUTABLE_PATH and the system paths. */
export function chromiumSetting(env: Env = process.env): string | undefined {
  return env.FOLIO_CHROMIUM || undefined;
}

/** The settings that name a Chromium, in the order they are tried. */
export function chromiumSettings(env: Env = process.env): [name: string, value: string | undefined][] {
  return [
    ["FOLIO_CHROMIUM", env.FOLIO_CHROMIUM],
    ["PUPPETEER_EXECUTABLE_PATH", env.PUPPETEER_EXECUTABLE_PATH],
  ];
}

/** FOLIO_CHROMIUM_EXEC: set by folio, never by hand: the browser src/browser/tied-chromium.sh starts. */
export const CHROMIUM_EXEC = "FOLIO_CHROMIUM_EXEC";

/** FOLIO_PRINT_TIMEOUT_MS: how long the print stage's browser work may take (default 180 000 ms). */
export function printTimeoutMs(env: Env = process.env): number {
  return Number(env.FOLIO_PRINT_TIMEOUT_MS ?? 180_000);
}

/** FOLIO_STAGE_JOBS: how many stages run at once (default one per two cores; see pipeline/schedule.ts). */
export function stageJobsSetting(env: Env = process.env): string | undefined {
  return env.FOLIO_STAGE_JOBS;
}

/** FOLIO_EPUB_CHECKS: a comma list of epubcheck, ace, stores, or "none" (default all three). */
export function epubChecksSetting(env: Env = process.env): string | undefined {
  return env.FOLIO_EPUB_CHECKS;
}

/** FOLIO_FIT_DEBUG: any value logs every fitter verdict. */
export function fitDebug(env: Env = process.env): boolean {
  return Boolean(env.FOLIO_FIT_DEBUG);
}

/** FOLIO_TEST_HOLD_COMMIT_MS: the crash tests hold a build between the output folder's two renames this long. Never set otherwise. */
export function holdCommitMs(env: Env = process.env): number {
  return Number(env.FOLIO_TEST_HOLD_COMMIT_MS ?? 0);
}
