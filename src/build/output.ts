/**
 * Output folders that never lose the last good build: a build writes into a temporary folder beside
 * dist/<id>/ and swaps it into place only when everything succeeded. A lock file stops two builds
 * writing the same output folder at once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../model/errors.js";

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

export function openOutputSlot(outRoot: string, id: string): OutputSlot {
  mkdirSync(outRoot, { recursive: true });
  const finalDir = path.join(outRoot, id);
  const lock = path.join(outRoot, `.${id}.lock`);
  acquireLock(lock);
  const tempDir = path.join(outRoot, `.folio-tmp-${id}-${process.pid}`);
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(tempDir, { recursive: true });
  let released = false;
  return {
    finalDir,
    tempDir,
    commit() {
      const old = path.join(outRoot, `.folio-old-${id}-${process.pid}`);
      if (existsSync(finalDir)) renameSync(finalDir, old);
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

function acquireLock(lock: string): void {
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const pid = Number(readFileSync(lock, "utf8"));
  if (pid && isAlive(pid)) {
    throw new FolioError({ file: lock, message: `another build (process ${pid}) is writing this output folder; wait for it or stop it` });
  }
  rmSync(lock, { force: true }); // stale: its build died
  writeFileSync(lock, String(process.pid), { flag: "wx" });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
