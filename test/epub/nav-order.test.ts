// The EPUB table of contents in reading order: a section that recurs is listed again where it recurs.
import { describe, expect, it } from "vitest";
import type { Article, Issue, Section } from "../../src/model/types.js";
import { sectionRuns } from "../../src/model/section-runs.js";
import { CHINESE_WORDS } from "../../src/model/words.js";
import { tocNav } from "../../src/render/epub/nav.js";

const yaowen: Section = { id: "yaowen", name: "要闻要论" };
const jiaoliu: Section = { id: "jiaoliu", name: "工作交流" };
const xianfeng: Section = { id: "xianfeng", name: "天山先锋" };

const article = (id: string, section: Section): Article =>
  ({ id, section, title: `题目 ${id}`, toc: {}, inToc: true, layout: { variant: "standard" } }) as unknown as Article;

/** pp. 4–13 要闻要论, 工作交流, 天山先锋; 工作交流 again on p. 40, after 天山先锋. */
const articles = [
  article("p004-a", yaowen),
  article("p010-b", jiaoliu),
  article("p012-c", jiaoliu),
  article("p020-d", xianfeng),
  article("p040-e", jiaoliu),
  article("p042-f", jiaoliu),
];

/** The issue as the loader builds it: sections in magazine.yaml order, each with all its articles. */
const issue = {
  edition: { words: CHINESE_WORDS },
  articles,
  sections: [yaowen, jiaoliu, xianfeng].map((section) => ({
    section,
    articles: articles.filter((a) => a.section.id === section.id),
  })),
} as unknown as Issue;

/** The nav's entries in document order: a section heading as "§name", an article as its href. */
function navEntries(nav: string): string[] {
  return [...nav.matchAll(/<span>([^<]+)<\/span>|<a href="([^"#]+)\.xhtml">/g)].map((m) => (m[1] ? `§${m[1]}` : m[2]));
}

describe("the EPUB table of contents", () => {
  it("lists a recurring section where it recurs: groups in page order, each article once, in reading order", () => {
    expect(navEntries(tocNav(issue))).toEqual([
      "§要闻要论",
      "p004-a",
      "§工作交流",
      "p010-b",
      "p012-c",
      "§天山先锋",
      "p020-d",
      "§工作交流",
      "p040-e",
      "p042-f",
    ]);
  });

  it("links the articles in exactly the reading order", () => {
    const hrefs = navEntries(tocNav(issue)).filter((e) => !e.startsWith("§"));
    expect(hrefs).toEqual(articles.map((a) => a.id));
  });
});

describe("sectionRuns", () => {
  it("groups consecutive articles of one section, a new run each time the section comes back", () => {
    expect(sectionRuns(articles).map((r) => [r.section.id, r.articles.map((a) => a.id)])).toEqual([
      ["yaowen", ["p004-a"]],
      ["jiaoliu", ["p010-b", "p012-c"]],
      ["xianfeng", ["p020-d"]],
      ["jiaoliu", ["p040-e", "p042-f"]],
    ]);
  });

  it("is empty for no articles", () => {
    expect(sectionRuns([])).toEqual([]);
  });
});
