/**
 * A run's fit plan: the layout editor's decisions for one run of the flatplan. Body size and leading
 * are never part of it (they are the magazine's one type setting); the tools are photo size and crop,
 * wide or column photos, pull quotes, column count, head space in whole grid lines, tracking of at
 * most ±0.02 em on the last lines of a paragraph, designed spacings above titles, subheads, pull quotes
 * and photos, a continuation on a later page, and (last resort)
 * filler pages. Plain data: the fitter plans it, src/flatplan/apply.ts turns it into print HTML/CSS.
 */

import { DEFAULT_SPACING, stepName, type Spacing } from "./spacing.js";

export interface FigurePlan {
  /** Height of the figure (photo + caption + the line under it) in grid lines. */
  lines: number;
  /** Spans every column (column-span: all) and opens the article (first in its body): a wide photo
   * in the middle of the text would leave the columns above it balanced short. */
  wide: boolean;
}

/** Where an article jumps to a later page (转页): its text from this point is printed there. */
export interface JumpPlan {
  articleId: string;
  /** Printed folio the rest of the article continues on (the article's `continued_on`). */
  toPage: number;
  /** First block (and character offset in it) of the part printed on `toPage`. */
  blockId: string;
  charOffset: number;
}

export interface RunPlan {
  /** Figure (block id) → size. Figures not listed get their natural size. */
  figures: Record<string, FigurePlan>;
  /** Extra grid lines around the head of the run's first article (above the title and under it);
   * negative: the head's own space taken in. */
  headSpace: number;
  /** Extra grid lines above every subhead of the run's articles. */
  subheadSpace?: number;
  /** Extra grid lines above every pull quote of the run (absent: 0, the design's own line). */
  pullQuoteSpace?: number;
  /** Extra grid lines above every photo in the run's columns (absent: 0). */
  photoSpace?: number;
  /** Pull quotes set in the run (sentences of its articles, repeated large). */
  pullQuotes: number;
  /** Article id → column count, where it differs from the design. */
  columns: Record<string, 1 | 2 | 3>;
  /** Paragraph (block id) → tracking in em (±0.02) on its last lines. */
  tracking: Record<string, number>;
  /** Whole pages after the run left for fillers (issue-data fillers first, then 学习笔记). */
  fillerPages: number;
  jump?: JumpPlan;
  /** Paragraph (block id) → last lines its tracking covers, where not the usual three (absorbing an overage). */
  trackLines?: Record<string, number>;
  /** Paragraphs whose last line had one or two characters: their tracking stays. */
  runtFixes?: string[];
  /** Tools tried without a layout that fits (tried once, not again). */
  tried?: string[];
  /** The most column-lines of tools this run takes: learnt when more made it spill past its pages. */
  maxTools?: number;
}

export const MAX_TRACKING_EM = 0.02;

export const emptyPlan = (): RunPlan => ({
  figures: {},
  headSpace: 0,
  pullQuotes: 0,
  columns: {},
  tracking: {},
  fillerPages: 0,
});

/** Stable JSON of a plan (sorted keys): equality, cache. */
export function planKey(p: RunPlan): string {
  const sort = (v: unknown): unknown =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
        )
      : v;
  return JSON.stringify(sort(p));
}

export const samePlan = (a: RunPlan, b: RunPlan): boolean => planKey(a) === planKey(b);

/** What a plan changed from the design, in the layout editor's words (for the fit report). */
export function describePlan(
  p: RunPlan,
  natural: Record<string, number> = {},
  spacing: Spacing = DEFAULT_SPACING,
): string {
  const parts: string[] = [];
  const figs = Object.entries(p.figures);
  const resized = figs.filter(([id, f]) => natural[id] === undefined || f.lines !== natural[id] || f.wide);
  if (resized.length) {
    parts.push(
      `photos ${resized.map(([id, f]) => `${f.wide ? "wide " : ""}${f.lines} lines${natural[id] ? ` (natural ${natural[id]})` : ""}`).join(", ")}`,
    );
  }
  // Which of the designed spacings the title and subheads got (magazine.yaml type.spacing).
  if (p.headSpace) parts.push(`title space ${stepName(spacing.title, p.headSpace)}`);
  if (p.subheadSpace) parts.push(`subhead space ${stepName(spacing.subhead, p.subheadSpace)}`);
  if (p.pullQuoteSpace) parts.push(`pull quote space ${stepName(spacing.pullQuote, p.pullQuoteSpace)}`);
  if (p.photoSpace) parts.push(`photo space ${stepName(spacing.photo, p.photoSpace)}`);
  if (p.pullQuotes) parts.push(`${p.pullQuotes} pull quote${p.pullQuotes > 1 ? "s" : ""}`);
  for (const [id, n] of Object.entries(p.columns)) parts.push(`${id}: ${n} columns`);
  const tracked = Object.values(p.tracking);
  if (tracked.length) {
    const tight = tracked.filter((t) => t < 0).length;
    parts.push(
      `tracking on the last lines of ${tracked.length} paragraph${tracked.length > 1 ? "s" : ""}${tight ? ` (${tight} tighter)` : ""}`,
    );
  }
  if (p.jump) parts.push(`continued on p.${p.jump.toPage}`);
  if (p.fillerPages) parts.push(`${p.fillerPages} filler page${p.fillerPages > 1 ? "s" : ""}`);
  return parts.join(", ") || "as designed";
}
