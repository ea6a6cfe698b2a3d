/**
 * Every child process folio starts (Ghostscript, qpdf, Poppler, zbarimg, Java, colprof, Ace's
 * Node child, apt-get) runs through here: with timing, abort and a timeout; a program that is
 * not installed is a MissingToolError naming its Debian package.
 */
import { type ChildProcess, execFile, spawnSync } from "node:child_process";
import { isNotFound, MissingToolError, ToolError } from "./tool-errors.js";

export { MissingToolError, ToolError } from "./tool-errors.js";

export interface RunResult {
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Milliseconds before the tool is killed (default 300 000; 0: no limit). */
  timeoutMs?: number;
  /** Exit codes that are not a failure. */
  okCodes?: number[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with the started process (to talk to it on its stdin and stdout while it runs). */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs a tool; rejects with ToolError (stderr tail) on non-zero exit, timeout or abort, MissingToolError when it is not installed. */
export function run(tool: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = execFile(
      tool,
      args,
      {
        signal: opts.signal,
        timeout: opts.timeoutMs ?? 300_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: "utf8",
        cwd: opts.cwd,
        env: opts.env,
      },
      (err, stdout, stderr) => {
        const ms = Math.round(performance.now() - started);
        // An exit status is a number; a process that could not start has a string code (ENOENT).
        const status: unknown = err?.code;
        const code = typeof status === "number" ? status : undefined;
        if (err && isNotFound(err)) reject(new MissingToolError(tool, err));
        else if (err && !(code !== undefined && opts.okCodes?.includes(code)))
          reject(new ToolError(tool, args, stderr ?? "", err, stdout ?? ""));
        else resolve({ stdout, stderr, ms });
      },
    );
    opts.onSpawn?.(child);
  });
}

const versions = new Map<string, Promise<string>>();
/** The first line a tool prints for `args` (its version), asked once per process. */
export function toolVersion(tool: string, ...args: string[]): Promise<string> {
  const k = [tool, ...args].join(" ");
  let v = versions.get(k);
  if (!v) {
    v = run(tool, args, { okCodes: [1, 99] }).then(
      (r) => `${tool} ${`${r.stdout}\n${r.stderr}`.trim().split("\n")[0]}`,
    );
    versions.set(k, v);
  }
  return v;
}

/**
 * The same, waiting: for the few tools run before anything else can go on (a version line, apt-get).
 * `stdio: "inherit"` lets the tool print to folio's terminal (stdout and stderr are then empty).
 */
export function runSync(
  tool: string,
  args: string[],
  opts: Omit<RunOptions, "signal"> & { stdio?: "pipe" | "inherit" | "ignore" } = {},
): RunResult {
  const started = performance.now();
  const timeout = opts.timeoutMs ?? 300_000;
  const r = spawnSync(tool, args, {
    stdio: opts.stdio ?? "pipe",
    encoding: "utf8",
    timeout: timeout > 0 ? timeout : undefined,
    maxBuffer: 64 * 1024 * 1024,
    cwd: opts.cwd,
    env: opts.env,
  });
  const stdout = r.stdout ?? "";
  const stderr = r.stderr ?? "";
  if (r.error && isNotFound(r.error)) throw new MissingToolError(tool, r.error);
  if (r.error || (r.status !== 0 && !(r.status !== null && opts.okCodes?.includes(r.status)))) {
    throw new ToolError(tool, args, stderr, r.error ?? `exit status ${r.status ?? r.signal}`, stdout);
  }
  return { stdout, stderr, ms: Math.round(performance.now() - started) };
}

/** True when `command` is a program on PATH (the shell's `command -v`). */
export function onPath(command: string): boolean {
  try {
    runSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore", timeoutMs: 0 });
    return true;
  } catch {
    return false;
  }
}
