/** Peak resident memory of this process and all its descendants (Chromium, gs…), sampled from /proc. */
import { readFileSync, readdirSync } from "node:fs";

function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKb });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

export function treeRssMb(root = process.pid): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(pid);
  let kb = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    kb += table.get(pid)?.rssKb ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

/** Samples the tree every `ms` until stopped; returns the peak in MB. */
export function samplePeak(ms = 100): () => number {
  let peak = treeRssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb());
  }, ms);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, treeRssMb()));
  };
}
