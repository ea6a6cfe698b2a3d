/**
 * Which process left a file behind, and whether it still runs: temporary output folders, output
 * locks and Chromium profiles carry an owner tag `<pid>-<start>` (the process's start time in clock
 * ticks since boot, from /proc), so that a later run can tell a live build from a dead one even when
 * the pid has been reused. Where /proc is missing, the tag is the pid alone.
 */
import { readFileSync } from "node:fs";

/** Start time of a process (field 22 of /proc/<pid>/stat), or undefined. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** This process's owner tag. */
export function ownerTag(pid = process.pid): string {
  const start = processStart(pid);
  return start ? `${pid}-${start}` : String(pid);
}

/** Whether the process a tag names still runs (the same process, not a later one with its pid). */
export function ownerAlive(tag: string): boolean {
  const [pidText, start] = tag.split("-");
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (!start) return true;
  const now = processStart(pid);
  return now === undefined || now === start;
}
