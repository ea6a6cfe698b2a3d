/** How a command-line tool fails: it ran and failed (ToolError), or it is not installed (MissingToolError). */
import { InternalError, SetupError } from "../contract/errors.js";
import { packageOf } from "./system-tools.js";

/** A tool that ran and failed: folio's side of the work went wrong (exit 2). */
export class ToolError extends InternalError {
  constructor(
    readonly tool: string,
    readonly args: string[],
    readonly stderr: string,
    cause?: unknown,
    /** What the tool printed on stdout before it failed. */
    readonly stdout = "",
  ) {
    super(`${tool} failed: ${stderr.trim().split("\n").slice(-5).join(" | ") || String(cause)}`, { cause });
    this.name = "ToolError";
  }
}

/**
 * A program folio runs (or a file a Debian package ships) is not installed: one line naming it, its
 * package and how to install it (from the table `folio doctor` uses). The CLI prints that line and exits 2.
 */
export class MissingToolError extends SetupError {
  constructor(
    readonly tool: string,
    cause?: unknown,
    readonly pkg = packageOf(tool)?.pkg,
  ) {
    super(missingToolMessage(tool, pkg), { cause });
    this.name = "MissingToolError";
  }
}

export function missingToolMessage(tool: string, pkg = packageOf(tool)?.pkg): string {
  return pkg
    ? `${tool} not found: install the Debian package ${pkg} (apt-get install ${pkg}, or run folio doctor --install)`
    : `${tool} not found: install it, or run folio doctor to see what folio needs`;
}

/** The MissingToolError `e` is or was caused by, if any. */
export function missingToolIn(e: unknown): MissingToolError | undefined {
  for (let x = e, depth = 0; x instanceof Error && depth < 8; x = x.cause, depth++) {
    if (x instanceof MissingToolError) return x;
  }
  return undefined;
}

/** True when a child process could not start because its program is not there. */
export const isNotFound = (err: unknown): boolean => err instanceof Error && "code" in err && err.code === "ENOENT";
