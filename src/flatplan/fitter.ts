/**
 * The fitter: from a run's measured layout and its slot in the flatplan, plan the layout editor's
 * tools for the next pass. Pure (plan-then-apply): the driver lays out, measures and applies.
 *
 * Each pass re-plans from the copy alone: the measured length less what the current plan's tools
 * add (`bare`, in column-lines: one line of one column) is set against the slot. When the copy fits,
 * the pages it can fill (whole pages left over become filler pages, never more than are missing)
 * are filled with tools in the order an art director reaches for them (src/flatplan/tools.ts):
 * photos at their natural size, a wide opening photo, a pull quote per page, space around the head
 * and subheads, larger photos, tracking (+0.02 em) on paragraphs whose last line is full. When it
 * does not fit: tools to their minimum, then a continuation on a later page (when the article allows
 * one), then — over by two lines or less — the layout absorbs it (src/flatplan/absorb.ts), then
 * another column count (kept only if it makes the run fit), then tighter tracking (−0.02 em) on
 * paragraphs that end short, and else the run is over: the copyfit report says by how much, with
 * proposals (src/flatplan/proposals.ts). Head and subhead space take only the designed spacings
 * (src/flatplan/spacing.ts). A run that fills its pages keeps its plan.
 */
import { usedLength, type RunMeasure } from "./measure.js";
import { MAX_TRACKING_EM, samePlan, type RunPlan } from "./plan.js";
import { moveCut, type BlockLength } from "./jump.js";
import { absorb, keepAbsorbed } from "./absorb.js";
import { distribute, figuresOf, runts, toolCapacity, toolLines, type ToolContext } from "./tools.js";

export { MIN_HEAD_SPACE, PULL_QUOTE_LINES } from "./tools.js";

/** An article's last page may end short by at most this share of a page. */
export const ACCEPTED_UNDERFILL = 0.25;
/** A page this full (a few lines short at most) counts as full. */
export const FULL_ENOUGH = 0.9;

export interface FitContext extends ToolContext {
  /** Pages the run may use. */
  slot: number;
  /** The grid (body leading) in mm. */
  gridMm: number;
  /** The run's first article may continue on this page when it does not fit (front matter continued_on). */
  jumpTo?: { articleId: string; page: number; blocks: BlockLength[] };
  /** Another column count the run's first article may be set in (2 ↔ 3), tried when it is over. */
  otherColumns?: { articleId: string; columns: 1 | 2 | 3 };
}

export type FitStatus = "fits" | "short" | "over";

export interface FitVerdict {
  /** retry: lay out again with `plan`; settled: the plan stands. */
  status: "retry" | "settled";
  fit: FitStatus;
  plan: RunPlan;
  /** How the fitter saw the run (column-lines): for the log. */
  note?: string;
}

