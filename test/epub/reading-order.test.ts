// The EPUB's reading order of the articles is the print edition's.
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/types.js";
import { accessibilitySummary } from "../../src/render/epub/metadata.js";
import { articleOrder } from "../../src/render/epub/reading-order.js";
import { loadFixtureIssue } from "./fixture.js";

const article = (id: string, section: string, variant: string, place?: string): Article =>
  ({
    id,
    section: { id: section, name: section },
    layout: { variant },
    ...(place ? { place } : {}),
  }) as unknown as Article;

const ids = (list: Article[]) => list.map((a) => a.id);

describe("articleOrder", () => {
  it("reads the 封二 article and the 卷首语 before the 版权页 and 目录, the 封三 article last, as printed", () => {
    const order = articleOrder([
      article("p001-juanshouyu", "juanshouyu", "editorial"),
      article("p004-a", "yaowen", "standard"),
      article("fenger-b", "shuyuan", "standard", "inside-front-cover"),
      article("fengsan-c", "shuyuan", "standard", "inside-back-cover"),
      article("p010-d", "jiaoliu", "briefs"),
    ]);
    expect(ids(order.front)).toEqual(["fenger-b", "p001-juanshouyu"]);
    expect(ids(order.body)).toEqual(["p004-a", "p010-d", "fengsan-c"]);
  });

  it("puts every inner article after the 目录 when the issue does not open with an editorial", () => {
    const order = articleOrder([article("p003-a", "yaowen", "standard"), article("p005-b", "yaowen", "standard")]);
    expect(order.front).toEqual([]);
    expect(ids(order.body)).toEqual(["p003-a", "p005-b"]);
  });
});

describe("the accessibility summary", () => {
  it("states the reading order as printed, with the title page the EPUB's own, and where page numbers are", async () => {
    const summary = accessibilitySummary(await loadFixtureIssue(), true);
    expect(summary).toContain("阅读顺序与印刷版一致（书名页为电子版所加）");
    expect(summary).toContain("书中标注了与印刷版对应的页码");
  });
});
