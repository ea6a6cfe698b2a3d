/**
 * The layout editor's tools, in column-lines (one line of one column): what a plan adds over the
 * smallest setting, how much the tools can add at most, and a plan adding about a given amount, the
 * tools taken in the order an art director reaches for them. Pure.
 */
import { InternalError } from "../contract/errors.js";
import { figureCost, figureRange, type FigureRange } from "./figures.js";
import type { FigureMeasure, RunMeasure } from "./measure.js";
import { emptyPlan, MAX_TRACKING_EM, type RunPlan } from "./plan.js";
import { DEFAULT_SPACING, highest, lowest, stepAtMost, type Spacing } from "./spacing.js";

/** Column-lines a pull quote takes (two or three lines of 12 pt, rules, the line above and below). */
export const PULL_QUOTE_LINES = 5;
/** Head space: the lowest of the designed title spacings (magazine.yaml type.spacing) by default. */
export const MIN_HEAD_SPACE = lowest(DEFAULT_SPACING.title);
/** Head space never takes more than a sixth of a column, whatever step the set has. */
const MAX_HEAD_SHARE = 1 / 6;
/** Pull quotes per page of a run, at most. */
const PULL_QUOTES_PER_PAGE = 1;
/** Lines of text an opening page keeps under its head and wide photo, at least. */
const OPENER_TEXT_LINES = 8;

export interface ToolContext {
  /** Sentences available for pull quotes in the run's articles. */
  pullQuoteCandidates: number;
  /** Subheads (h2, h3) in the run's articles. */
  subheads: number;
  /** False for a cursive script (Arabic, Mongolian): tracking breaks its joins, so it is no tool there. */
  tracking?: boolean;
  /** The designed spacings the head and subhead space take (default: DEFAULT_SPACING). */
  spacing?: Spacing;
}

/** The steps of the title and subhead spacing a run may take. */
export const titleSteps = (ctx: ToolContext, m: RunMeasure): number[] =>
  (ctx.spacing ?? DEFAULT_SPACING).title.filter((v) => v <= 0 || v <= Math.floor(m.linesPerColumn * MAX_HEAD_SHARE));
export const subheadSteps = (ctx: ToolContext): number[] => (ctx.spacing ?? DEFAULT_SPACING).subhead;
/** The pull quote and photo sets start at 0, the design's own space (magazine.yaml refuses a step below it). */
export const pullQuoteSteps = (ctx: ToolContext): number[] => (ctx.spacing ?? DEFAULT_SPACING).pullQuote;
export const photoSteps = (ctx: ToolContext): number[] => (ctx.spacing ?? DEFAULT_SPACING).photo;
/** Photos the photo spacing applies to: those in the columns (not the wide photo opening an article). */
export const columnPhotos = (plan: RunPlan, figs: Figure[]): number =>
  figs.filter((f) => !(plan.figures[f.m.id]?.wide ?? f.m.wide)).length;

export interface Figure {
  m: FigureMeasure;
  column?: FigureRange;
  wide?: FigureRange;
}

export const figuresOf = (m: RunMeasure, gridMm: number): Figure[] =>
  m.figures.map((f) => ({
    m: f,
    column: figureRange(f, false, gridMm, m.linesPerColumn),
    wide: m.columns > 1 ? figureRange(f, true, gridMm, m.linesPerColumn) : undefined,
  }));

export const maxHead = (m: RunMeasure, ctx: ToolContext): number => highest(titleSteps(ctx, m));
export const runts = (m: RunMeasure) => m.paragraphs.filter((p) => p.lines >= 2 && p.lastChars <= 2);
const nearlyFull = (m: RunMeasure) => m.paragraphs.filter((p) => p.lines >= 2 && p.lastChars >= m.charsPerLine - 1);
const firstWide = (figs: Figure[]) => figs.findIndex((f) => f.wide);
/** A figure with a column size (the ones the tools size). */
type SizedFigure = Figure & { column: FigureRange };
const isSized = (f: Figure): f is SizedFigure => Boolean(f.column);
/** The wide range of a figure the plan sets wide (only a figure with one is). */
const wideRange = (f: Figure): FigureRange => {
  if (!f.wide) throw new InternalError(`figure ${f.m.id} set wide without a wide range`);
  return f.wide;
};

