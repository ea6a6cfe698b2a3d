import { describe, expect, it } from "vitest";
import {
  assertTocTrue,
  parseFolio,
  TocMismatchError,
  verifyToc,
  type PdfText,
} from "../../src/render/print/verify-toc.js";

// PDF pages: 0 cover, 1 卷首语 (folio 1), 2 目录 (folio 2), 3 article A (3), 4 cont. (4), 5 article B (5)
function pdf(tocNumbers: [number, number], overrides: Partial<Record<number, string>> = {}): PdfText {
  const pages = [
    "党员之友 2022·8",
    "卷首语\n牢记领袖嘱托 勇挑担当之责\n不断夯实党在新疆的执政根基\n辛组研",
    `目 录 MULU\n卷 首 语\n牢记领袖嘱托 勇挑担当之责 不断夯实党在\n新疆的执政根基\n辛组研 1\n要 闻 要 论\n“高端”时论 2022\n辛组研 ${tocNumbers[0]}\n理 论 研 究\n以高质量党建引领社区治理现代化\n——加强城市基层治理体系\n辛组研 ${tocNumbers[1]}`,
    "要闻要论\n“高端”时论 2022\n正文……",
    "正文 2022年7月21日",
    "理论研究\n以高质量党建引领\n社区治理现代化\n——加强城市基层治理体系\n正文",
  ].map((p, i) => overrides[i] ?? p);
  return { pages, folioStrips: ["", "1", "2", "3", "4", "5"] };
}

const entries = [
  { articleId: "a1", title: "牢记领袖嘱托 勇挑担当之责 不断夯实党在新疆的执政根基", between: ["", "辛组研"], page: 1 },
  { articleId: "a2", title: "“高端”时论 2022", between: ["", "辛组研"], page: 3 },
  { articleId: "a3", title: "以高质量党建引领社区治理现代化", between: ["——加强城市基层治理体系", "辛组研"], page: 5 },
];

describe("parseFolio", () => {
  it("reads the one number in the folio strip", () => {
    expect(parseFolio(" 12 \n")).toBe(12);
    expect(parseFolio("")).toBeNull();
    expect(parseFolio("3 4")).toBeNull();
  });
});

describe("verifyToc", () => {
  it("accepts a true 目录 (titles wrapped, punctuation and digits in titles)", () => {
    expect(verifyToc(entries, pdf([3, 5]), [2])).toEqual([]);
  });

  it("names the entry whose number is wrong", () => {
    const problems = verifyToc(entries, pdf([4, 5]), [2]);
    expect(problems.join("\n")).toMatch(/高端.*a2.*目录 prints 4/);
    expect(problems).toHaveLength(2);
    expect(() => assertTocTrue(entries, pdf([4, 5]), [2])).toThrow(TocMismatchError);
  });

  it("fails when the page with that folio does not carry the title", () => {
    const text = pdf([3, 5], { 5: "正文 without the title" });
    const problems = verifyToc(entries, text, [2]);
    expect(problems.join("\n")).toMatch(/a3.*page 5 does not carry the title; it is on no page/);
  });

  it("fails when no page prints that folio", () => {
    const text = pdf([3, 5]);
    text.folioStrips[5] = "";
    expect(verifyToc(entries, text, [2]).join("\n")).toMatch(/no page carries the folio 5/);
  });

  it("fails when an entry is missing from the 目录", () => {
    const text = pdf([3, 5], { 2: "目 录\n牢记领袖嘱托 勇挑担当之责 不断夯实党在新疆的执政根基 辛组研 1" });
    expect(verifyToc(entries, text, [2]).join("\n")).toMatch(/a2.*not found in the 目录/);
  });
});

describe("verifyToc: items on a cover (封二, 封三, 封四)", () => {
  // PDF pages: 0 封一, 1 封二, 2 目录 (folio 1), 3 article (2), 4 封三, 5 封四
  const text = (toc: string, fengsan = "党建书苑\n《干部考察考核方法新探》") => ({
    pages: [
      "封面",
      "封二照片",
      `目 录\n以高质量党建引领社区治理现代化 2\n${toc}`,
      "以高质量党建引领社区治理现代化\n正文",
      fengsan,
      "大美新疆·安集海大峡谷",
    ],
    folioStrips: ["", "", "1", "2", "", ""],
  });
  const items = [
    { articleId: "a", title: "以高质量党建引领社区治理现代化", page: 2 },
    { articleId: "shuyuan", title: "党建书苑", page: null, place: "inside-back-cover" as const },
    { articleId: "back_cover", title: "大美新疆·安集海大峡谷", page: null, place: "back-cover" as const },
  ];

  it("accepts the cover's name where the number stands, with the title on that sheet", () => {
    expect(verifyToc(items, text("党建书苑 …… 封三\n大美新疆·安集海大峡谷 …… 封四"), [2])).toEqual([]);
  });

  it("fails when the 目录 prints another cover's name, or no name", () => {
    expect(verifyToc(items, text("党建书苑 …… 封二\n大美新疆·安集海大峡谷 …… 封四"), [2]).join("\n")).toMatch(
      /shuyuan.*目录 prints 封二, the layout put it on 封三/,
    );
    expect(verifyToc(items, text("党建书苑\n大美新疆·安集海大峡谷 …… 封四"), [2]).join("\n")).toMatch(
      /shuyuan.*cover name not found in the 目录 text/,
    );
  });

  it("fails when that sheet of the PDF does not carry the title", () => {
    expect(
      verifyToc(items, text("党建书苑 …… 封三\n大美新疆·安集海大峡谷 …… 封四", "另一篇文章"), [2]).join("\n"),
    ).toMatch(/目录 prints 封三, but 封三 \(PDF page 5\) does not carry the title; it is on no page/);
  });

  it("throws a TocMismatchError (exit 1) naming the entry's file", () => {
    const withSource = items.map((e) => ({ ...e, source: { file: `articles/${e.articleId}.md`, line: 1 } }));
    try {
      assertTocTrue(withSource, text("党建书苑 …… 封二\n大美新疆·安集海大峡谷 …… 封四"), [2]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TocMismatchError);
      expect((e as TocMismatchError).problems[0]).toMatchObject({
        file: "articles/shuyuan.md",
        line: 1,
        field: "目录",
      });
    }
  });
});
