import { describe, expect, it } from "vitest";
import { changedPassage, changeMarks, comparePages, sourceKind } from "../../src/proof/compare.js";
import { changedBoxes } from "../../src/proof/page-diff.js";
import { roundLabel } from "../../src/proof/rounds.js";
import type { RoundPage, RoundRecord } from "../../src/proof/record.js";

const page = (
  index: number,
  key: string,
  articles: string[],
  text: string,
  more: Partial<RoundPage> = {},
): RoundPage => ({
  index,
  name: `PDF ${index + 1}`,
  key,
  roles: [],
  articles,
  images: [],
  text,
  ...more,
});

const record = (pages: RoundPage[], sources: Record<string, string>, texts: Record<string, string>): RoundRecord => ({
  round: 1,
  label: "一校",
  date: "2099-01-01",
  build: "b",
  issue: "2099-01",
  pages,
  sources,
  articles: Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, { file: `articles/${id}.md`, text }])),
});

const SOURCES = { "articles/a.md": "1", "articles/b.md": "1", "images/p.jpg": "1", "magazine.yaml": "1" };

describe("which pages changed between two rounds, and why", () => {
  const before = record(
    [
      page(0, "k0", [], "目录 a 1 b 2", { roles: ["toc"] }),
      page(1, "k1", ["a"], "甲乙丙丁戊己庚辛壬癸子丑寅卯"),
      page(2, "k2", ["a"], "辰巳午未申酉戌亥"),
      page(3, "k3", ["b"], "天地玄黄宇宙洪荒"),
    ],
    SOURCES,
    { a: "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥", b: "天地玄黄宇宙洪荒" },
  );

  it("calls a page edited when it holds the changed passage, moved when its text only moved", () => {
    const after = record(
      [
        page(0, "k0", [], "目录 a 1 b 2", { roles: ["toc"] }),
        page(1, "k1x", ["a"], "甲乙丙丁戊己增补一句庚辛壬癸子"),
        page(2, "k2x", ["a"], "丑寅卯辰巳午未申酉戌亥"),
        page(3, "k3", ["b"], "天地玄黄宇宙洪荒"),
      ],
      { ...SOURCES, "articles/a.md": "2" },
      { a: "甲乙丙丁戊己增补一句庚辛壬癸子丑寅卯辰巳午未申酉戌亥", b: "天地玄黄宇宙洪荒" },
    );
    const changes = comparePages(before, after);
    expect(changes.map((c) => [c.index, c.kind])).toEqual([
      [1, "edited"],
      [2, "moved"],
    ]);
    expect(changes[0].files).toEqual(["articles/a.md"]);
    expect(changes[0].passages[0].after).toContain("增补一句");
    expect(changes[0].passages[0].before).not.toContain("增补一句");
  });

  it("calls every changed page re-set when magazine.yaml changed, and a changed photo's page edited", () => {
    const after = record(
      before.pages.map((p) => ({ ...p, key: `${p.key}x`, images: p.index === 3 ? ["images/p.jpg"] : [] })),
      { ...SOURCES, "magazine.yaml": "2", "images/p.jpg": "2" },
      Object.fromEntries(Object.entries(before.articles).map(([id, a]) => [id, a.text])),
    );
    const kinds = comparePages(before, after).map((c) => c.kind);
    expect(kinds).toEqual(["re-set", "re-set", "re-set", "edited"]);
  });

  it("lists nothing when every page draws what it drew", () => {
    expect(comparePages(before, { ...before, round: 2 })).toEqual([]);
  });

  it("lists pages added at the end", () => {
    const after = { ...before, pages: [...before.pages, page(4, "k4", [], "")] };
    expect(comparePages(before, after).map((c) => c.kind)).toEqual(["added"]);
  });
});

describe("passages, sources, labels and boxes", () => {
  it("gives the changed passage with context, on one line", () => {
    expect(changedPassage("影响休息，\n请注意", "影响居民休息，\n请注意")).toEqual({
      before: "影响休息， 请注意",
      after: "影响居民休息， 请注意",
    });
    expect(changedPassage("同", "同")).toBeUndefined();
    expect(changeMarks("影响休息", "影响居民休息").after).toContain("影响居民休息");
  });

  it("names what each source file is", () => {
    expect(
      [
        "issues/magazine.yaml",
        "issues/2022-08/issue.yaml",
        "templates/print.hbs",
        "styles/page.css",
        "a/b.md",
        "images/x.JPG",
      ].map(sourceKind),
    ).toEqual(["magazine", "issue", "template", "style", "article", "photo"]);
  });

  it("names the rounds as proofreaders do", () => {
    expect([1, 2, 3, 4, 10].map(roundLabel)).toEqual(["一校", "二校", "三校", "第4校", "第10校"]);
  });

  it("boxes changed pixels, joining those a few millimetres apart", () => {
    const w = 200;
    const mask = new Uint8Array(w * w);
    mask[10 * w + 10] = 1;
    mask[12 * w + 20] = 1; // near the first: one box
    mask[150 * w + 150] = 1; // far: a box of its own
    const boxes = changedBoxes(mask, w, w, 16);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toEqual({ x: 0, y: 0, width: 32, height: 16 });
    expect(changedBoxes(new Uint8Array(w * w), w, w, 16)).toEqual([]);
  });
});

describe("pages changed since the approved round", () => {
  it("finds the pages whose key differs, and pages added or removed", async () => {
    const { pagesChangedSince } = await import("../../src/proof/approved.js");
    const round = { pages: [{ key: "a" }, { key: "b" }] };
    expect(pagesChangedSince(round, ["a", "b"])).toEqual([]);
    expect(pagesChangedSince(round, ["a", "x"])).toEqual([1]);
    expect(pagesChangedSince(round, ["a", "b", "c"])).toEqual([2]);
    expect(pagesChangedSince(round, ["a"])).toEqual([1]);
  });
});
