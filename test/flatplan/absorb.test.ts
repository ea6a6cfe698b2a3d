/**
 * Absorbing an overage of two lines or less (src/flatplan/absorb.ts): a designed spacing one step
 * down, tighter tracking on the end of a paragraph whose short last line it can pull up (Chinese only),
 * a photo cropped within its limits; never more than two lines, never tracking beyond 0.02 em.
 */
import { describe, expect, it } from "vitest";
import { absorb, tailCuts } from "../../src/flatplan/absorb.js";
import { applyPlans } from "../../src/flatplan/apply.js";
import { nextFit } from "../../src/flatplan/fitter.js";
import type { ParagraphMeasure, RunMeasure } from "../../src/flatplan/measure.js";
import { emptyPlan, MAX_TRACKING_EM } from "../../src/flatplan/plan.js";
import { distribute, type Figure, type ToolContext } from "../../src/flatplan/tools.js";
import type { Article } from "../../src/model/types.js";
import { columnFigure, runMeasure } from "../helpers/run-measure.js";

const para = (id: string, lines: number, lastChars: number): ParagraphMeasure => ({
  id,
  articleId: "a",
  lines,
  lastChars,
  chars: (lines - 1) * 40 + lastChars,
});
const measure = (o: Partial<RunMeasure> = {}): RunMeasure =>
  runMeasure({
    lastFill: 0.03,
    columns: 1,
    charsPerLine: 40,
    paragraphs: [para("long", 9, 3), para("full", 5, 40), para("short", 2, 30), para("mid", 6, 6)],
    ...o,
  });
const ctx = (o: Partial<ToolContext> = {}): ToolContext => ({ pullQuoteCandidates: 0, subheads: 0, ...o });
/** A column photo of `lines` grid lines, 10 to 20 lines within its limits. */
const figure = (lines: number): Figure => columnFigure("f", lines, { min: 10, natural: 12, max: 20 });

describe("absorbing a small overage", () => {
  it("picks paragraph ends whose short last line the lines before can pull up, surest first", () => {
    // 40 字 a line at −0.02 em pull 0.8 字 each: 3 字 need 5 lines before, 6 字 need 9 (the paragraph has 5).
    const cuts = tailCuts(measure(), emptyPlan());
    expect(cuts.map((c) => [c.id, c.lines])).toEqual([["long", 6]]);
    expect(cuts[0].margin).toBeCloseTo(3.4);
  });

  it("one line over at the lowest title step: tracking on the chosen paragraph ends, 0.02 em, the tail lines set", () => {
    const a = absorb({ ...emptyPlan(), headSpace: -2 }, measure(), [], ctx(), 1);
    expect(a?.plan.tracking).toEqual({ long: -MAX_TRACKING_EM });
    expect(a?.plan.trackLines).toEqual({ long: 6 });
    // The print view tracks those six lines' characters.
    const fit = applyPlans(
      [{ id: "a", blocks: [{ id: "long" }] } as unknown as Article],
      [{ start: 1, articleIds: ["a"] }],
      [a?.plan ?? emptyPlan()],
      {
        charsPerLine: () => 40,
      },
    );
    expect(fit.tracking.get("long")).toEqual({ em: -MAX_TRACKING_EM, chars: 240 });
  });

  it("takes a designed spacing one step down first (title, then subheads)", () => {
    const plan = { ...emptyPlan(), headSpace: 0, subheadSpace: 1 };
    const spacing = { title: [-2, 0, 3], subhead: [0, 1], pullQuote: [0, 1], photo: [0, 1] };
    const a = absorb(plan, measure({ columns: 2 }), [], ctx({ spacing, subheads: 2 }), 2);
    expect(a?.plan.headSpace).toBe(-2);
    expect(a?.plan.subheadSpace).toBe(1); // the title's step saved the two lines (four column-lines)
    expect(a?.moves[0]).toBe("title space -2");
  });

  it("then the space above pull quotes and above photos in the columns, a step down each", () => {
    const plan = {
      ...emptyPlan(),
      headSpace: -2,
      pullQuotes: 1,
      pullQuoteSpace: 1,
      photoSpace: 2,
      figures: { f: { lines: 10, wide: false } },
    };
    const spacing = { title: [-2, 0], subhead: [0], pullQuote: [0, 1], photo: [0, 1, 2] };
    const none = measure({ paragraphs: [] });
    const figs = [figure(10)];
    const one = absorb(plan, none, figs, ctx({ spacing }), 1);
    expect(one?.moves).toEqual(["pull quote space 0"]);
    expect(one?.plan.pullQuoteSpace).toBeUndefined(); // 0: as designed
    expect(one?.plan.photoSpace).toBe(2);
    const two = absorb(plan, none, figs, ctx({ spacing }), 2);
    expect(two?.moves).toEqual(["pull quote space 0", "photo space 1"]);
    expect(two?.saves).toBe(2);
    // Nothing above its lowest step, no photo to crop (10 lines is its smallest): nothing to absorb with.
    const low = { ...plan, pullQuoteSpace: undefined, photoSpace: undefined };
    expect(absorb(low, none, figs, ctx({ spacing }), 1)).toBeUndefined();
  });

  it("crops a photo a line shorter, never below its smallest size", () => {
    const fig = figure;
    const plan = { ...emptyPlan(), headSpace: -2, figures: { f: { lines: 11, wide: false } } };
    const none = measure({ paragraphs: [] });
    expect(absorb(plan, none, [fig(11)], ctx(), 1)?.plan.figures.f.lines).toBe(10);
    expect(absorb({ ...plan, figures: { f: { lines: 10, wide: false } } }, none, [fig(10)], ctx(), 1)).toBeUndefined();
  });

  it("never tracks a cursive script, and leaves an overage past two lines to the copyfit", () => {
    expect(absorb({ ...emptyPlan(), headSpace: -2 }, measure(), [], ctx({ tracking: false }), 1)).toBeUndefined();
    expect(absorb(emptyPlan(), measure(), [], ctx(), 3)).toBeUndefined();
  });

  it("the fitter absorbs a run one line over at its smallest tools before it reports it over, and keeps it", () => {
    const m = measure({ lastFill: 1 / 44 }); // 45 lines on a 44-line page
    const fc = { ...ctx(), slot: 1, gridMm: 5.556 };
    const smallest = { ...distribute(0, m, [], fc, 1), tried: ["columns", "tracking"] };
    const v = nextFit(smallest, m, fc);
    expect(v.status).toBe("retry");
    expect(v.plan.trackLines).toEqual({ long: 6 });
    // Laid out again and now full: the plan stands with the tracking.
    const full = nextFit(v.plan, measure({ pages: 1, lastFill: 1 }), fc);
    expect(full).toMatchObject({ status: "settled", fit: "fits" });
    expect(full.plan.tracking.long).toBe(-MAX_TRACKING_EM);
  });
});
