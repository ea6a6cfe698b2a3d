/**
 * Where folio keeps what it can make again (image renditions and header facts, press photos, output
 * profiles, laid-out passes unless $FOLIO_LAYOUT_CACHE says otherwise, what was read from PDF pages unless $FOLIO_PAGE_CACHE says otherwise, whole-file results unless $FOLIO_FILE_CACHE does): $FOLIO_CACHE_DIR, else .cache/ in the project. The flatplan cache has its own
 * $FOLIO_FIT_CACHE (default .cache/flatplan).
 */
import path from "node:path";

export function cacheRoot(): string {
  return process.env.FOLIO_CACHE_DIR ? path.resolve(process.env.FOLIO_CACHE_DIR) : path.resolve(import.meta.dirname, "../../.cache");
}
