/** Wall-clock timings per stage, in milliseconds, for build.json and the bench. */
export class Timings {
  readonly ms: Record<string, number> = {};
  async time<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.ms[name] = Math.round(performance.now() - t0);
    }
  }
}
