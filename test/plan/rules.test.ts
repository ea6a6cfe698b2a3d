import { describe, expect, it } from "vitest";
import { checkPlan, type PlanEntry, type PlanInput } from "../../src/plan/rules.js";
import { leadLength } from "../../src/plan/front.js";
import { formatProblem } from "../../src/contract/errors.js";

const F = "issue.yaml";
/** An entry on line 10+i; page written on the same line. */
function entry(i: number, id: string, page?: number, extra: Partial<PlanEntry> = {}): PlanEntry {
  const at = { file: F, line: 10 + i, field: `articles[${i}].id` };
  return {
    id,
    at,
    page,
    pageAt: page === undefined ? undefined : { ...at, field: `articles[${i}].page` },
    section: "s",
    editorial: false,
    hasFile: true,
    ...extra,
  };
}
const lead = (i: number, page: number) => entry(i, `p${page}-lead`, page, { section: "juanshouyu", editorial: true });

function run(entries: PlanEntry[], over: Partial<PlanInput> = {}): string[] {
  return checkPlan({
    issueFile: F,
    articlesDir: "articles",
    pages: 12,
    pagesLine: 5,
    entries,
    files: entries.map((e) => e.id),
    coverBlocks: {},
    ...over,
  }).map(formatProblem);
}

describe("plan rules", () => {
  it("accept a good plan (卷首语 p.1, 版权页 and 目录 p.2–3, runs, a 封三 article)", () => {
    expect(
      run([
        lead(0, 1),
        entry(1, "a", 4),
        entry(2, "b", 6),
        entry(3, "c", 6),
        entry(4, "d", 9),
        entry(5, "e", undefined, { place: "inside-back-cover" }),
      ]),
    ).toEqual([]);
  });

  it("a page beyond pages", () => {
    expect(run([lead(0, 1), entry(1, "a", 4), entry(2, "b", 14)])).toEqual([
      "issue.yaml:12: articles[2].page: page 14 is beyond the issue's 12 inner pages (pages: 12, line 5) — plan it on p.1–12, or raise pages (a multiple of 4)",
    ]);
  });

  it("pages out of order", () => {
    expect(run([lead(0, 1), entry(1, "a", 6), entry(2, "b", 4)])[0]).toMatch(
      /^issue\.yaml:12: articles\[2\]\.page: page 4 comes after page 6 \(a\) in reading order — /,
    );
  });

  it("two runs on one page", () => {
    expect(run([lead(0, 1), entry(1, "a", 4), entry(2, "b", 6), entry(3, "c", 4)])[0]).toMatch(
      /^issue\.yaml:13: articles\[3\]\.page: page 4 is already planned for a \(line 11\), and other articles come between — /,
    );
  });

  it("a run with no room before the next (the 版权页 and 目录 follow the 卷首语)", () => {
    expect(run([lead(0, 1), entry(1, "a", 3)])[0]).toMatch(
      /^issue\.yaml:11: articles\[1\]\.page: page 3 leaves no room after p1-lead \(p\.1\): the 版权页 and 目录 follow it — plan this article on p\.4 or later$/,
    );
    expect(run([lead(0, 1), entry(1, "a", 1)])[0]).toMatch(/page 1 is the 卷首语's page/);
  });

  it("the first article must open the inner pages where the layout puts it", () => {
    expect(run([lead(0, 2), entry(1, "a", 5)])[0]).toMatch(
      /^issue\.yaml:10: articles\[0\]\.page: the first article starts on p\.1 \(the issue opens with it\), not p\.2/,
    );
    expect(run([entry(0, "a", 4)])[0]).toMatch(
      /the first article starts on p\.3 \(the 版权页 and 目录 take p\.1–2\), not p\.4/,
    );
    expect(run([lead(0, 1), entry(1, "b"), entry(2, "a", 4)])).toEqual([]); // no page: joins the run before
    expect(run([entry(0, "x"), entry(1, "a", 4)])[0]).toMatch(
      /the first article on the inner pages has no planned page/,
    );
  });

  it("a cover place taken twice, or also described as a photo page, or given a page", () => {
    const c3 = (i: number, id: string, page?: number) =>
      entry(i, id, page, {
        place: "inside-back-cover",
        placeAt: { file: F, line: 10 + i, field: `articles[${i}].place` },
      });
    expect(run([lead(0, 1), entry(1, "a", 4), c3(2, "x"), c3(3, "y")])).toEqual([
      "issue.yaml:13: articles[3].place: 封三 is already taken by x (issue.yaml:12) — one article per cover page",
    ]);
    expect(run([lead(0, 1), entry(1, "a", 4), c3(2, "x")], { coverBlocks: { "inside-back-cover": 7 } })).toEqual([
      "issue.yaml:12: articles[2].place: 封三 is also described as a photo page (inside_back_cover:, line 7) — keep one of the two",
    ]);
    expect(run([lead(0, 1), entry(1, "a", 4), c3(2, "x", 11)])[0]).toMatch(
      /articles\[2\]\.page: an article printed on 封三 has no inner page — remove `page`/,
    );
  });

  it("an entry without a file, and a file without an entry", () => {
    const e = [lead(0, 1), entry(1, "a", 4, { hasFile: false })];
    expect(run(e, { files: ["p1-lead", "stray"] })).toEqual([
      "issue.yaml:11: articles[1].id: no file articles/a.md — create it, or remove this entry",
      "articles/stray.md:1: not listed in issue.yaml — add `- { id: stray, page: N }` to its articles, or delete the file",
    ]);
  });

  it("leadLength: the first section's articles when all are editorials", () => {
    expect(
      leadLength([
        { section: "a", editorial: true },
        { section: "a", editorial: true },
        { section: "b", editorial: true },
      ]),
    ).toBe(2);
    expect(
      leadLength([
        { section: "a", editorial: true },
        { section: "a", editorial: false },
      ]),
    ).toBe(0);
    expect(leadLength([])).toBe(0);
  });
});
