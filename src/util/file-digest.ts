/**
 * The SHA-256 of a file's content, read once per process while the file's size and modification
 * time stay the same. One `folio check` reads an issue's files for three keys (the load cache's, the
 * fitter's fingerprint, each photo's header entry): 3.3 MB of 2022-08 read and hashed three times
 * took about 40 ms of its half second. A file changed since (a save in the preview) is read again.
 * As git does with its index, a file whose modification time is within two seconds of its reading is
 * read again every time: a file system that keeps times in whole seconds could otherwise hide a second
 * save of the same size.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";

export interface Digest {
  sha256: string;
  bytes: number;
}

interface Kept extends Digest {
  mtimeMs: number;
  readAt: number;
}

const RACY_MS = 2000;

const kept = new Map<string, Kept>();

function remembered(file: string, st: { size: number; mtimeMs: number }): Digest | undefined {
  const k = kept.get(file);
  return k && k.bytes === st.size && k.mtimeMs === st.mtimeMs && st.mtimeMs < k.readAt - RACY_MS
    ? { sha256: k.sha256, bytes: k.bytes }
    : undefined;
}

function keep(file: string, content: Buffer, mtimeMs: number, readAt: number): Digest {
  const d = { sha256: createHash("sha256").update(content).digest("hex"), bytes: content.length };
  kept.set(file, { ...d, mtimeMs, readAt });
  return d;
}

/** The file's digest (a missing or unreadable file throws, as readFileSync does). */
export function fileDigestSync(file: string): Digest {
  const readAt = Date.now();
  const st = statSync(file);
  return remembered(file, st) ?? keep(file, readFileSync(file), st.mtimeMs, readAt);
}

export async function fileDigest(file: string): Promise<Digest> {
  const readAt = Date.now();
  const st = await stat(file);
  return remembered(file, st) ?? keep(file, await readFile(file), st.mtimeMs, readAt);
}