/** The next plan for a run, and whether it fits. */
export function nextFit(plan: RunPlan, m: RunMeasure, ctx: FitContext): FitVerdict {
  const figs = figuresOf(m, ctx.gridMm);
  const cols = Math.max(1, m.columns);
  const page = m.linesPerColumn * cols;
  const slack = cols; // aim one line per column short of full: estimates are not exact
  const used = usedLength(m) * page;
  const bare = Math.max(0, used - toolLines(plan, m, figs, ctx));
  const room = ctx.slot * page;
  // Runts: +0.02 em on the last lines pushes characters down onto the last line; where that does not
  // help (lines with half-width text or punctuation take the push), −0.02 em pulls the last line up.
  // Kept once set.
  const tracks = ctx.tracking !== false;
  const keepTracking = (next: RunPlan) => {
    next.columns = { ...plan.columns };
    if (!tracks) return next;
    keepAbsorbed(plan, next);
    for (const [id, t] of Object.entries(plan.tracking))
      if (!(id in next.tracking) && isRunFix(plan, id)) next.tracking[id] = t;
    for (const r of runts(m))
      next.tracking[r.id] =
        isRunFix(plan, r.id) && plan.tracking[r.id] === MAX_TRACKING_EM
          ? -MAX_TRACKING_EM
          : (plan.tracking[r.id] ?? MAX_TRACKING_EM);
    next.runtFixes = [...new Set([...(plan.runtFixes ?? []), ...runts(m).map((r) => r.id)])].sort();
    if (!next.runtFixes.length) delete next.runtFixes;
    return next;
  };
  const note = `pages ${m.pages}/${ctx.slot} last ${m.lastFill.toFixed(2)} used ${used.toFixed(0)} tools ${(used - bare).toFixed(0)} bare ${bare.toFixed(0)} room ${room}`;
  const verdict = (next: RunPlan, fit: FitStatus): FitVerdict => ({
    status: samePlan(next, plan) ? "settled" : "retry",
    fit,
    plan: next,
    note,
  });
  // Over: past the slot, or onto the pages this plan gave to fillers (which would push the next run).
  const overNow = m.pages > ctx.slot - (plan.jump ? 0 : plan.fillerPages);
  // A run that fills its pages (less its filler pages) to the last few lines keeps its plan: the
  // estimates are rough, and re-planning a good layout only makes it flip. (Not before every photo
  // has its size in grid lines: an unsized photo leaves the text after it off the grid.)
  const sized = figs.every((f) => !f.column || f.m.id in plan.figures);
  // A paragraph still ending on one or two characters is settled only once both trackings were tried.
  const runtsDone = !tracks || runts(m).every((r) => isRunFix(plan, r.id) && plan.tracking[r.id] === -MAX_TRACKING_EM);
  const full = sized && runtsDone && !overNow && m.pages === ctx.slot - plan.fillerPages && m.lastFill >= FULL_ENOUGH;
  if (full && !plan.jump) return { status: "settled", fit: "fits", plan, note };

  if (bare + slack > room) {
    // The copy does not fit even with the smallest tools.
    const next = keepTracking(distribute(0, m, figs, ctx, ctx.slot));
    next.tried = plan.tried;
    if (plan.jump && ctx.jumpTo) {
      // Continued already: move the cut back by what is over.
      const over = Math.max(0, used - (room - slack));
      next.jump = moveCut(plan.jump, ctx.jumpTo.blocks, -Math.ceil(over * m.charsPerLine)) ?? plan.jump;
      return verdict(next, overNow ? "over" : "fits");
    }
    const start = m.starts[ctx.slot];
    if (ctx.jumpTo && start && overNow) {
      // 转页: the text from the first page past the slot (less a line for the jump note) continues later.
      const cut = moveCut(
        {
          articleId: ctx.jumpTo.articleId,
          toPage: ctx.jumpTo.page,
          blockId: start.blockId,
          charOffset: start.charOffset,
        },
        ctx.jumpTo.blocks,
        -m.charsPerLine,
      );
      if (cut) {
        next.jump = cut;
        return verdict(next, "over");
      }
    }
    if (!samePlan(withoutTried(next), withoutTried(plan))) return verdict(next, "over");
    // Over by two lines or less: absorbed by the layout (src/flatplan/absorb.ts), never refused for it.
    const absorbed = plan.tried?.includes("absorb") ? undefined : absorb(next, m, figs, ctx, used - room);
    if (absorbed) {
      absorbed.plan.tried = [...(plan.tried ?? []), "absorb"];
      return { ...verdict(absorbed.plan, "over"), note: `${note}; absorb: ${absorbed.moves.join(", ")}` };
    }
    const alt = ctx.otherColumns;
    if (alt && !plan.tried?.includes("columns")) {
      // Another column count (measured next pass; put back when it does not make the run fit).
      next.columns = { ...next.columns, [alt.articleId]: alt.columns };
      next.tried = [...(plan.tried ?? []), "columns"];
      return verdict(next, "over");
    }
    if (alt && plan.columns[alt.articleId] !== undefined) {
      const { [alt.articleId]: _tried, ...rest } = next.columns;
      next.columns = rest;
    }
    if (tracks && !plan.tried?.includes("tracking")) {
      // Tighter tracking where a paragraph's last line is short (gains a line where the paragraph
      // has half-width text or punctuation to close up).
      for (const p of m.paragraphs)
        if (p.lines >= 3 && p.lastChars <= 3 && !(p.id in next.tracking)) next.tracking[p.id] = -MAX_TRACKING_EM;
      next.tried = [...(plan.tried ?? []), "tracking"];
      return verdict(next, "over");
    }
    return { status: "settled", fit: "over", plan, note };
  }

  if (plan.jump && ctx.jumpTo) {
    // Continued on a later page: this run keeps its smallest tools, and the cut moves on to fill it.
    const next = keepTracking(distribute(0, m, figs, ctx, ctx.slot));
    if (plan.tried) next.tried = plan.tried;
    const short = room - slack - used;
    next.jump =
      short > 2 * cols
        ? (moveCut(plan.jump, ctx.jumpTo.blocks, Math.floor(short * m.charsPerLine * 0.8)) ?? plan.jump)
        : plan.jump;
    return verdict(next, overNow ? "over" : m.lastFill >= 1 - ACCEPTED_UNDERFILL ? "fits" : "short");
  }
  // The copy fits: fill the pages it can fill; whole pages left over become filler pages.
  const capacity = toolCapacity(m, figs, ctx, ctx.slot, plan);
  // A page is given to fillers only when the copy is clearly short of it (by two lines a column more
  // than the slack): the estimate of the copy's length is rough, and a run that spills onto a page
  // given away pushes every later run off its page.
  const least = Math.max(1, Math.ceil((bare + slack + 2 * cols) / page));
  let pages = ctx.slot;
  while (pages > least && pages * page - slack - bare > capacity) pages--;
  // Tools that made the run spill past its pages bound the tools from then on: the estimate of what
  // they take was that far off (without a bound, the next plan would add them again).
  const given = ctx.slot - plan.fillerPages;
  const spill = m.pages > given ? used - (given * page - slack) : 0;
  const bound = spill > 0 ? Math.min(plan.maxTools ?? Infinity, Math.floor(used - bare - spill)) : plan.maxTools;
  const next = keepTracking(
    distribute(Math.min(capacity, pages * page - slack - bare, bound ?? Infinity), m, figs, ctx, pages, plan),
  );
  next.fillerPages = ctx.slot - pages;
  if (bound !== undefined) next.maxTools = Math.max(0, bound);
  if (plan.tried) next.tried = plan.tried;
  const lastFill = m.pages === pages ? m.lastFill : m.pages < pages ? 0 : 1;
  const fit: FitStatus = overNow ? "over" : lastFill >= 1 - ACCEPTED_UNDERFILL ? "fits" : "short";
  return verdict(next, fit);
}

const withoutTried = (p: RunPlan): RunPlan => ({ ...p, tried: undefined });
const isRunFix = (plan: RunPlan, id: string) => plan.runtFixes?.includes(id) ?? false;
