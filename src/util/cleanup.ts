/**
 * Cleanup registry: everything that must not outlive a build (Chromium, temp folders) registers a
 * closer here. Closers run once, newest first, on success, on error, and on SIGINT/SIGTERM.
 */
type Closer = () => unknown;

const closers = new Map<number, { label: string; close: Closer }>();
let nextId = 1;
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void runCleanup().finally(() => process.kill(process.pid, signal));
    });
  }
}

/** Register a closer; returns a function that runs it now and unregisters it. */
export function registerCleanup(label: string, close: Closer): () => Promise<void> {
  hookSignals();
  const id = nextId++;
  closers.set(id, { label, close });
  return async () => {
    const entry = closers.get(id);
    if (!entry) return;
    closers.delete(id);
    await entry.close();
  };
}

/** Run every registered closer (newest first); errors are collected, not thrown. */
export async function runCleanup(): Promise<string[]> {
  const failures: string[] = [];
  const entries = [...closers.entries()].reverse();
  closers.clear();
  for (const [, { label, close }] of entries) {
    try {
      await close();
    } catch (error) {
      failures.push(`${label}: ${(error as Error).message}`);
    }
  }
  return failures;
}

/** Number of closers still registered (for tests). */
export function pendingCleanups(): number {
  return closers.size;
}

export class StageTimeoutError extends Error {
  constructor(
    readonly stage: string,
    readonly ms: number,
  ) {
    super(`${stage} timed out after ${Math.round(ms / 1000)} s`);
    this.name = "StageTimeoutError";
  }
}

/**
 * Race `work` against a timer that names the stage. On timeout, `onTimeout` runs (e.g. kill the
 * browser) before the error is thrown.
 */
export async function withTimeout<T>(
  stage: string,
  ms: number,
  work: Promise<T>,
  onTimeout?: () => unknown,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void Promise.resolve(onTimeout?.()).finally(() => reject(new StageTimeoutError(stage, ms)));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
