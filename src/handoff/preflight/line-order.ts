/**
 * Which printed line follows which in a column (pure): the nearest line below, of the same size,
 * overlapping it and starting where it starts, ends where it ends or centred on it (a paragraph's
 * first line may be indented, its last line short, a headline centred). Lines of another size below
 * (a caption under the text, a folio) are not its continuation.
 */
import type { PrintedLine } from "./printed-lines.js";

/** The most a line can be below the one it continues, in ems of its size (leading plus a little). */
const MAX_STEP_EM = 2.6;

export function followsIn(a: PrintedLine, b: PrintedLine): boolean {
  const em = a.size;
  const step = b.baseline - a.baseline;
  if (step < 0.6 * em || step > MAX_STEP_EM * em) return false;
  if (Math.abs(a.size - b.size) > 0.15 * em) return false;
  if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) <= 0) return false;
  const centred = Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) < em;
  return Math.abs(a.x0 - b.x0) <= 2.5 * em || Math.abs(a.x1 - b.x1) < em || centred;
}

/** For each line, the index of the line that follows it in its column, or -1 (pure). */
export function nextInColumn(lines: PrintedLine[]): number[] {
  const next = lines.map(() => -1);
  lines.forEach((a, i) => {
    let best = -1;
    lines.forEach((b, j) => {
      if (j === i || !followsIn(a, b)) return;
      const c = lines[best];
      if (best < 0 || b.baseline < c.baseline - 0.5 || (Math.abs(b.baseline - c.baseline) < 0.5 && b.x0 < c.x0))
        best = j;
    });
    next[i] = best;
  });
  // A line continues one line only: when two claim the same line, the nearer one keeps it.
  const claimed = new Map<number, number>();
  next.forEach((j, i) => {
    if (j < 0) return;
    const k = claimed.get(j);
    if (k === undefined) claimed.set(j, i);
    else if (lines[i].baseline > lines[k].baseline) {
      next[k] = -1;
      claimed.set(j, i);
    } else next[i] = -1;
  });
  return next;
}

/** For each line, the index of the line it follows, or -1 (the inverse of nextInColumn). */
export function previousInColumn(next: number[]): number[] {
  const prev = next.map(() => -1);
  next.forEach((j, i) => {
    if (j >= 0) prev[j] = i;
  });
  return prev;
}

/** Visible characters of a line (no white space). */
export const visible = (l: PrintedLine): string => l.text.replace(/\s/g, "");
