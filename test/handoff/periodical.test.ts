/**
 * The preflight's periodical rules (src/handoff/preflight/periodical.ts) read the pages' text as
 * poppler gives it (`pdftotext -raw`, one string per page). A right issue passes every rule; each
 * page made wrong fails its rule on that page; a waiver in magazine.yaml makes the finding pass,
 * marked waived with its reason.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Issue } from "../../src/model/types.js";
import { checkPeriodical } from "../../src/handoff/preflight/periodical.js";
import { renderReportHtml } from "../../src/handoff/preflight/report-html.js";
import { summarize, type PreflightReport } from "../../src/handoff/preflight/types.js";
import { MINI_ISSUE } from "../helpers/mini.js";

let issue: Issue;
beforeAll(async () => {
  const loaded = await loadIssue(MINI_ISSUE);
  issue = {
    ...loaded,
    magazine: { ...loaded.magazine, waivers: {} },
    imprint: {
      ...loaded.imprint,
      masthead: [
        { role: "社长", names: ["张三"] },
        { role: "总编辑", names: ["赵六"] },
      ],
      distributor: "测试发行公司",
    },
  };
});

/** The pages of a right print PDF of the mini issue, in poppler's words (letter-spaced labels too). */
function rightPages(): string[] {
  const head = (n: number) => `测试月刊 CESHI YUEKAN 2099·1\n${n}\n${"正文".repeat(120)}`;
  return [
    "测试月刊\nC E S H I Y U E K A N\n2099·1\n总第 1 期\nISSN 2096-7462", // 封一
    "封二图片说明", // 封二
    "目 录 M U L U 2099年第1期 · 总第1期\n卷 首 语\n卷首短文 作者甲 1\n要 闻 要 论\n要闻一则 4", // p.1 (PDF 3)
    [
      "2\n测试月刊\n2099年第1期 总第1期",
      "主 管 主管单位\n主 办 主办单位\n出 版 《测试月刊》杂志社",
      "社 长 张三\n总 编 辑 赵六",
      "地 址 乌鲁木齐市测试路1号\n电 话 (0991)0000000",
      "定 价 6.00元\n出 版 日 期 每月25日\n印 刷 装 订 测试印务\n发 行 测试发行公司",
      "国内统一连续出版物号：CN 65-1309/D\n国际标准连续出版物号：ISSN 2096-7462",
    ].join("\n"), // p.2 (PDF 4): 版权页
    head(3),
    head(4),
    "", // 封三
    "ISSN 2096-7462", // 封四
  ];
}

const A4ISH = { widthPt: (210 * 72) / 25.4, heightPt: (285 * 72) / 25.4 };
const trims = (n: number) => Array.from({ length: n }, () => A4ISH);

const fails = (texts: string[], over: Partial<Issue> = {}, t = trims(texts.length)) =>
  checkPeriodical(texts, { ...issue, ...over }, t)
    .filter((r) => r.status === "fail")
    .map((r) => `${r.check} p${r.page ?? "-"}: ${r.message}`);

