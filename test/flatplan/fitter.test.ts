/**
 * The pure fitter on synthetic runs: it plans the layout editor's tools (photos, pull quotes, head
 * space, tracking ≤ 0.02 em, continuation, filler pages) and never body size or leading.
 */
import { describe, expect, it } from "vitest";
import { planRuns, slotLengths, startsPage } from "../../src/flatplan/runs.js";
import { nextFit, MIN_HEAD_SPACE, type FitContext } from "../../src/flatplan/fitter.js";
import { figureRange } from "../../src/flatplan/figures.js";
import { emptyPlan, MAX_TRACKING_EM, type RunPlan } from "../../src/flatplan/plan.js";
import type { FigureMeasure } from "../../src/flatplan/measure.js";
import { moveCut } from "../../src/flatplan/jump.js";
import { applyPlans } from "../../src/flatplan/apply.js";
import type { Article } from "../../src/model/types.js";
import { present } from "../helpers/present.js";
import { runMeasure } from "../helpers/run-measure.js";

const GRID_MM = 5.556; // 15.75 pt
const measure = runMeasure;
const figure = (id: string, o: Partial<FigureMeasure> = {}): FigureMeasure => ({
  id,
  articleId: "a",
  lines: 13,
  wide: false,
  widthMm: 83.8,
  columnWidthMm: 83.8,
  wideWidthMm: 173.6,
  chromeLines: 2.5,
  px: { width: 2126, height: 1594 },
  ...o,
});
const ctx = (o: Partial<FitContext> = {}): FitContext => ({
  slot: 2,
  gridMm: GRID_MM,
  pullQuoteCandidates: 4,
  subheads: 0,
  ...o,
});

describe("flatplan runs", () => {
  const runs = planRuns([
    { id: "a", plannedPage: 1 },
    { id: "b", plannedPage: 4 },
    { id: "c", plannedPage: 4 },
    { id: "d" },
    { id: "e", plannedPage: 6 },
  ]);
  it("groups articles that share a planned page, and unplanned ones with the run before", () => {
    expect(runs).toEqual([
      { start: 1, articleIds: ["a"] },
      { start: 4, articleIds: ["b", "c", "d"] },
      { start: 6, articleIds: ["e"] },
    ]);
    expect(startsPage(runs, "b")).toBe(true);
    expect(startsPage(runs, "c")).toBe(false);
  });
  it("slot lengths run to the next planned page, less reserved pages (imprint, 目录)", () => {
    expect(slotLengths(runs, 8, (i) => (i === 0 ? 2 : 0))).toEqual([1, 2, 3]);
  });
  it("refuses a plan that goes backwards", () => {
    expect(() =>
      planRuns([
        { id: "a", plannedPage: 5 },
        { id: "b", plannedPage: 3 },
      ]),
    ).toThrow(/before the previous/);
  });
});

describe("photo sizes", () => {
  it("never enlarges a photo past 300 ppi, and sets no wide photo a placeholder cannot cover", () => {
    const small = figure("f", { px: { width: 900, height: 600 } }); // 76 × 51 mm at 300 ppi: under the column already
    const col = present(figureRange(small, false, GRID_MM, 44), "a column range for the small photo");
    expect(col.max).toBe(col.natural); // no taller crop, which would enlarge it further
    expect(figureRange(small, true, GRID_MM, 44)).toBeUndefined();
    const mid = figure("m", { px: { width: 1400, height: 700 } }); // 118 × 59 mm at 300 ppi
    expect(
      (present(figureRange(mid, false, GRID_MM, 44), "a column range for the mid photo").max - mid.chromeLines) *
        GRID_MM,
    ).toBeLessThanOrEqual(59.3 + GRID_MM);
    const big = present(figureRange(figure("g"), true, GRID_MM, 44), "a wide range for the photo");
    expect(big.min).toBeLessThanOrEqual(big.natural);
    expect(big.max).toBeLessThanOrEqual(22);
  });
});

