/** Runs the command-line tools of the handoff (gs, qpdf, poppler, zbarimg) with timing and abort. */
import { execFile } from "node:child_process";

export interface RunResult {
  stdout: string;
  stderr: string;
  ms: number;
}

export class ToolError extends Error {
  constructor(
    readonly tool: string,
    readonly args: string[],
    readonly stderr: string,
    cause?: unknown,
  ) {
    super(`${tool} failed: ${stderr.trim().split("\n").slice(-5).join(" | ") || String(cause)}`, { cause });
  }
}

/** Runs a tool; rejects with ToolError (stderr tail) on non-zero exit, timeout or abort. */
export function run(
  tool: string,
  args: string[],
  opts: { signal?: AbortSignal; timeoutMs?: number; okCodes?: number[]; cwd?: string } = {},
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      tool,
      args,
      { signal: opts.signal, timeout: opts.timeoutMs ?? 300_000, maxBuffer: 64 * 1024 * 1024, encoding: "utf8", cwd: opts.cwd },
      (err, stdout, stderr) => {
        const ms = Math.round(performance.now() - started);
        const code = err && typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : undefined;
        if (err && !(code !== undefined && opts.okCodes?.includes(code))) reject(new ToolError(tool, args, stderr ?? "", err));
        else resolve({ stdout, stderr, ms });
      },
    );
  });
}