describe("periodical rules in the preflight", () => {
  it("a right issue passes every rule", () => {
    expect(fails(rightPages())).toEqual([]);
  });

  it("封一 with only 总第N期 fails cover-number on page 1", () => {
    const pages = rightPages();
    pages[0] = pages[0].replace("2099·1\n", "");
    expect(fails(pages)).toEqual([
      expect.stringMatching(/^periodical: cover-number p1: .*总第…期 does not replace them/),
    ]);
  });

  it("a 版权页 without 总编辑, 发行, CN or year and 期号 fails each rule on its page", () => {
    const pages = rightPages();
    pages[3] = pages[3]
      .replace("总 编 辑 赵六", "")
      .replace("发 行 测试发行公司", "")
      .replace("CN 65-1309/D", "")
      .replace("2099年第1期 总第1期", "总第1期");
    expect(fails(pages)).toEqual([
      expect.stringMatching(/^periodical: imprint-number p4: /),
      expect.stringMatching(/^periodical: imprint-heads p4: .*总编辑/),
      expect.stringMatching(/^periodical: imprint-distributor p4: /),
      expect.stringMatching(/^periodical: imprint-cn p4: /),
    ]);
  });

  it("a 目次 sharing the 版权页's page, or missing an author, fails on that page", () => {
    const pages = rightPages();
    pages[3] = `${pages[3]}\n${pages[2]}`;
    pages[2] = "";
    expect(fails(pages)).toEqual([
      expect.stringMatching(/^periodical: toc-own-page p4: .*版权页/),
      expect.stringMatching(/^periodical: toc-after-inside-front-cover p4: /),
    ]);
    const unsigned = rightPages();
    unsigned[2] = unsigned[2].replace(" 作者甲", "");
    expect(fails(unsigned)).toEqual([
      expect.stringMatching(/^periodical: toc-all-authors p3: .*"卷首短文" is listed without 作者甲/),
    ]);
  });

  it("an article on 封三 that the 目次 leaves out fails toc-cover-items", () => {
    const pages = rightPages();
    const articles = issue.articles.map((a, i) => (i === 1 ? { ...a, place: "inside-back-cover" as const } : a));
    pages[2] = pages[2].replace("要闻一则 4", "");
    expect(fails(pages, { articles })).toEqual([
      expect.stringMatching(/^periodical: toc-cover-items p3: .*"要闻一则" on 封三/),
    ]);
  });

  it("text pages without running heads fail running-heads; a page of another trim fails trim-year", () => {
    const pages = rightPages();
    pages[4] = pages[4].replace("测试月刊 CESHI YUEKAN 2099·1\n", "");
    pages[5] = pages[5].replace("测试月刊 CESHI YUEKAN 2099·1\n", "");
    expect(fails(pages)).toEqual([expect.stringMatching(/^periodical: running-heads p5: .*2 of 2 text pages/)]);
    const t = trims(pages.length);
    t[5] = { widthPt: (210 * 72) / 25.4, heightPt: (297 * 72) / 25.4 };
    expect(fails(rightPages(), {}, t)).toEqual([
      expect.stringMatching(/^periodical: trim-year p6: .*trim 210\.0×297\.0 mm/),
    ]);
  });

  it("a waived finding passes, marked waived with its reason", () => {
    const pages = rightPages();
    pages[3] = pages[3].replace("发 行 测试发行公司", "");
    const waived = { ...issue.magazine, waivers: { "imprint-distributor": "no 发行单位 in the printed issue" } };
    const results = checkPeriodical(pages, { ...issue, magazine: waived }, trims(pages.length));
    expect(results.filter((r) => r.status === "fail")).toEqual([]);
    expect(results.find((r) => r.check === "periodical: imprint-distributor")).toMatchObject({
      status: "pass",
      page: 4,
      waived: "no 发行单位 in the printed issue",
      message: expect.stringMatching(/^waived \(no 发行单位 in the printed issue\): /),
    });
    const report = {
      title: "测试月刊 2099·1",
      issue: "2099-01",
      file: "2099-01-press.pdf",
      pages: pages.length,
      mode: "press",
      pageNames: pages.map((_, i) => `PDF ${i + 1}`),
      summary: summarize(results),
      limits: {},
      results,
      placeholders: [],
      timings: {},
      pagesRendered: {},
      seconds: 0,
      figures: {},
    } satisfies PreflightReport;
    const html = renderReportHtml(report, []);
    const section = html.slice(html.indexOf("<h2>Waived"), html.indexOf("<h2>Passed checks"));
    expect(section).toMatch(
      /<td>waived<\/td><td>periodical: imprint-distributor<\/td>.*no 发行单位 in the printed issue/,
    );
  });

  it("an edition in another script is not read for the Chinese labels", () => {
    const edition = { ...issue.edition, base: false, tag: "ug", name: "ئۇيغۇرچە" };
    expect(checkPeriodical(["", "", "", ""], { ...issue, edition })).toEqual([
      expect.objectContaining({ check: "periodical", status: "pass" }),
    ]);
  });
});
