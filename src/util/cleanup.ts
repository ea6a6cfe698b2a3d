/**
 * Cleanup registry: everything that must not outlive a build (Chromium, temp folders) registers a
 * closer here. Closers run once, newest first, on success, on error, and on SIGINT/SIGTERM.
 */
type Closer = () => unknown;

const closers = new Map<number, { label: string; close: Closer }>();
/** Closers already started through their unregister function (e.g. on abort), not yet finished. */
const inflight = new Set<Promise<unknown>>();
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
    // Tracked so that a signal arriving meanwhile waits for it before the process exits.
    const closing = Promise.resolve().then(entry.close);
    inflight.add(closing);
    try {
      await closing;
    } finally {
      inflight.delete(closing);
    }
  };
}

/**
 * Run every registered closer (newest first), and wait for closers already running (a browser
 * being closed because the build was aborted); errors are collected, not thrown.
 */
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
  await Promise.allSettled([...inflight]);
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
    super(`${stage} timed out after ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`);
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
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      void Promise.resolve(onTimeout?.()).finally(() => reject(new StageTimeoutError(stage, ms)));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    // onTimeout (closing the browser) makes `work` fail first, with a less useful error: name the stage.
    if (timedOut) throw new StageTimeoutError(stage, ms);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
