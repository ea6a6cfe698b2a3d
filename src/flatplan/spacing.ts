/**
 * The designed spacings: the few values (in grid lines added to the space the design gives, 0 = as
 * designed, negative = taken in) that the space above a run's title and above its subheads may take
 * (magazine.yaml `type.spacing`). The fitter chooses among them, never in between. Pure.
 */

import { DEFAULT_SPACING } from "../model/designed-spacing.js";
import type { Spacing } from "../model/types.js";

export type { Spacing };
export { DEFAULT_SPACING };

export const lowest = (steps: number[]): number => steps[0] ?? 0;
export const highest = (steps: number[]): number => steps[steps.length - 1] ?? 0;

/** The largest step not above `lines` (the lowest step when every step is). */
export function stepAtMost(steps: number[], lines: number): number {
  let s = lowest(steps);
  for (const v of steps) if (v <= lines) s = v;
  return s;
}

/** The step one below `value` (undefined at the lowest). */
export function stepBelow(steps: number[], value: number): number | undefined {
  const below = steps.filter((v) => v < value);
  return below.length ? below[below.length - 1] : undefined;
}

/** "step 3 of 4 (+3)": which of the set a block got, for the fit report. */
export function stepName(steps: number[], value: number): string {
  const i = steps.indexOf(value);
  const signed = value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0";
  return i < 0 ? `${signed} (off the set)` : `step ${i + 1} of ${steps.length} (${signed})`;
}
