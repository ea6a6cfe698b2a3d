/**
 * The on-disk cache: `<cacheDir>/meta/<sha256>.json` (header facts of a source file) and
 * `<cacheDir>/r/<xx>/<key>.jpg` (renditions; key = sha256 of source hash + rendition plan, see planKey).
 * Every write goes to a unique temp name in the target folder and is renamed into place, so concurrent
 * builds never see half-written files (rename is atomic on one filesystem; the last writer wins with
 * identical bytes).
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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

/** Let `write` fill a temp file next to `final`, then rename it into place. */
export async function writeAtomic(final: string, write: (tmp: string) => Promise<unknown>): Promise<void> {
  await mkdir(path.dirname(final), { recursive: true });
  const tmp = `${final}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await write(tmp);
    await rename(tmp, final);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined; // missing or unreadable: treat as a miss
  }
}

export function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  return writeAtomic(file, (tmp) => writeFile(tmp, JSON.stringify(value)));
}
