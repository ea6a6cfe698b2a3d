/**
 * Absorbing a small overage as a layout person does: a run over its pages by two lines or less is
 * never refused for it. In order: a designed spacing one step down (title, subheads, pull quotes,
 * photos in the columns), tighter
 * tracking (−0.02 em, Chinese only) on the ends of paragraphs whose last line is short enough to be
 * pulled up (a line saved each), a photo cropped a line shorter within its limits. Plan only: the
 * next layout measures whether it was enough. Pure.
 */
import type { RunMeasure } from "./measure.js";
import { MAX_TRACKING_EM, type RunPlan } from "./plan.js";
import { stepBelow } from "./spacing.js";
import {
  columnPhotos,
  photoSteps,
  pullQuoteSteps,
  subheadSteps,
  titleSteps,
  type Figure,
  type ToolContext,
} from "./tools.js";

/** Column-lines over that the layout absorbs. */
export const ABSORBED_LINES = 2;

/** A paragraph whose end tracking can pull its last line up: the tail lines to track, and the margin. */
export interface TailCut {
  id: string;
  /** Last lines of the paragraph tracked (the short last line included). */
  lines: number;
  /** Characters the tracked lines are estimated to pull up beyond the last line's own. */
  margin: number;
}

/** Characters one line pulls up under −0.02 em (a Chinese line of `charsPerLine` characters). */
const perLine = (charsPerLine: number) => charsPerLine * MAX_TRACKING_EM;

/** Paragraphs whose short last line tighter tracking on the lines before it can pull up, surest first. */
export function tailCuts(m: RunMeasure, plan: RunPlan): TailCut[] {
  const g = perLine(m.charsPerLine);
  if (g <= 0) return [];
  return m.paragraphs
    .filter((p) => p.lines >= 2 && p.lastChars > 0 && !(plan.tracking[p.id] < 0))
    .flatMap((p) => {
      // The last line's characters and half a character more must fit into the lines before it.
      const before = Math.ceil((p.lastChars + 0.5) / g);
      if (before > p.lines - 1) return [];
      return [{ id: p.id, lines: before + 1, margin: (p.lines - 1) * g - p.lastChars }];
    })
    .sort((a, b) => a.lines - b.lines || b.margin - a.margin || (a.id < b.id ? -1 : 1));
}

export interface Absorption {
  plan: RunPlan;
  /** Column-lines the moves are estimated to save. */
  saves: number;
  /** The moves, in the layout person's words (for the log and the fit report). */
  moves: string[];
}

/** The moves for a run `over` column-lines past its pages (≤ ABSORBED_LINES); undefined when none is left. */
export function absorb(
  plan: RunPlan,
  m: RunMeasure,
  figs: Figure[],
  ctx: ToolContext,
  over: number,
): Absorption | undefined {
  if (over <= 0 || over > ABSORBED_LINES) return undefined;
  const need = Math.ceil(over);
  const next: RunPlan = structuredClone(plan);
  const moves: string[] = [];
  let saves = 0;
  const cols = Math.max(1, m.columns);
  // 1. A designed spacing one step down: the title's, the subheads', the pull quotes', the photos'.
  const title = stepBelow(titleSteps(ctx, m), plan.headSpace);
  if (title !== undefined) {
    saves += (plan.headSpace - title) * cols;
    next.headSpace = title;
    moves.push(`title space ${title}`);
  }
  const sub = ctx.subheads ? stepBelow(subheadSteps(ctx), plan.subheadSpace ?? 0) : undefined;
  if (saves < need && sub !== undefined) {
    saves += ((plan.subheadSpace ?? 0) - sub) * ctx.subheads;
    next.subheadSpace = sub;
    moves.push(`subhead space ${sub}`);
  }
  for (const [key, steps, count, name] of [
    ["pullQuoteSpace", pullQuoteSteps(ctx), plan.pullQuotes, "pull quote"],
    ["photoSpace", photoSteps(ctx), columnPhotos(plan, figs), "photo"],
  ] as const) {
    const below = count ? stepBelow(steps, plan[key] ?? 0) : undefined;
    if (saves >= need || below === undefined) continue;
    saves += ((plan[key] ?? 0) - below) * count;
    if (below) next[key] = below;
    else delete next[key];
    moves.push(`${name} space ${below}`);
  }
  // 2. Paragraph ends tracked tighter, one line saved each (one spare: the estimate can miss).
  if (ctx.tracking !== false) {
    const cuts = tailCuts(m, plan);
    for (const c of cuts) {
      if (saves >= need + 1) break;
      next.tracking[c.id] = -MAX_TRACKING_EM;
      next.trackLines = { ...next.trackLines, [c.id]: c.lines };
      saves++;
      moves.push(`tracking −0.02 em on the last ${c.lines} lines of ${c.id}`);
    }
  }
  // 3. A photo cropped a line shorter, within its limits.
  for (const f of figs) {
    if (saves >= need) break;
    const p = next.figures[f.m.id];
    const min = (p?.wide ? f.wide?.min : f.column?.min) ?? Infinity;
    if (p && p.lines - 1 >= min) {
      p.lines--;
      saves += p.wide ? cols : 1;
      moves.push(`photo ${f.m.id} cropped to ${p.lines} lines`);
    }
  }
  return moves.length ? { plan: next, saves, moves } : undefined;
}

/** The tracking an absorption set stays in the plans after it (only the pass that set it knew why). */
export function keepAbsorbed(from: RunPlan, next: RunPlan): RunPlan {
  for (const [id, lines] of Object.entries(from.trackLines ?? {})) {
    next.tracking[id] = from.tracking[id] ?? -MAX_TRACKING_EM;
    next.trackLines = { ...next.trackLines, [id]: lines };
  }
  return next;
}