/** Lines a figure adds over its smallest column size. */
function figureExtra(f: Figure, plan: RunPlan, columns: number): number {
  const p = plan.figures[f.m.id];
  const min = f.column?.min ?? 0;
  return Math.max(0, (p ? figureCost(p.lines, p.wide, columns) : figureCost(f.m.lines, f.m.wide, columns)) - min);
}

/** Column-lines the plan's tools add over the smallest setting (an estimate the next pass corrects). */
export function toolLines(plan: RunPlan, m: RunMeasure, figs: Figure[], ctx: ToolContext): number {
  const loose = Object.values(plan.tracking).filter((t) => t > 0).length;
  return (
    figs.reduce((s, f) => s + figureExtra(f, plan, m.columns), 0) +
    (plan.headSpace - lowest(titleSteps(ctx, m))) * m.columns +
    ((plan.subheadSpace ?? 0) - lowest(subheadSteps(ctx))) * ctx.subheads +
    plan.pullQuotes * (PULL_QUOTE_LINES + (plan.pullQuoteSpace ?? 0)) +
    (plan.photoSpace ?? 0) * columnPhotos(plan, figs) +
    loose
  );
}

/** Paragraphs looser tracking can lengthen by a line: those already tracked (tracking changed the
 * last line they were chosen by), then those whose last line is full. */
function loosenable(m: RunMeasure, current?: RunPlan): string[] {
  const tracked = Object.entries(current?.tracking ?? {})
    .filter(([id, t]) => t > 0 && !current?.runtFixes?.includes(id))
    .map(([id]) => id);
  return [
    ...tracked,
    ...nearlyFull(m)
      .map((p) => p.id)
      .filter((id) => !tracked.includes(id)),
  ];
}

const pullQuoteMax = (ctx: ToolContext, pages: number) =>
  Math.min(ctx.pullQuoteCandidates, PULL_QUOTES_PER_PAGE * pages);

/** The most column-lines the tools can add (for choosing how many pages to fill). */
export function toolCapacity(m: RunMeasure, figs: Figure[], ctx: ToolContext, pages: number, current: RunPlan): number {
  const grow = figs.reduce((s, f, i) => {
    const col = f.column ? f.column.max - f.column.min : 0;
    const wide =
      i === firstWide(figs) && f.wide ? Math.min(f.wide.max, openerRoom(m)) * m.columns - (f.column?.min ?? 0) : 0;
    return s + Math.max(col, wide);
  }, 0);
  return (
    grow +
    (maxHead(m, ctx) - lowest(titleSteps(ctx, m))) * m.columns +
    (highest(subheadSteps(ctx)) - lowest(subheadSteps(ctx))) * ctx.subheads +
    pullQuoteMax(ctx, pages) * (PULL_QUOTE_LINES + highest(pullQuoteSteps(ctx))) +
    highest(photoSteps(ctx)) * columnPhotos(current, figs) +
    loosenable(m, current).length
  );
}

/** Lines a wide opening photo may take: the opening page keeps its head and some text. */
const openerRoom = (m: RunMeasure, headSpace = 0) =>
  m.linesPerColumn - (m.headLines ?? 0) - Math.max(0, headSpace) - OPENER_TEXT_LINES;

