import { describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { resolveLayout, resolvePlannedPage, mergeImprint } from "../../src/model/cascade.js";
import { copyMini, MINI_ISSUE } from "../helpers/mini.js";

describe("data cascade: magazine → issue → article", () => {
  it("issue.yaml imprint overrides replace the magazine's field by field", async () => {
    const issue = await loadIssue(MINI_ISSUE);
    expect(issue.imprint.masthead).toEqual([{ role: "值班编辑", names: ["王五"] }]);
    expect(issue.imprint.publisher).toBe("《测试月刊》杂志社"); // kept from magazine.yaml
    expect(issue.magazine.imprint.masthead).toHaveLength(2); // magazine defaults untouched
  });

  it("article layout defaults come from the variant; front matter wins", () => {
    expect(resolveLayout({ variant: "editorial" })).toMatchObject({ columns: 1 });
    expect(resolveLayout({ variant: "briefs" })).toMatchObject({ columns: 3 });
    expect(resolveLayout({ variant: "standard", columns: 3 })).toMatchObject({ columns: 3 });
  });

  it("the issue plan's page wins over the article's own page", async () => {
    expect(resolvePlannedPage(4, 9)).toBe(4);
    expect(resolvePlannedPage(undefined, 9)).toBe(9);
    const issue = await loadIssue(MINI_ISSUE);
    expect(issue.articles.map((a) => a.plannedPage)).toEqual([1, 4]);
  });

  it("sections may be named by id or by display name; sections keep magazine order", async () => {
    const issue = await loadIssue(MINI_ISSUE);
    expect(issue.sections.map((s) => s.section.id)).toEqual(["juanshouyu", "yaowen"]);
    expect(issue.articles[1].section.name).toBe("要闻要论");
  });

  it("mergeImprint with no overrides is the magazine imprint", () => {
    const base = {
      supervisor: "a",
      sponsor: "b",
      publisher: "c",
      masthead: [{ role: "r", names: ["n"] }],
      address: "x",
      phone: "1",
      postcode: "2",
      email: "e@x.cn",
      publication_day: "d",
      printer: "p",
      copyright_notice: "c",
      qr_codes: [],
    };
    expect(mergeImprint(base, undefined).publicationDay).toBe("d");
  });

  it("an imprint override without qr_codes keeps the magazine's QR codes", () => {
    const mini = copyMini();
    mini.edit("magazine.yaml", (s) =>
      s.replace(
        "copyright_notice: 本刊文章版权所有。",
        "copyright_notice: 本刊文章版权所有。\n  qr_codes: [{ caption: 扫码订阅, url: unknown }]",
      ),
    );
    return loadIssue(mini.issueDir).then((issue) => {
      expect(issue.imprint.masthead).toEqual([{ role: "值班编辑", names: ["王五"] }]); // issue.yaml overrides
      expect(issue.imprint.qrCodes.map((q) => q.caption)).toEqual(["扫码订阅"]);
    });
  });
});

describe("Markdown reader", () => {
  it("joins CJK soft line breaks without a space, keeps classes, makes figures", async () => {
    const issue = await loadIssue(MINI_ISSUE);
    const [ed, news] = issue.articles;
    expect(ed.blocks[0]).toMatchObject({ type: "paragraph", html: "第一段正文，换行后继续。", id: "p001-editorial-1" });
    expect(ed.blocks[1]).toMatchObject({ type: "heading", level: 2, text: "小标题" });
    expect(ed.blocks[2]).toMatchObject({ classes: ["signature"] });
    expect(news.blocks[1]).toMatchObject({
      type: "figure",
      image: { caption: "图片说明", credit: "摄影者/摄", src: "images/cover.png" },
    });
  });
});
