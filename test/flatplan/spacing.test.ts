/**
 * Designed spacings (magazine.yaml type.spacing): the schema takes a small ascending set holding 0
 * and names the file and line of a bad one; the fitter's head and subhead space take only values of
 * the set, whatever the lines to fill; the fit report names the step.
 */
import { describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { formatProblem, ValidationError } from "../../src/contract/errors.js";
import { distribute, type ToolContext } from "../../src/flatplan/tools.js";
import { describePlan } from "../../src/flatplan/plan.js";
import { stepAtMost, stepBelow, stepName } from "../../src/flatplan/spacing.js";
import { copyMini } from "../helpers/mini.js";
import { runMeasure } from "../helpers/run-measure.js";

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
    const spacing = { title: [-2, 0, 3, 6], subhead: [0, 2] };
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

  it("the fit report names the step each block got", () => {
    const plan = distribute(40, measure(), [], { pullQuoteCandidates: 0, subheads: 2 }, 2);
    expect(describePlan(plan)).toMatch(/title space step \d of 4 \(\+\d\)/);
    expect(describePlan({ ...plan, headSpace: -2 }, {}, { title: [-2, 0], subhead: [0] })).toContain(
      "title space step 1 of 2 (−2)",
    );
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
  });
});
