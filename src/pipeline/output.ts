/**
 * Output folders that never lose the last good build: a build writes into a temporary folder beside
 * dist/<id>/ and swaps it into place only when everything succeeded. A lock file stops two builds
 * writing the same output folder at once. What a dead build left (killed, even by SIGKILL) is
 * cleared by the next one: see sweep.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import { ownerAlive, ownerTag } from "../util/owner.js";
import { holdCommitMs } from "../util/config.js";
import { sweepOutputRoot } from "./sweep.js";
import { PROOFS_DIR } from "../proof/rounds.js";

export interface OutputSlot {
  /** Final folder, e.g. dist/2022-08. */
  finalDir: string;
  /** Temporary folder the build writes into. */
  tempDir: string;
  /** Moves the temporary folder into place (replacing the previous build). */
  commit(): void;
  /** Removes the temporary folder and the lock (on failure or after commit). */
  release(): void;
}

export const tempName = (id: string, tag: string): string => `.folio-tmp-${id}-${tag}`;
export const oldName = (id: string, tag: string): string => `.folio-old-${id}-${tag}`;
export const lockName = (id: string): string => `.${id}.lock`;

/** Folders of the output that outlive a build: the proof rounds (src/proof/rounds.ts). */
export const KEPT_FOLDERS = [PROOFS_DIR];

/** Moves what a build keeps (KEPT_FOLDERS) from the last build's folder into the new one, entry by entry. */
function carryOver(finalDir: string, tempDir: string): void {
  for (const name of KEPT_FOLDERS) {
    const from = path.join(finalDir, name);
    if (!existsSync(from)) continue;
    const to = path.join(tempDir, name);
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from))
      if (!existsSync(path.join(to, entry))) renameSync(path.join(from, entry), path.join(to, entry));
  }
}

export function openOutputSlot(outRoot: string, id: string): OutputSlot {
  mkdirSync(outRoot, { recursive: true });
  const finalDir = path.join(outRoot, id);
  const lock = path.join(outRoot, lockName(id));
  const tag = ownerTag();
  acquireLock(lock, tag);
  sweepOutputRoot(outRoot, id);
  const tempDir = path.join(outRoot, tempName(id, tag));
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(tempDir, { recursive: true });
  let released = false;
  return {
    finalDir,
    tempDir,
    commit() {
      // Two renames: killed between them, dist/<id>/ is missing for that instant and the previous
      // build waits in .folio-old-…; the next build puts it back (sweep.ts) before anything else.
      const old = path.join(outRoot, oldName(id, tag));
      carryOver(finalDir, tempDir);
      if (existsSync(finalDir)) renameSync(finalDir, old);
      holdForTests();
      renameSync(tempDir, finalDir);
      rmSync(old, { recursive: true, force: true });
    },
    release() {
      if (released) return;
      released = true;
      rmSync(tempDir, { recursive: true, force: true });
      rmSync(lock, { force: true });
    },
  };
}

function acquireLock(lock: string, tag: string): void {
  try {
    writeFileSync(lock, tag, { flag: "wx" });
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const holder = readFileSync(lock, "utf8").trim();
  if (holder && ownerAlive(holder)) {
    throw new FolioError({
      file: lock,
      message: `another build (process ${holder.split("-")[0]}) is writing this output folder; wait for it or stop it`,
    });
  }
  rmSync(lock, { force: true }); // stale: its build died
  writeFileSync(lock, tag, { flag: "wx" });
}

/**
 * FOLIO_TEST_HOLD_COMMIT_MS: the crash tests (test/reliability/kill.test.ts) stop the build here,
 * between the two renames, long enough to kill it at that exact moment. Never set otherwise.
 */
function holdForTests(): void {
  const ms = holdCommitMs();
  if (!(ms > 0)) return;
  process.stdout.write("output: between renames\n");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
