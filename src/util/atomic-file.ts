/**
 * Files written whole or not at all: into a temp file beside the target (a name no other writer
 * uses), then renamed over it. Rename is atomic on one filesystem, so a reader, another build or a
 * build killed midway never sees half a file; of two writers of the same bytes the last one wins.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

const tempBeside = (target: string): string => `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;

/** Writes `data` to `target` (its folder made when missing); on failure no file is left and the error is thrown. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = tempBeside(target);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Lets `write` fill a temp file beside `target` (a tool's output, a copy), then renames it into place. */
export async function writeAtomic(target: string, write: (tmp: string) => Promise<unknown>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = tempBeside(target);
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** `value` as compact JSON, written atomically. */
export function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  return writeAtomic(file, (tmp) => writeFile(tmp, JSON.stringify(value)));
}

/** A JSON file's value, or undefined when it is missing or unreadable (a cache miss). */
export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}
