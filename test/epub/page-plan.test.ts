import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/types.js";
import { planPageBreaks } from "../../src/render/epub/page-plan.js";

function article(id: string, blocks: number): Article {
  return {
    id,
    blocks: Array.from({ length: blocks }, (_, i) => ({
      id: `${id}-${i + 1}`,
      type: "paragraph",
      html: "正文",
      classes: [],
      text: "正文",
    })),
  } as unknown as Article;
}

const A = article("p001-a", 2);
const B = article("p004-b", 3);

describe("planPageBreaks", () => {
  it("puts a page that opens an article before its header, other pages in their block", () => {
    const plan = planPageBreaks(
      [A, B],
      [
        { folio: 1, blockId: "p001-a-1", charOffset: 0 },
        { folio: 2, blockId: "p001-a-2", charOffset: 40 },
        { folio: 4, blockId: "p004-b-1", charOffset: 0 },
        { folio: 5, blockId: "p004-b-1", charOffset: 300 },
        { folio: 6, blockId: "p004-b-3", charOffset: 0 },
      ],
    );
    expect(plan.atArticleStart.get("p001-a")).toEqual([1]);
    expect(plan.atArticleStart.get("p004-b")).toEqual([4]);
    expect(plan.inBlocks.get("p001-a-2")).toEqual([{ folio: 2, charOffset: 40 }]);
    expect(plan.inBlocks.get("p004-b-1")).toEqual([{ folio: 5, charOffset: 300 }]);
    expect(plan.inBlocks.get("p004-b-3")).toEqual([{ folio: 6, charOffset: 0 }]);
    expect(plan.problems).toEqual([]);
  });

  it("places pages without text before the next page with text, and trailing ones at the end", () => {
    const plan = planPageBreaks(
      [A, B],
      [
        { folio: 1, blockId: "p001-a-1", charOffset: 0 },
        { folio: 2, blockId: null, charOffset: 0 }, // imprint
        { folio: 3, blockId: null, charOffset: 0 }, // TOC
        { folio: 4, blockId: "p004-b-1", charOffset: 0 },
        { folio: 5, blockId: null, charOffset: 0 }, // full-page photo inside B
        { folio: 6, blockId: "p004-b-2", charOffset: 12 },
        { folio: 7, blockId: null, charOffset: 0 },
        { folio: 8, blockId: null, charOffset: 0 },
      ],
    );
    expect(plan.atArticleStart.get("p004-b")).toEqual([2, 3, 4]);
    expect(plan.inBlocks.get("p004-b-2")).toEqual([
      { folio: 5, charOffset: 12 },
      { folio: 6, charOffset: 12 },
    ]);
    expect(plan.atEnd).toEqual([7, 8]);
    expect(plan.targets.map((t) => t.folio)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.targets.map((t) => ("articleId" in t ? t.articleId : t.frontMatter))).toEqual([
      "p001-a",
      "p004-b",
      "p004-b",
      "p004-b",
      "p004-b",
      "p004-b",
      "p004-b",
      "p004-b",
    ]);
  });

  it("sorts by folio, keeps one entry per page and reports unknown blocks without losing the page", () => {
    const plan = planPageBreaks(
      [A, B],
      [
        { folio: 3, blockId: "p004-b-1", charOffset: 0 },
        { folio: 1, blockId: "p001-a-1", charOffset: 0 },
        { folio: 1, blockId: "p001-a-2", charOffset: 5 },
        { folio: 2, blockId: "gone-7", charOffset: 9 },
      ],
    );
    expect(plan.targets.map((t) => t.folio)).toEqual([1, 2, 3]);
    expect(plan.atArticleStart.get("p004-b")).toEqual([2, 3]);
    expect(plan.problems).toHaveLength(2);
    expect(plan.problems.join("\n")).toMatch(/page 1 is listed twice[\s\S]*gone-7/);
  });

  it("is empty without a page map", () => {
    const plan = planPageBreaks([A, B], []);
    expect(plan.targets).toEqual([]);
    expect(plan.inBlocks.size + plan.atArticleStart.size + plan.atEnd.length).toBe(0);
  });
});
