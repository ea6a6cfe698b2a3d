/**
 * Output profiles folio builds itself for registered press conditions, from characterization data
 * that Debian ships (package icc-profiles-free) with Argyll's colprof (package argyll). Built once
 * per machine and cached in .cache/icc/, keyed by a hash of the data, the colprof arguments and
 * the colprof version. Measured: colprof takes about 27 s of CPU; two runs differ only in the ICC
 * header's creation date (bytes 24–35), which is pinned so that the profile, and with it the press
 * PDF, is the same on every machine.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MissingToolError, run, runSync, ToolError } from "../util/tools.js";
import { writeFileAtomic } from "../util/atomic-file.js";
import { cacheFolder } from "../util/config.js";

export const ICC_CACHE = cacheFolder("icc");

export interface ProfileRecipe {
  /** File stem, e.g. "FOGRA39". */
  id: string;
  /** Characterization data (.ti3). */
  ti3: string;
  /** colprof arguments before -O (quality, black generation, ink limits, description). */
  args: string[];
  /** Debian package that ships `ti3`. */
  pkg: string;
}

/** The ICC header's creation date (bytes 24–35: year, month, day, hours, minutes, seconds), pinned. */
export function pinHeaderDate(icc: Buffer, date = [2000, 1, 1, 0, 0, 0]): Buffer {
  const out = Buffer.from(icc);
  date.forEach((v, i) => out.writeUInt16BE(v, 24 + 2 * i));
  return out;
}

function colprofVersion(): string {
  try {
    runSync("colprof", [], { timeoutMs: 0 });
  } catch (e) {
    if (e instanceof MissingToolError) throw e;
    const m = e instanceof ToolError ? /Version ([\d.]+)/.exec(`${e.stdout}${e.stderr}`) : null;
    if (m) return m[1];
  }
  return "unknown";
}

export async function conditionProfile(
  recipe: ProfileRecipe,
  opts: { cacheDir?: string; signal?: AbortSignal } = {},
): Promise<{ path: string; built: boolean; ms: number }> {
  const t0 = performance.now();
  if (!existsSync(recipe.ti3)) throw new MissingToolError(recipe.ti3, undefined, recipe.pkg);
  const data = readFileSync(recipe.ti3);
  const key = createHash("sha256")
    .update(data)
    .update(JSON.stringify(recipe.args))
    .update(colprofVersion())
    .digest("hex")
    .slice(0, 16);
  const dir = opts.cacheDir ?? ICC_CACHE;
  const file = path.join(dir, `${recipe.id}-${key}.icc`);
  if (existsSync(file)) return { path: file, built: false, ms: Math.round(performance.now() - t0) };
  const work = mkdtempSync(path.join(tmpdir(), "folio-colprof-"));
  try {
    copyFileSync(recipe.ti3, path.join(work, `${recipe.id}.ti3`));
    await run("colprof", [...recipe.args, "-O", `${recipe.id}.icc`, recipe.id], {
      cwd: work,
      signal: opts.signal,
      timeoutMs: 900_000,
    });
    writeFileAtomic(file, pinHeaderDate(readFileSync(path.join(work, `${recipe.id}.icc`))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { path: file, built: true, ms: Math.round(performance.now() - t0) };
}
