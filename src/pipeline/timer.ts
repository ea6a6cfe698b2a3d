/** Wall-clock timings per stage, in milliseconds, for build.json and the bench. */
import type { StageName } from "../contract/stage.js";

/** What build.json times: loading and checking the issue, then each stage that ran. */
export type TimedStep = "load" | StageName;

export class Timings {
  readonly ms: Partial<Record<TimedStep, number>> = {};
  async time<T>(name: TimedStep, fn: () => Promise<T> | T): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.ms[name] = Math.round(performance.now() - t0);
    }
  }
}
