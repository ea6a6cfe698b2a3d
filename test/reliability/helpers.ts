/**
 * Helpers for the reliability suite: run the CLI as a child process (optionally in a private TMPDIR
 * so the Chromium profiles it creates are recognisable), hash output folders, find leftover processes.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const BIN = path.resolve(import.meta.dirname, "../../bin/folio.js");
export const REPO = path.resolve(import.meta.dirname, "../..");

const temps: string[] = [];
process.on("exit", () => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = "folio-rel-"): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs `folio args…` to completion (synchronously: cheap commands only). */
export function folio(args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, env: { ...process.env, ...env } });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

export interface RunningCli {
  child: ChildProcess;
  /** Resolves when stdout has printed a line matching `re`. */
  waitFor(re: RegExp, ms?: number): Promise<void>;
  done: Promise<CliResult>;
}

const running = new Set<RunningCli>();

/** Stops (SIGTERM) every CLI child this file started that is still running; for afterEach. */
export async function stopAll(): Promise<void> {
  for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGTERM");
  await Promise.all([...running].map((r) => r.done));
  running.clear();
}

/** Starts `folio args…` asynchronously (builds). */
export function startFolio(args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    out += d;
    for (const w of [...waiters]) {
      if (!w.re.test(out)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, out, err })),
  );
  const run: RunningCli = {
    child,
    done,
    waitFor(re, ms = 120_000) {
      if (re.test(out)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const t = setTimeout(
          () =>
            reject(new Error(`timed out waiting for ${re} (stdout: ${out.slice(-500)}; stderr: ${err.slice(-500)})`)),
          ms,
        );
        waiters.push({
          re,
          resolve: () => {
            clearTimeout(t);
            resolve();
          },
        });
        void done.then(() => reject(new Error(`folio exited before ${re}: ${out.slice(-500)} ${err.slice(-500)}`)));
      });
    },
  };
  running.add(run);
  void done.then(() => running.delete(run));
  return run;
}

/** Runs `folio args…` to completion asynchronously. */
export function runFolio(args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO): Promise<CliResult> {
  return startFolio(args, env, cwd).done;
}

/** SHA-256 of every file under `dir`, keyed by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/**
 * A previous "good" output of issue `id` under `out` (a few files and a sub-folder are enough to prove
 * a failed or killed build touches nothing): returns its hashTree.
 */
export function previousOutput(out: string, id: string): Record<string, string> {
  const prev = path.join(out, id);
  mkdirSync(path.join(prev, "thumbnails"), { recursive: true });
  writeFileSync(path.join(prev, "build.json"), `${JSON.stringify({ issue: { id }, files: [] })}\n`);
  writeFileSync(path.join(prev, `${id}-screen.pdf`), "%PDF-1.7\n% the last good build\n");
  writeFileSync(path.join(prev, "thumbnails", "page-001.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 9, 8, 7]));
  return hashTree(prev);
}

/** Live processes whose command line contains `needle` (pid and command line). */
export function processesMentioning(needle: string): { pid: number; cmd: string }[] {
  const found: { pid: number; cmd: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      continue; // gone
    }
    if (cmd.includes(needle)) found.push({ pid: Number(entry), cmd: cmd.slice(0, 200) });
  }
  return found;
}

/**
 * A private TMPDIR for one CLI run: every Chromium that build starts gets its profile
 * (`--user-data-dir=<tmp>/folio-chromium-…`) inside it, so its processes can be told apart from
 * other builds on the machine.
 */
export function privateTmp(): {
  env: NodeJS.ProcessEnv;
  dir: string;
  chromium: () => { pid: number; cmd: string }[];
  profiles: () => string[];
} {
  const dir = tempDir("folio-rel-tmp-");
  return {
    dir,
    env: { TMPDIR: dir },
    chromium: () => processesMentioning(path.join(dir, "folio-chromium-")),
    profiles: () => readdirSync(dir).filter((n) => n.startsWith("folio-chromium-")),
  };
}

/** Waits until no process mentions the private TMPDIR's Chromium profiles (up to `ms`), then returns what is left. */
export async function survivors(
  tmp: ReturnType<typeof privateTmp>,
  ms = 3000,
): Promise<{ pid: number; cmd: string }[]> {
  const end = Date.now() + ms;
  let left = tmp.chromium();
  while (left.length && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    left = tmp.chromium();
  }
  return left;
}

/** A stack-trace line as Node prints them. */
export const STACK = /\n\s+at /;

/**
 * Drops the mini issue's planned pages, so the print stage lays out once without the flatplan
 * fitter (faster; the fitter is not what these tests are about).
 */
export function withoutFlatplan(m: { edit: (rel: string, fn: (s: string) => string) => void }): void {
  m.edit("2099-01/issue.yaml", (s) => s.replace("{ id: p001-editorial, page: 1 }", "{ id: p001-editorial }"));
  m.edit("2099-01/articles/p002-news.md", (s) => s.replace(/^page: \d+\n/m, ""));
}