/** Sizes and tools adding about `lines` column-lines to the smallest setting. */
export function distribute(
  lines: number,
  m: RunMeasure,
  figs: Figure[],
  ctx: ToolContext,
  pages: number,
  current?: RunPlan,
): RunPlan {
  const plan = emptyPlan();
  let left = Math.max(0, Math.floor(lines));
  const cols = m.columns;
  const sized = figs.filter(isSized);
  const heads = titleSteps(ctx, m);
  const subs = subheadSteps(ctx);
  // Head and subhead space move from step to step of the designed set, never in between.
  const addHead = (max: number) => {
    const to = stepAtMost(heads, Math.min(max, plan.headSpace + Math.floor(left / cols)));
    if (to <= plan.headSpace) return;
    left -= (to - plan.headSpace) * cols;
    plan.headSpace = to;
  };
  const addPullQuotes = (max: number) => {
    while (plan.pullQuotes < Math.min(max, pullQuoteMax(ctx, pages)) && left >= PULL_QUOTE_LINES) {
      plan.pullQuotes++;
      left -= PULL_QUOTE_LINES;
    }
  };
  // The space above `count` subheads, pull quotes or photos: up a step of its set, never past `max`.
  const addSpace = (
    key: "subheadSpace" | "pullQuoteSpace" | "photoSpace",
    steps: number[],
    count: number,
    max = Number.POSITIVE_INFINITY,
  ) => {
    if (!count) return;
    const now = plan[key] ?? 0;
    const to = stepAtMost(steps, Math.min(max, now + Math.floor(left / count)));
    if (to <= now) return;
    left -= (to - now) * count;
    plan[key] = to;
  };
  const addSubheadSpace = (max: number) => addSpace("subheadSpace", subs, ctx.subheads, max);
  // 0. Head and subheads as designed (their space is taken in only when the copy is over).
  plan.headSpace = lowest(heads);
  addHead(0);
  if (ctx.subheads && lowest(subs) < 0) plan.subheadSpace = lowest(subs);
  addSubheadSpace(0);
  if (plan.subheadSpace === 0) delete plan.subheadSpace;
  for (const f of sized) plan.figures[f.m.id] = { lines: f.column.min, wide: false };
  // 1. Photos up to their natural size, evenly.
  const gaps = sized.map((f) => f.column.natural - f.column.min);
  const sumGaps = gaps.reduce((a, b) => a + b, 0);
  sized.forEach((f, i) => {
    const give = sumGaps <= left ? gaps[i] : Math.floor((gaps[i] * left) / Math.max(1, sumGaps));
    plan.figures[f.m.id].lines += give;
    left -= give;
  });
  // 2. A wide opening photo, when there is room for one.
  const w = firstWide(figs);
  if (w >= 0) {
    const f = figs[w];
    const wide = wideRange(f);
    const now = plan.figures[f.m.id]?.lines ?? 0;
    const lines = Math.min(wide.max, openerRoom(m), Math.floor((left + now) / cols));
    if (lines >= wide.min) {
      plan.figures[f.m.id] = { lines, wide: true };
      left -= lines * cols - now;
    }
  }
  // 3. A pull quote on each page after the first; a little space around the head and subheads.
  addPullQuotes(pages - 1);
  addHead(Math.ceil(maxHead(m, ctx) / 2));
  addSubheadSpace(1);
  // 4. Photos up to their largest size (a wide one as far as its page allows).
  for (const f of sized) {
    const p = plan.figures[f.m.id];
    if (left <= 0) break;
    const give = p.wide
      ? Math.min(Math.floor(left / cols), Math.min(wideRange(f).max, openerRoom(m, plan.headSpace)) - p.lines)
      : Math.min(left, f.column.max - p.lines);
    p.lines += Math.max(0, give);
    left -= Math.max(0, p.wide ? give * cols : give);
  }
  // 5. More pull quotes, more space around heads, then tracking on paragraphs whose last line is full.
  addPullQuotes(PULL_QUOTES_PER_PAGE * pages);
  addHead(maxHead(m, ctx));
  addSubheadSpace(highest(subs));
  for (const id of ctx.tracking === false ? [] : loosenable(m, current)) {
    if (left <= 0) break;
    plan.tracking[id] = MAX_TRACKING_EM;
    left--;
  }
  // 6. A designed step more above the pull quotes, then above the photos in the columns.
  addSpace("pullQuoteSpace", pullQuoteSteps(ctx), plan.pullQuotes);
  addSpace("photoSpace", photoSteps(ctx), columnPhotos(plan, figs));
  return plan;
}
