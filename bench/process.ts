/** Runs folio as a user does (a fresh `node bin/folio.js` process) and measures it. */
import { spawn } from "node:child_process";
import path from "node:path";
import { treeRssMb } from "./rss.js";

const BIN = path.resolve(import.meta.dirname, "../bin/folio.js");

export interface Run {
  ms: number;
  /** Peak resident memory of the process and all its children (Chromium, gs…), sampled every 100 ms. */
  peakMb: number;
  code: number | null;
  stderr: string;
}

export function runFolio(args: string[], env: NodeJS.ProcessEnv, sampleMs = 100): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  const sample = () => child.pid !== undefined && (peak = Math.max(peak, treeRssMb(child.pid)));
  const timer = setInterval(sample, sampleMs);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - t0, peakMb: Math.round(peak), code, stderr });
    });
  });
}

/** Like runFolio, but a non-zero exit is an error naming the command. */
export async function mustRun(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const r = await runFolio(args, env);
  if (r.code !== 0) throw new Error(`folio ${args.join(" ")} exited ${r.code}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  return r;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
