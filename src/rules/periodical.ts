/**
 * The rules a Chinese periodical is published under, as data: what each requires, the standard and
 * clause it comes from, and where folio checks it — `data` in `folio check` (src/check/periodical.ts,
 * at file:line) and `pdf` in the preflight (src/handoff/preflight/periodical.ts, on the printed page).
 * A magazine that departs from a rule on purpose waives it in magazine.yaml `rules.waive` with its
 * reason; the waived findings are still listed, as waived.
 *
 * Clause numbers are those read in the texts cited in `read`; `clause: null` where the text of the
 * clause was not found (the section is named in `note`, never a guessed number).
 */

export const STANDARDS = {
  "GB/T 3179-2009": "GB/T 3179-2009 期刊编排格式",
  "GB/T 13417-2009": "GB/T 13417-2009 期刊目次表",
  期刊出版形式规范: "期刊出版形式规范 (新出报刊〔2007〕376号)",
} as const;
export type Standard = keyof typeof STANDARDS;

export type Where = "data" | "pdf";

export interface PeriodicalRule {
  id: string;
  standard: Standard;
  /** The clause as numbered in the standard; null where its text (and so its number) was not found. */
  clause: string | null;
  /** What the rule asks of the issue, in the standard's words where they were found. */
  requires: string;
  /** `shall` (规定, 应/须) or `should` (准则, 宜/一般应: a recommendation a magazine may depart from). */
  strength: "shall" | "should";
  checked: Where[];
  /** Where the clause's text was read. */
  read: string;
  note?: string;
}

const XINGSHI_9 = "http://m.p719.cn/28924646.html (期刊出版形式规范 9 期刊出版标识)";
const XINGSHI_1 = "https://lindalemus.com/zhicheng/2012/20120625112402_589470.shtml (期刊出版形式规范 1 期刊CN)";
const XINGSHI_ITEMS =
  "http://m.6065bob.com/fagui/16891.html and https://bdocx.com/doc/26821400.html (新出报刊〔2007〕376号 and its 编制说明: the items the 规范 covers)";
const NOT_FOUND_XINGSHI =
  "the 规范 covers this item (编制说明: CN, ISSN, 广告经营许可证号, 期刊条码, 期刊名称, 主要责任单位, 印刷发行单位, 总编辑, 出版标识, 版权页, 标识性文字); the text of its clause was not found";
const MUCI_13417 = "https://lw881.com/qqq/822956.html (GB/T 13417-2009 2.1, 6.1, 6.2)";
const MUCI_3179 =
  "http://m.handmsg.com/page/2016/0221/17659938.shtml and http://mobile.hnsrmyy.net/info/11952/306944.htm (目次页 and 文章编排 of GB/T 3179-2009, as summarised there)";

export const PERIODICAL_RULES = [
  {
    id: "cover-number",
    standard: "期刊出版形式规范",
    clause: "9.1.2",
    requires: "封面的明显位置刊载期刊名称和年、月、期等顺序编号,不得以总期号代替年、月、期号",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_9,
  },
  {
    id: "imprint-number",
    standard: "期刊出版形式规范",
    clause: "9.2.1",
    requires: "每期期刊封面和版权页等处的年、月、期号标识不能省略",
    strength: "should",
    checked: ["pdf"],
    read: XINGSHI_9,
  },
  {
    id: "imprint-units",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载主管单位、主办单位、出版单位",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-heads",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载社长和总编辑(主编)姓名",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-address",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载出版单位的地址和电话",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-printer",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载印刷单位",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-distributor",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载发行单位",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-cn",
    standard: "期刊出版形式规范",
    clause: "1.1.4",
    requires: "CN应印在期刊封面、版权页或封底上",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_1,
  },
  {
    id: "imprint-issn",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载国际标准连续出版物号(ISSN)",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-ad-licence",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "刊登广告的期刊在版权页刊载广告经营许可证号",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-price",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载定价",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "imprint-date",
    standard: "期刊出版形式规范",
    clause: null,
    requires: "版权页刊载出版日期",
    strength: "shall",
    checked: ["data", "pdf"],
    read: XINGSHI_ITEMS,
    note: NOT_FOUND_XINGSHI,
  },
  {
    id: "toc-own-page",
    standard: "GB/T 13417-2009",
    clause: "6.1",
    requires: "期刊每期应编印目次页(版头和目次表),独自成页",
    strength: "shall",
    checked: ["pdf"],
    read: MUCI_13417,
  },
  {
    id: "toc-after-inside-front-cover",
    standard: "GB/T 13417-2009",
    clause: "6.2",
    requires: "目次页一般应紧接封二编排",
    strength: "should",
    checked: ["pdf"],
    read: MUCI_13417,
  },
  {
    id: "toc-all-authors",
    standard: "GB/T 3179-2009",
    clause: null,
    requires: "目次条目列出文章全部署名著者的姓名,不应著录为“前3人,等”",
    strength: "shall",
    checked: ["data", "pdf"],
    read: MUCI_3179,
    note: "the 目次页 clause of GB/T 3179-2009 (目次表 per GB/T 13417-2009), as summarised in the pages read; its number was not found",
  },
  {
    id: "toc-cover-items",
    standard: "GB/T 13417-2009",
    clause: null,
    requires: "应在目次表中列出封面及插页上的内容",
    strength: "shall",
    checked: ["data", "pdf"],
    read: MUCI_3179,
    note: "item h of the 目次表 rules (编排应符合GB/T 13417—2009) as summarised in the pages read; the clause number was not found",
  },
  {
    id: "running-heads",
    standard: "GB/T 3179-2009",
    clause: null,
    requires: "正文页的页眉标志刊名和出版年、卷号、期号",
    strength: "should",
    checked: ["pdf"],
    read: MUCI_3179,
    note: "the 文章编排 clause of GB/T 3179-2009 (页眉), as summarised in the pages read; its number was not found",
  },
  {
    id: "trim-year",
    standard: "期刊出版形式规范",
    clause: "9.2.8",
    requires: "同一期刊在每年度中各期的幅面尺寸应保持一致",
    strength: "should",
    checked: ["pdf"],
    read: XINGSHI_9,
    note: "the data has one trim per magazine.yaml (issue.yaml cannot set one), so every issue under issues/ shares it: the PDF check compares every page with it, and page 1 with the other issues of the year built beside this one (year-trims.ts)",
  },
] as const satisfies readonly PeriodicalRule[];

export type PeriodicalRuleId = (typeof PERIODICAL_RULES)[number]["id"];
export const PERIODICAL_RULE_IDS: readonly string[] = PERIODICAL_RULES.map((r) => r.id);

export function periodicalRule(id: PeriodicalRuleId): PeriodicalRule {
  return PERIODICAL_RULES.find((r) => r.id === id) as PeriodicalRule;
}

/** How a finding cites its rule: `期刊出版形式规范 9.1.2` or `期刊出版形式规范 (clause not found)`. */
export function citeRule(id: PeriodicalRuleId): string {
  const r = periodicalRule(id);
  return `${r.standard} ${r.clause ?? "(clause number not found)"}`;
}

/** One finding of a rule, before waivers: where it is (file:line or a PDF page) is the checker's. */
export interface RuleFinding {
  rule: PeriodicalRuleId;
  message: string;
}
