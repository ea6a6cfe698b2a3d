/**
 * Copyfit proposals (src/flatplan/proposals.ts): for a run over its pages, the 字 to cut per article,
 * and the jump (continued_on) to the first later run with room for what is over.
 */
import { describe, expect, it } from "vitest";
import type { Copyfit } from "../../src/contract/copyfit.js";
import { copyfitProposals, proposalLine, type ProposedArticle } from "../../src/flatplan/proposals.js";
import type { Run } from "../../src/flatplan/runs.js";

const runFit = (page: number, articleId: string, lines: number): Copyfit => ({
  page,
  articleId,
  title: articleId,
  lines,
  chars: lines * 25,
  columns: 0,
  fillerPages: 0,
  charsPerLine: 25,
  linesPerColumn: 44,
  status: lines > 2 ? "over" : lines < -10 ? "short" : "fits",
  text: "",
});
const art = (id: string, chars: number, continuedOn?: number): ProposedArticle => ({
  id,
  file: `articles/${id}.md`,
  chars,
  continuedOn,
});
const runs: Run[] = [
  { start: 4, articleIds: ["a", "a2"] },
  { start: 6, articleIds: ["b"] },
  { start: 8, articleIds: ["c"] },
  { start: 10, articleIds: ["d"] },
];
const articles = [art("a", 3000), art("a2", 1000), art("b", 500), art("c", 2000), art("d", 800)];

describe("copyfit proposals", () => {
  it("an overage is shared as 字 to cut among the run's articles, and jumps to the first later run with room", () => {
    const ps = copyfitProposals(
      [runFit(4, "a", 40), runFit(6, "b", -30), runFit(8, "c", 0), runFit(10, "d", -88)],
      runs,
      articles,
    );
    expect(ps.map((p) => [p.kind, p.articleId, p.chars])).toEqual([
      ["cut", "a", 750],
      ["cut", "a2", 250],
      ["jump", "a", 1030],
    ]);
    // p. 6 has 30 lines (28 less the 上接 note): too few for 41; p. 10 has 88.
    expect(ps[2]).toMatchObject({ toPage: 10, page: 4 });
    expect(proposalLine(ps[2])).toBe(
      "articles/a.md: continued_on: 10 — or let it continue on p. 10, which has room: about 1030 字 move there (下转第10页 / 上接第4页)",
    );
  });

  it("proposes no jump where no later run has room, an article already continued, or an earlier run's room", () => {
    const none = copyfitProposals([runFit(4, "a", 40), runFit(6, "b", -20)], runs, articles);
    expect(none.map((p) => p.kind)).toEqual(["cut", "cut"]);
    const earlier = copyfitProposals([runFit(4, "a", -88), runFit(6, "b", 30)], runs, articles);
    expect(earlier.map((p) => p.kind)).toEqual(["cut"]);
    const continued = copyfitProposals([runFit(4, "a", 40), runFit(10, "d", -88)], runs, [
      art("a", 3000, 12),
      art("a2", 1000),
    ]);
    expect(continued.every((p) => p.kind === "cut")).toBe(true);
  });

  it("room taken by one jump is not offered to the next", () => {
    const ps = copyfitProposals(
      [runFit(4, "a", 40), runFit(6, "b", 40), runFit(8, "c", -60), runFit(10, "d", -60)],
      runs,
      articles,
    );
    expect(ps.filter((p) => p.kind === "jump").map((p) => (p.kind === "jump" ? [p.articleId, p.toPage] : []))).toEqual([
      ["a", 8],
      ["b", 10],
    ]);
  });
});
