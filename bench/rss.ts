/**
 * Peak memory of this process and all its descendants (Chromium, gs, Java…), sampled from /proc:
 * the sum of resident sets (RSS, which counts a page shared by several processes once per process:
 * Chromium's processes share its binary and much of their memory) and the proportional set size
 * (PSS, where a shared page is divided among the processes sharing it: what the tree really takes).
 */
import { readFileSync, readdirSync } from "node:fs";

interface Proc {
  ppid: number;
  rssKb: number;
}

function processTable(): Map<number, Proc> {
  const table = new Map<number, Proc>();
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

function pssKb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export interface TreeMemory {
  rssMb: number;
  pssMb: number;
}

export function treeMemory(root = process.pid): TreeMemory {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  let rss = 0;
  let pss = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    const p = table.get(pid);
    if (p) {
      rss += p.rssKb;
      pss += pssKb(pid);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssMb: rss / 1024, pssMb: pss / 1024 };
}

/** Samples the tree every `ms` until stopped; returns the peaks in MB. */
export function samplePeak(ms = 100, root = process.pid): () => TreeMemory {
  const peak = { rssMb: 0, pssMb: 0 };
  const take = () => {
    const m = treeMemory(root);
    peak.rssMb = Math.max(peak.rssMb, m.rssMb);
    peak.pssMb = Math.max(peak.pssMb, m.pssMb);
  };
  take();
  const timer = setInterval(take, ms);
  return () => {
    clearInterval(timer);
    take();
    return { rssMb: Math.round(peak.rssMb), pssMb: Math.round(peak.pssMb) };
  };
}
