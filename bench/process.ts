/** Runs folio as a user does (a fresh `node bin/folio.js` process) and measures it. */
import { spawn } from "node:child_process";
import path from "node:path";
import { samplePeak } from "./rss.js";

const BIN = path.resolve(import.meta.dirname, "../bin/folio.js");

export interface Run {
  ms: number;
  /** Peak memory of the process and all its children (Chromium, gs…), sampled every 100 ms: RSS sum. */
  peakMb: number;
  /** The same peak as proportional set size (shared pages divided among their processes). */
  peakPssMb: number;
  code: number | null;
  stderr: string;
}

export function runFolio(args: string[], env: NodeJS.ProcessEnv, sampleMs = 100): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const stop = samplePeak(sampleMs, child.pid);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const peak = stop();
      resolve({ ms: performance.now() - t0, peakMb: peak.rssMb, peakPssMb: peak.pssMb, code, stderr });
    });
  });
}

/** Like runFolio, but a non-zero exit is an error naming the command. */
export async function mustRun(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const r = await runFolio(args, env);
  if (r.code !== 0)
    throw new Error(`folio ${args.join(" ")} exited ${r.code}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  return r;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
