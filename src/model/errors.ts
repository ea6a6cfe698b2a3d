/**
 * Errors a user can act on. They print as one line each (`file:line: field: what is wrong`),
 * never as a stack trace; the CLI exits 1 on them.
 */

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
