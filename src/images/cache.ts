/**
 * The on-disk cache: `<cacheDir>/meta/<sha256>.json` (header facts of a source file) and
 * `<cacheDir>/r/<xx>/<key>.jpg` (renditions; key = sha256 of source hash + rendition plan, see planKey).
 * Every write goes through util/atomic-file.ts, so concurrent builds never see half-written files.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { cacheFolder } from "../util/config.js";

/** <project root>/.cache/images (git-ignored). */
export const DEFAULT_CACHE_DIR = cacheFolder("images");

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function renditionCachePath(cacheDir: string, key: string): string {
  return path.join(cacheDir, "r", key.slice(0, 2), `${key}.jpg`);
}

export function metaCachePath(cacheDir: string, sourceSha256: string): string {
  return path.join(cacheDir, "meta", `${sourceSha256}.json`);
}
