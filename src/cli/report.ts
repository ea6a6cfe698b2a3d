/** How the CLI speaks: one line per problem, no stack traces unless --debug; documented exit codes. */
import { FolioError, Interrupted, formatProblem } from "../contract/errors.js";
import { missingToolIn } from "../util/tool-errors.js";

export const EXIT = { ok: 0, input: 1, internal: 2, interrupted: 130 } as const;

/**
 * FolioError (an editor can fix it) → 1; Interrupted, or an abort a library reports as AbortError → 130;
 * anything else (InternalError, SetupError, a missing tool, a bug) → 2.
 */
export function reportError(e: unknown, debug: boolean): number {
  if (e instanceof FolioError) {
    for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
    if (e.problems.length > 1) process.stderr.write(`${e.problems.length} problems\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return EXIT.input;
  }
  const err = e as Error;
  if (e instanceof Interrupted || err?.name === "AbortError") {
    process.stderr.write("folio: interrupted\n");
    return EXIT.interrupted;
  }
  // A system tool that is not installed: the one line naming its package is the whole story.
  const missing = missingToolIn(e);
  if (missing) {
    process.stderr.write(`folio: ${missing.message}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
  process.stderr.write(`folio: ${err?.message ?? String(e)}\n`);
  if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write("(run again with --debug for details)\n");
  return EXIT.internal;
}
