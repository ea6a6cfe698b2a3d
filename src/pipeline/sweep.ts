/**
 * Clearing what dead builds left in an output root (a build killed by SIGKILL runs no cleanup):
 *  - `.folio-tmp-<id>-<owner>`: a half-written build; removed;
 *  - `.folio-old-<id>-<owner>`: the previous good build, moved aside during a swap; when the build
 *    died between the two renames, dist/<id>/ is missing and this folder is put back, byte for
 *    byte; otherwise it is removed.
 * Only folders whose owner process is dead are touched (src/util/owner.ts); the caller holds the
 * lock of `id`, so no live build of `id` is between its renames.
 */
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { ownerAlive } from "../util/owner.js";

/** `<id>` is an issue (2022-08) or an edition of it (2022-08-ug, 2022-08-mn-Mong); `<owner>` is digits. */
const LEFTOVER = /^\.folio-(tmp|old)-(\d{4}-\d{2}(?:-[a-z]{2,3}(?:-[A-Z][a-z]{3})?)?)-(\d+(?:-\d+)?)$/;

/** What was done, one line each (for tests and the build log). */
export function sweepOutputRoot(outRoot: string, id: string): string[] {
  const done: string[] = [];
  for (const name of readdirSync(outRoot)) {
    const m = LEFTOVER.exec(name);
    if (!m || ownerAlive(m[3])) continue;
    const [, kind, itsId] = m;
    const dir = path.join(outRoot, name);
    if (kind === "old") {
      if (itsId !== id) continue; // another issue's swap: its own next build decides
      const finalDir = path.join(outRoot, id);
      if (!existsSync(finalDir)) {
        renameSync(dir, finalDir);
        done.push(`restored ${id}/ from ${name}`);
        continue;
      }
    }
    rmSync(dir, { recursive: true, force: true });
    done.push(`removed ${name}`);
  }
  return done;
}
