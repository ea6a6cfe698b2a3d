/**
 * Counts sharp work so tests (and the build's facts) can see it: `pipelines` full decodes/encodes,
 * `metadata` header reads, and the most pipelines that ever ran at once. Module-level by default;
 * pass your own ImageStats in the options to isolate a test.
 */
export interface ImageStats {
  pipelines: number;
  metadata: number;
  active: number;
  maxActive: number;
}

export function newImageStats(): ImageStats {
  return { pipelines: 0, metadata: 0, active: 0, maxActive: 0 };
}

/** Process-wide counters (used when no stats object is passed). */
export const imageStats: ImageStats = newImageStats();

export function resetImageStats(stats: ImageStats = imageStats): void {
  Object.assign(stats, newImageStats());
}

/** Run one piece of sharp work, counted. */
export async function counted<T>(
  stats: ImageStats,
  kind: "pipelines" | "metadata",
  work: () => Promise<T>,
): Promise<T> {
  stats[kind]++;
  stats.active++;
  stats.maxActive = Math.max(stats.maxActive, stats.active);
  try {
    return await work();
  } finally {
    stats.active--;
  }
}