describe("fitter", () => {
  it("fills a short run with its photo first (natural, then a wide opening photo), and re-lays it out", () => {
    const v = nextFit(emptyPlan(), measure({ lastFill: 0.55, figures: [figure("f")] }), ctx());
    expect(v.status).toBe("retry");
    expect(v.plan.figures.f.wide).toBe(true);
    expect(v.plan.fillerPages).toBe(0);
  });

  it("plans no body size, leading or tracking beyond ±0.02 em", () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      articleId: "a",
      lines: 6,
      lastChars: i % 2 ? 24 : 1,
      chars: 140,
    }));
    const v = nextFit(emptyPlan(), measure({ lastFill: 0.2, paragraphs }), ctx());
    for (const t of Object.values(v.plan.tracking)) expect(Math.abs(t)).toBeLessThanOrEqual(MAX_TRACKING_EM);
    expect(Object.keys(v.plan).sort()).toEqual(
      expect.arrayContaining(["figures", "headSpace", "pullQuotes", "tracking"]),
    );
    const a = {
      id: "a",
      blocks: paragraphs.map((p) => ({ id: p.id, type: "paragraph", classes: [], text: "正文。", html: "正文。" })),
    } as unknown as Article;
    const css = applyPlans([a], [{ start: 1, articleIds: ["a"] }], [v.plan]).css;
    expect(css).not.toMatch(/font-size|line-height|letter-spacing|--fit-font|--fit-leading/);
  });

  it("gives a paragraph ending on one or two characters +0.02 em on its last lines, and keeps it", () => {
    const runt = { id: "p1", articleId: "a", lines: 5, lastChars: 1, chars: 101 };
    const v = nextFit(emptyPlan(), measure({ pages: 2, lastFill: 0.97, paragraphs: [runt] }), ctx());
    expect(v.plan.tracking.p1).toBe(MAX_TRACKING_EM);
    const again = nextFit(
      v.plan,
      measure({ pages: 2, lastFill: 0.97, paragraphs: [{ ...runt, lastChars: 4 }] }),
      ctx(),
    );
    expect(again.plan.tracking.p1).toBe(MAX_TRACKING_EM);
    // Where +0.02 em does not help, −0.02 em (pulling the last line up) is tried before the run settles.
    const still = nextFit(v.plan, measure({ pages: 2, lastFill: 0.97, paragraphs: [runt] }), ctx());
    expect(still).toMatchObject({ status: "retry" });
    expect(still.plan.tracking.p1).toBe(-MAX_TRACKING_EM);
  });

  it("keeps the plan of a run that fills its pages, once its photos are sized in grid lines", () => {
    const plan: RunPlan = { ...emptyPlan(), pullQuotes: 1 };
    const v = nextFit(plan, measure({ pages: 2, lastFill: 0.95 }), ctx());
    expect(v).toMatchObject({ status: "settled", fit: "fits" });
    expect(v.plan).toBe(plan);
    const unsized = nextFit(
      plan,
      measure({ pages: 2, lastFill: 0.95, figures: [figure("f", { lines: 12.4 })] }),
      ctx(),
    );
    expect(unsized.status).toBe("retry");
    expect(Number.isInteger(unsized.plan.figures.f.lines)).toBe(true);
  });

  it("leaves whole pages to fillers only when the copy is short by a page or more after every tool", () => {
    // 0.4 of 2 pages, no photos: head space and pull quotes fill part of page 1, page 2 is a filler.
    const v = nextFit(emptyPlan(), measure({ pages: 1, lastFill: 0.4 }), ctx({ pullQuoteCandidates: 2 }));
    expect(v.plan.fillerPages).toBe(1);
    expect(v.plan.headSpace).toBeGreaterThan(0);
    // Short by less than a page: no filler page.
    const w = nextFit(emptyPlan(), measure({ pages: 2, lastFill: 0.3 }), ctx());
    expect(w.plan.fillerPages).toBe(0);
  });

  it("takes a run that is over down to its smallest tools, then reports it over when nothing else helps", () => {
    const plan: RunPlan = { ...emptyPlan(), pullQuotes: 2, headSpace: 4, figures: { f: { lines: 20, wide: true } } };
    const f = figure("f", { lines: 20, wide: true });
    const v = nextFit(plan, measure({ pages: 3, lastFill: 0.9, figures: [f] }), ctx());
    expect(v.status).toBe("retry");
    expect(v.plan).toMatchObject({ pullQuotes: 0, headSpace: MIN_HEAD_SPACE });
    expect(v.plan.figures.f.wide).toBe(false);
    const min = present(figureRange(f, false, GRID_MM, 44), "a column range for the photo").min;
    expect(v.plan.figures.f.lines).toBe(min);
    // Still over at the smallest setting: tighter tracking once, then settled as over.
    const at = nextFit(
      v.plan,
      measure({ pages: 3, lastFill: 0.4, figures: [{ ...f, lines: min, wide: false }] }),
      ctx(),
    );
    expect(at.plan.tried).toContain("tracking");
    const last = nextFit(
      at.plan,
      measure({ pages: 3, lastFill: 0.4, figures: [{ ...f, lines: min, wide: false }] }),
      ctx(),
    );
    expect(last).toMatchObject({ status: "settled", fit: "over" });
  });

  it("tries another column count for a run over at its smallest tools, and puts it back when it does not help", () => {
    const over = measure({ pages: 3, lastFill: 0.5 });
    const alt = { articleId: "a", columns: 3 as const };
    const minimal = nextFit(emptyPlan(), over, ctx({ otherColumns: alt })).plan; // tools to their smallest first
    const tryCols = nextFit(minimal, over, ctx({ otherColumns: alt }));
    expect(tryCols.status).toBe("retry");
    expect(tryCols.plan.columns).toEqual({ a: 3 });
    const fitsNow = nextFit(
      tryCols.plan,
      measure({ pages: 2, lastFill: 0.95, columns: 3, charsPerLine: 16 }),
      ctx({ otherColumns: alt }),
    );
    expect(fitsNow.plan.columns).toEqual({ a: 3 }); // kept: it made the run fit
    const stillOver = nextFit(tryCols.plan, over, ctx({ otherColumns: alt }));
    expect(stillOver.plan.columns).toEqual({});
    expect(stillOver.plan.tried).toEqual(["columns", "tracking"]);
  });

  it("continues an article that may jump (continued_on) from where its page ends, a line earlier", () => {
    const blocks = [
      { id: "b1", chars: 400, splittable: true },
      { id: "b2", chars: 300, splittable: true },
      { id: "b3", chars: 500, splittable: true },
    ];
    const m = measure({
      pages: 2,
      lastFill: 0.3,
      starts: [
        { blockId: "b1", charOffset: 0 },
        { blockId: "b3", charOffset: 120 },
      ],
    });
    const v = nextFit(emptyPlan(), m, ctx({ slot: 1, jumpTo: { articleId: "a", page: 10, blocks } }));
    expect(v.plan.jump).toEqual({ articleId: "a", toPage: 10, blockId: "b3", charOffset: 95 });
  });
});

describe("continuation cuts", () => {
  const blocks = [
    { id: "b1", chars: 100, splittable: true },
    { id: "fig", chars: 0, splittable: false },
    { id: "h", chars: 12, splittable: false },
    { id: "b2", chars: 100, splittable: true },
  ];
  const jump = { articleId: "a", toPage: 10, blockId: "b2", charOffset: 50 };
  it("moves by characters across blocks, cutting only inside paragraphs", () => {
    expect(moveCut(jump, blocks, -20)).toMatchObject({ blockId: "b2", charOffset: 30 });
    expect(moveCut(jump, blocks, -55)).toMatchObject({ blockId: "h", charOffset: 0 });
    expect(moveCut(jump, blocks, -100)).toMatchObject({ blockId: "b1", charOffset: 62 });
    expect(moveCut(jump, blocks, 46)).toBeUndefined(); // 4 characters would be left to continue
  });
  it("refuses a cut before the start or past the end", () => {
    expect(moveCut(jump, blocks, -1000)).toBeUndefined();
    expect(moveCut(jump, blocks, 1000)).toBeUndefined();
  });
});
