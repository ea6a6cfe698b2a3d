/**
 * The on-disk cache: `<cacheDir>/meta/<sha256>.json` (header facts of a source file) and
 * `<cacheDir>/r/<xx>/<key>.jpg` (renditions; key = sha256 of source hash + rendition plan, see planKey).
 * Every write goes through util/atomic-file.ts, so concurrent builds never see half-written files.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { cacheFolder } from "../util/config.js";

/** <project root>/.cache/images (git-ignored). */
export const DEFAULT_CACHE_DIR = cacheFolder("images");

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    let bytes = 0;
    createReadStream(file)
      .on("data", (chunk) => {
        bytes += chunk.length;
        hash.update(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve({ sha256: hash.digest("hex"), bytes }));
  });
}

export function renditionCachePath(cacheDir: string, key: string): string {
  return path.join(cacheDir, "r", key.slice(0, 2), `${key}.jpg`);
}

export function metaCachePath(cacheDir: string, sourceSha256: string): string {
  return path.join(cacheDir, "meta", `${sourceSha256}.json`);
}
