/**
 * folio's failures by class, so the CLI tells them apart with `instanceof` (src/cli/report.ts):
 *  - FolioError (and ValidationError, PreflightFailed): the input's fault, something an editor can
 *    fix. It prints as one line per problem (`file:line: field: what is wrong`), never as a stack
 *    trace; exit 1.
 *  - SetupError: the machine folio runs on lacks something or is set up wrong (Chromium, a font, a
 *    FOLIO_* variable); exit 2.
 *  - InternalError: folio's own fault or an impossible state (a stage's output missing, a layout
 *    that does not match its plan, a tool's output folio cannot read); exit 2.
 *  - Interrupted: the build was stopped by SIGINT / SIGTERM; exit 130 / 143.
 * Imports nothing from src/ outside the contract.
 */
import type { PreflightFacts } from "./build-facts.js";

export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** Base class for every error that is the input's fault, not the program's. */
export class FolioError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem, message?: string) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(message ?? list.map(formatProblem).join("\n"));
    this.name = "FolioError";
    this.problems = list;
  }
}

/** Several validation problems found at once. */
export class ValidationError extends FolioError {
  constructor(problems: Problem[]) {
    super(problems);
    this.name = "ValidationError";
  }
}

/** Collects problems while reading, then throws them all at once. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(p: Problem): void {
    this.items.push(p);
  }
  get size(): number {
    return this.items.length;
  }
  throwIfAny(): void {
    if (this.items.length) throw new ValidationError(this.items);
  }
}

/** folio's own fault or a state that cannot happen: a bug to report, not an input to fix. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InternalError";
  }
}

/** What folio needs from the machine is missing or set up wrong (a browser, a font, an environment variable). */
export class SetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SetupError";
  }
}

/**
 * The reason a build's AbortSignal carries when SIGINT or SIGTERM stops it. Its name is the
 * platform's "AbortError", which aborted Node and library calls carry too.
 */
export class Interrupted extends Error {
  constructor(message = "interrupted") {
    super(message);
    this.name = "AbortError";
  }
}

/** What a failed preflight says about itself: the results and the pages by their printed names. */
export interface PreflightOutcome {
  pageNames: string[];
  results: { check: string; status: "pass" | "warn" | "fail"; page?: number; message: string }[];
}

/**
 * Thrown by the handoff after the press PDF and preflight.json/.html are written, when any check
 * failed. The build recognises it with `instanceof`, keeps the report and exits 1 naming it.
 */
export class PreflightFailed<R extends PreflightOutcome = PreflightOutcome> extends FolioError {
  override readonly name = "PreflightFailed";
  constructor(
    readonly report: R,
    readonly reportFiles: { json: string; html: string },
    /** What build.json's facts.preflight keeps of it. */
    readonly facts: { preflight: PreflightFacts },
  ) {
    const failed = report.results.filter((r) => r.status === "fail");
    const where = (r: PreflightOutcome["results"][number]) =>
      r.page ? ` ${report.pageNames[r.page - 1] ?? `PDF page ${r.page}`}` : "";
    const message =
      `preflight: ${failed.length} check(s) failed (see ${reportFiles.html}): ` +
      failed
        .slice(0, 5)
        .map((r) => `${r.check}${where(r)}: ${r.message}`)
        .join("; ");
    super({ file: reportFiles.html, message }, message);
  }
}
