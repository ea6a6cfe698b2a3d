/**
 * Designed spacings (magazine.yaml type.spacing): the schema takes a small ascending set holding 0
 * and names the file and line of a bad one; the fitter's head and subhead space take only values of
 * the set, whatever the lines to fill; the fit report names the step.
 */
import { describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { formatProblem, ValidationError } from "../../src/contract/errors.js";
import { applyPlans } from "../../src/flatplan/apply.js";
import { distribute, type ToolContext, toolLines } from "../../src/flatplan/tools.js";
import type { Article } from "../../src/model/types.js";
import { describePlan } from "../../src/flatplan/plan.js";
import { stepAtMost, stepBelow, stepName } from "../../src/flatplan/spacing.js";
import { copyMini } from "../helpers/mini.js";
import { columnFigure, runMeasure } from "../helpers/run-measure.js";

const measure = runMeasure;

describe("designed spacings", () => {
  it("steps down and up only to values of the set", () => {
    const set = [-2, 0, 3, 6];
    expect(stepAtMost(set, 5)).toBe(3);
    expect(stepAtMost(set, -5)).toBe(-2);
    expect(stepBelow(set, 0)).toBe(-2);
    expect(stepBelow(set, -2)).toBeUndefined();
    expect(stepName(set, 3)).toBe("step 3 of 4 (+3)");
    expect(stepName(set, 1)).toBe("+1 (off the set)");
  });

  it("the fitter gives head and subhead space only values of the set, for any length of copy", () => {
    const spacing = { title: [-2, 0, 3, 6], subhead: [0, 2], pullQuote: [0, 1], photo: [0, 1] };
    const ctx: ToolContext = { pullQuoteCandidates: 0, subheads: 3, spacing };
    const seen = new Set<number>();
    for (let lines = 0; lines <= 80; lines++) {
      const plan = distribute(lines, measure(), [], ctx, 2);
      expect(spacing.title, `title space for ${lines} lines`).toContain(plan.headSpace);
      expect(spacing.subhead, `subhead space for ${lines} lines`).toContain(plan.subheadSpace ?? 0);
      seen.add(plan.headSpace);
    }
    // Every step is reached, none in between (the old tool went −2, −1, 0, … +7 line by line).
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, 0, 3, 6]);
  });

  it("pull quotes and photos in the columns get the space of a step of their sets, last of all tools", () => {
    const spacing = { title: [-2, 0], subhead: [0], pullQuote: [0, 2], photo: [0, 1, 3] };
    const ctx: ToolContext = { pullQuoteCandidates: 3, subheads: 0, spacing };
    const figs = ["f1", "f2"].map((id) => columnFigure(id, 10, { min: 8, natural: 10, max: 12 }));
    const seen = { pullQuote: new Set<number>(), photo: new Set<number>() };
    for (let lines = 0; lines <= 60; lines++) {
      const plan = distribute(lines, measure({ columns: 1 }), figs, ctx, 2);
      const pq = plan.pullQuoteSpace ?? 0;
      const ph = plan.photoSpace ?? 0;
      expect(spacing.pullQuote, `pull quote space for ${lines} lines`).toContain(pq);
      expect(spacing.photo, `photo space for ${lines} lines`).toContain(ph);
      if (pq) expect(plan.pullQuotes, "space above pull quotes only where there are some").toBeGreaterThan(0);
      // The estimate counts each step once per pull quote and per photo in the columns.
      expect(toolLines(plan, measure({ columns: 1 }), figs, ctx)).toBeLessThanOrEqual(lines);
      seen.pullQuote.add(pq);
      seen.photo.add(ph);
    }
    expect([...seen.pullQuote].sort()).toEqual([0, 2]);
    expect([...seen.photo].sort()).toEqual([0, 1, 3]);
    const full = distribute(60, measure({ columns: 1 }), figs, ctx, 2);
    expect(describePlan(full, {}, spacing)).toMatch(
      /pull quote space step 2 of 2 \(\+2\), photo space step 3 of 3 \(\+3\)/,
    );
    // And applied as custom properties on the run's articles.
    const fit = applyPlans(
      [{ id: "a", blocks: [] } as unknown as Article],
      [{ start: 1, articleIds: ["a"] }],
      [full],
      {},
    );
    expect(fit.css).toContain('[data-article-id="a"] { --pull-quote-space: 2; --photo-space: 3; }');
  });

  it("the fit report names the step each block got", () => {
    const plan = distribute(40, measure(), [], { pullQuoteCandidates: 0, subheads: 2 }, 2);
    expect(describePlan(plan)).toMatch(/title space step \d of 4 \(\+\d\)/);
    expect(
      describePlan({ ...plan, headSpace: -2 }, {}, { title: [-2, 0], subhead: [0], pullQuote: [0], photo: [0] }),
    ).toContain("title space step 1 of 2 (−2)");
  });

  it("magazine.yaml: a set out of order, or without 0, is refused at its line", async () => {
    const problems = async (spacing: string) => {
      const m = copyMini();
      m.edit("magazine.yaml", (s) =>
        s.replace("trim: {", `type:\n  body_pt: 9.5\n  leading_pt: 15.75\n  spacing: ${spacing}\ntrim: {`),
      );
      try {
        await loadIssue(m.issueDir);
        return [];
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        return e.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/.*\//, "") }));
      }
    };
    expect(await problems("{ title: [0, 3, 6] }")).toEqual([]);
    const unordered = await problems("{ title: [3, 0] }");
    expect(unordered.join("\n")).toMatch(
      /^magazine\.yaml:\d+: type\.spacing\.title: must be whole grid lines, lowest first/m,
    );
    const noZero = await problems("{ subhead: [1, 2] }");
    expect(noZero.join("\n")).toMatch(/^magazine\.yaml:\d+: type\.spacing\.subhead: must include 0/m);
    // Pull quotes and photos keep at least the design's space: no step below 0.
    expect(await problems("{ pull_quote: [0, 1, 2], photo: [0, 3] }")).toEqual([]);
    const below = await problems("{ photo: [-1, 0] }");
    expect(below.join("\n")).toMatch(/^magazine\.yaml:\d+: type\.spacing\.photo/m);
  });
});
