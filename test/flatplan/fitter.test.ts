import { describe, expect, it } from "vitest";
import { planRuns, slotLengths, startsPage } from "../../src/flatplan/runs.js";
import { INITIAL, nextFit } from "../../src/flatplan/fitter.js";
import { TIGHTEN, capacity, MIN_FONT_SCALE } from "../../src/flatplan/ladder.js";

describe("flatplan runs", () => {
  const runs = planRuns([
    { id: "a", plannedPage: 1 },
    { id: "b", plannedPage: 4 },
    { id: "c", plannedPage: 4 },
    { id: "d" },
    { id: "e", plannedPage: 6 },
  ]);
  it("groups articles that share a planned page, and unplanned ones with the run before", () => {
    expect(runs).toEqual([{ start: 1, articleIds: ["a"] }, { start: 4, articleIds: ["b", "c", "d"] }, { start: 6, articleIds: ["e"] }]);
    expect(startsPage(runs, "b")).toBe(true);
    expect(startsPage(runs, "c")).toBe(false);
  });
  it("slot lengths run to the next planned page, less reserved pages (imprint, 目录)", () => {
    expect(slotLengths(runs, 8, (i) => (i === 0 ? 2 : 0))).toEqual([1, 2, 3]);
  });
  it("refuses a plan that goes backwards", () => {
    expect(() => planRuns([{ id: "a", plannedPage: 5 }, { id: "b", plannedPage: 3 }])).toThrow(/before the previous/);
  });
});

describe("fitter", () => {
  it("an overfull article is tightened by the first step whose capacity covers the overflow", () => {
    const v = nextFit(2, INITIAL, { pages: 3, lastFill: 0.1 }); // 2.1 pages into 2
    expect(v.status).toBe("retry");
    expect(capacity(v.state.setting)).toBeGreaterThanOrEqual(2.1 / 2);
    expect(v.state.level).toBeGreaterThan(0);
  });

  it("an article that still overflows after the last step is impossible, with how much is over", () => {
    const last = { setting: TIGHTEN[TIGHTEN.length - 1], level: TIGHTEN.length, fillerPages: 0 };
    const v = nextFit(1, last, { pages: 3, lastFill: 0.5 });
    expect(v).toMatchObject({ status: "impossible", overPages: 1.5 });
  });

  it("never sets type below the readable minimum", () => {
    for (const s of TIGHTEN) expect(s.fontScale).toBeGreaterThanOrEqual(MIN_FONT_SCALE);
  });

  it("an underfull article gets whole filler pages to keep the next article on its planned page", () => {
    const v = nextFit(4, INITIAL, { pages: 2, lastFill: 0.9 });
    expect(v).toMatchObject({ status: "fits", state: { fillerPages: 2, level: 0 } });
  });

  it("a thin last page is loosened (leading, images, pull quote) before it is accepted", () => {
    // Nearly full enough: the first looser step is estimated to do.
    const near = nextFit(2, INITIAL, { pages: 2, lastFill: 0.6 });
    expect(near.status).toBe("retry");
    expect(near.state.level).toBe(-1);
    expect(near.state.setting.leading).toBeGreaterThan(1);
    // Far too thin for leading alone: straight to the last step, with a pull quote.
    const far = nextFit(2, INITIAL, { pages: 2, lastFill: 0.2 });
    expect(far.state.level).toBe(-3);
    expect(far.state.setting.pullQuote).toBe(true);
    // Already at the last step: accepted as it is.
    expect(nextFit(2, far.state, { pages: 2, lastFill: 0.3 }).status).toBe("fits");
  });

  it("a run that fits its slot is left as it is", () => {
    expect(nextFit(2, INITIAL, { pages: 2, lastFill: 0.8 })).toMatchObject({ status: "fits", state: { level: 0, fillerPages: 0 } });
  });
});
