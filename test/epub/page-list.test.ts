// The page-list of a month whose 版权页 and 目录 are printed pages: they point at their own documents.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PageStart } from "../../src/contract/print-output.js";
import type { Article } from "../../src/model/types.js";
import { planPageBreaks } from "../../src/render/epub/page-plan.js";
import { pageStarts, type PageInfo } from "../../src/render/print/page-map.js";
import { present } from "../helpers/present.js";
import { buildFixtureEpub, loadFixtureIssue } from "./fixture.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";

/** As 2022-08 prints them: 封面, 封二, p. 1 卷首语, p. 2 版权页, p. 3 目录, p. 4 an article, p. 5 a photo page, p. 6 text. */
const PAGES: PageInfo[] = [
  { roles: ["front-cover"], start: null },
  { roles: ["inside-front-cover"], start: null },
  { roles: [], start: { blockId: "lead-1", charOffset: 0 }, innerStart: true },
  { roles: ["imprint"], start: null },
  { roles: ["toc"], start: null },
  { roles: [], start: { blockId: "body-1", charOffset: 0 } },
  { roles: ["filler"], start: null },
  { roles: [], start: { blockId: "body-2", charOffset: 12 } },
  { roles: ["inside-back-cover"], start: null },
  { roles: ["back-cover"], start: null },
].map((p, index) => ({ index, right: index % 2 === 0, innerStart: false, articleStarts: [], articles: [], ...p }));

function article(id: string, blocks: number): Article {
  const ids = Array.from({ length: blocks }, (_, i) => `${id}-${i + 1}`);
  return {
    id,
    blocks: ids.map((b) => ({ id: b, type: "paragraph", html: "正文", text: "正文" })),
  } as unknown as Article;
}

describe("the print page map", () => {
  it("names the 版权页 and 目录 pages", () => {
    expect(pageStarts(PAGES)).toEqual([
      { folio: 1, blockId: "lead-1", charOffset: 0 },
      { folio: 2, blockId: null, charOffset: 0, frontMatter: "imprint" },
      { folio: 3, blockId: null, charOffset: 0, frontMatter: "toc" },
      { folio: 4, blockId: "body-1", charOffset: 0 },
      { folio: 5, blockId: null, charOffset: 0 },
      { folio: 6, blockId: "body-2", charOffset: 12 },
    ]);
  });
});

describe("planPageBreaks with the 版权页 and 目录", () => {
  it("marks pp. 2 and 3 in the 版权页 and 目录 documents, other pages without text before the next text", () => {
    const plan = planPageBreaks([article("lead", 1), article("body", 2)], pageStarts(PAGES));
    expect(plan.targets).toEqual([
      { folio: 1, articleId: "lead" },
      { folio: 2, frontMatter: "imprint" },
      { folio: 3, frontMatter: "toc" },
      { folio: 4, articleId: "body" },
      { folio: 5, articleId: "body" },
      { folio: 6, articleId: "body" },
    ]);
    expect(plan.atFrontMatter.get("imprint")).toEqual([2]);
    expect(plan.atFrontMatter.get("toc")).toEqual([3]);
    expect(plan.atArticleStart.get("body")).toEqual([4]);
    expect(plan.inBlocks.get("body-2")).toEqual([
      { folio: 5, charOffset: 12 },
      { folio: 6, charOffset: 12 },
    ]);
  });
});

/**
 * The fixture issue (卷首语, 要闻要论, 基层党建) printed as 2022-08 is: its 卷首语 a one-column editorial
 * on p. 1, before the 版权页 (p. 2) and the 目录 (p. 3).
 */
const PAGE_MAP: PageStart[] = [
  { folio: 1, blockId: "p001-juanshouyu-1", charOffset: 0 },
  { folio: 2, blockId: null, charOffset: 0, frontMatter: "imprint" },
  { folio: 3, blockId: null, charOffset: 0, frontMatter: "toc" },
  { folio: 4, blockId: "p003-yaowen-one-1", charOffset: 0 },
  { folio: 5, blockId: "p003-yaowen-one-2", charOffset: 15 },
  { folio: 6, blockId: null, charOffset: 0 },
  { folio: 7, blockId: "p006-jiceng-1", charOffset: 0 },
  { folio: 8, blockId: "p006-jiceng-1", charOffset: 30 },
];

describe("the EPUB page-list, given a page map like 2022-08's", () => {
  let zip: ZipItem[];
  beforeAll(async () => {
    const issue = await loadFixtureIssue();
    const lead = present(issue.articles[0], "the fixture's 卷首语");
    lead.layout = { ...lead.layout, variant: "editorial", columns: 1 };
    zip = readZip(readFileSync((await buildFixtureEpub({ pageMap: PAGE_MAP, issue })).file));
  });
  const epub = (name: string) => zipText(zip, `EPUB/${name}`);
  const pageList = () => {
    const nav = epub("nav.xhtml");
    return [...nav.slice(nav.indexOf('epub:type="page-list"')).matchAll(/<a href="([^"#]+)#page-(\d+)">/g)].map(
      (m) => [Number(m[2]), m[1]] as const,
    );
  };

  it("points pp. 2 and 3 at the 版权页 and 目录 documents, each page at its marker", () => {
    expect(pageList()).toEqual([
      [1, "p001-juanshouyu.xhtml"],
      [2, "imprint.xhtml"],
      [3, "nav.xhtml"],
      [4, "p003-yaowen-one.xhtml"],
      [5, "p003-yaowen-one.xhtml"],
      [6, "p006-jiceng.xhtml"],
      [7, "p006-jiceng.xhtml"],
      [8, "p006-jiceng.xhtml"],
    ]);
    for (const [n, href] of pageList()) expect(epub(href), `page ${n}`).toContain(`id="page-${n}" aria-label="${n}"`);
    expect(epub("p003-yaowen-one.xhtml")).not.toMatch(/id="page-[23]"/);
  });

  it("lists the pages in reading order: the 卷首语 of p. 1 is read before the 版权页, as printed", () => {
    const spine = [...epub("package.opf").matchAll(/<itemref idref="x-([^"]+)"/g)].map((m) => `${m[1]}.xhtml`);
    const at = pageList().map(([, href]) => spine.indexOf(href));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(spine.slice(0, 6)).toEqual([
      "cover.xhtml",
      "title.xhtml",
      "inside-front-cover.xhtml",
      "p001-juanshouyu.xhtml",
      "imprint.xhtml",
      "nav.xhtml",
    ]);
  });
});
