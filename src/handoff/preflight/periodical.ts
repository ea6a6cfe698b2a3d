/**
 * The periodical rules (src/rules/periodical.ts) as the printed pages show them, read from the PDF's
 * text (poppler, one string per page) and never from what folio meant to print: 封一 (PDF page 1)
 * carries 刊名 and year and 期号; the 版权页 (the page with most of the imprint's labels) carries
 * each item the rules ask for; the 目次 (the page with most of the 目次's titles) is a page of its own,
 * directly after 封二, listing every item with all its authors and the items on the covers; inner
 * pages carry running heads; every page has the magazine's trim. Pure.
 */
import type { Issue } from "../../model/types.js";
import { PLACE_ISSUE_KEY, PLACE_LABEL } from "../../model/places.js";
import { COVER_PLACES } from "../../contract/cover-place.js";
import { squash } from "../../text/squash.js";
import { PERIODICAL_RULES, citeRule, type PeriodicalRuleId } from "../../rules/periodical.js";
import type { CheckResult } from "./types.js";
import type { IssueTrim } from "./year-trims.js";

const IMPRINT_LABELS = ["主管", "主办", "出版", "定价", "国内统一连续出版物号", "ISSN", "印刷"];
const TOC_HEADS = ["目录", "目次"];

/** Year and issue number as a cover prints them: 2022·8, 2022年第8期, 2022年8月, 2022 No.8. */
export function hasYearNumber(squashed: string, year: number, n: number): boolean {
  return [
    `${year}·${n}`,
    `${year}.${n}`,
    `${year}年第${n}期`,
    `${year}年${n}月`,
    `${year}No${n}`,
    `${year}第${n}期`,
  ].some((p) => squashed.includes(squash(p)) || squashed.includes(p.replace(/\s/g, "")));
}

const flat = (s: string) => s.replace(/\s+/g, "");

export interface PageTrim {
  widthPt: number;
  heightPt: number;
}

interface Found {
  rule: PeriodicalRuleId;
  page?: number;
  message: string;
  /** An identifier the data gives as `unknown`: a warning until it is issued. */
  unknown?: boolean;
}

/**
 * `trims`: every page's TrimBox; `others`: page 1's trim of the other issues of the year built beside
 * this one (year-trims.ts).
 */
export function checkPeriodical(
  texts: string[],
  issue: Issue,
  trims: PageTrim[] = [],
  others: IssueTrim[] = [],
): CheckResult[] {
  // The rules' labels are Chinese: an edition in another script is read by its own 目录 proof only.
  if (issue.edition && !issue.edition.base)
    return [
      {
        check: "periodical",
        status: "pass",
        message: `the periodical rules are read on the Chinese edition's pages (this edition prints its 版权页 in ${issue.edition.name})`,
      },
    ];
  const found: Found[] = [];
  const add = (rule: PeriodicalRuleId, page: number | undefined, message: string, unknown = false) =>
    found.push({ rule, page, message, ...(unknown ? { unknown } : {}) });
  const pages = texts.map(flat);
  const { magazine: m, imprint: im, year, number } = issue;
  const has = (page: number | undefined, value: string | undefined) =>
    page !== undefined && value !== undefined && pages[page - 1].includes(flat(value));

  // 封一
  const cover = pages[0] ?? "";
  if (!cover.includes(flat(m.title))) add("cover-number", 1, `封一 does not print the title ${m.title}`);
  if (!hasYearNumber(cover, year, number))
    add(
      "cover-number",
      1,
      `封一 prints no year and 期号 (${year}·${number}, ${year}年第${number}期)${/总第\d+期/.test(cover) ? ": 总第…期 does not replace them" : ""}`,
    );

  // 版权页
  const imprintPage = bestPage(pages, (t) => IMPRINT_LABELS.filter((l) => t.includes(l)).length, 3);
  if (imprintPage === undefined)
    add("imprint-units", undefined, "no page carries the 版权页 (主管, 主办, 出版, 定价, CN …)");
  else {
    const at = imprintPage;
    if (!hasYearNumber(pages[at - 1], year, number)) add("imprint-number", at, `the 版权页 prints no year and 期号`);
    for (const [label, value] of [
      ["主管", im.supervisor],
      ["主办", im.sponsor],
      ["出版", im.publisher],
    ] as const)
      if (!has(at, label) || !has(at, value)) add("imprint-units", at, `the 版权页 lacks ${label} ${value}`);
    if (!has(at, "社长")) add("imprint-heads", at, "the 版权页 prints no 社长");
    if (!has(at, "总编辑") && !has(at, "主编")) add("imprint-heads", at, "the 版权页 prints no 总编辑 (主编)");
    if (!has(at, im.address)) add("imprint-address", at, `the 版权页 lacks the address ${im.address}`);
    if (!has(at, im.phone)) add("imprint-address", at, `the 版权页 lacks the telephone ${im.phone}`);
    if (!has(at, "印刷") || !has(at, im.printer)) add("imprint-printer", at, "the 版权页 prints no 印刷单位");
    if (!has(at, "发行") || (im.distributor && !has(at, im.distributor)))
      add("imprint-distributor", at, `the 版权页 prints no 发行单位${im.distributor ? ` ${im.distributor}` : ""}`);
    const cnPages = [1, at, pages.length];
    if (!m.cn) add("imprint-cn", at, "the CN is unknown (magazine.yaml): nothing to print yet", true);
    else if (!cnPages.some((p) => has(p, `CN${m.cn}`)))
      add("imprint-cn", at, "neither 封一, the 版权页 nor 封四 prints the CN");
    if (!m.issn) add("imprint-issn", at, "the ISSN is unknown (magazine.yaml): nothing to print yet", true);
    else if (!has(at, `ISSN${m.issn}`)) add("imprint-issn", at, "the 版权页 prints no ISSN");
    if (!m.price) add("imprint-price", at, "the 定价 is unknown (magazine.yaml): nothing to print yet", true);
    else if (!has(at, "定价") || !has(at, m.price)) add("imprint-price", at, "the 版权页 prints no 定价");
    if (!has(at, "出版日期")) add("imprint-date", at, "the 版权页 prints no 出版日期");
    const adPages = issue.fillers
      .filter((f) => f.kind === "ad" && f.caption)
      .flatMap((f) => pages.flatMap((t, i) => (i > 1 && t.includes(flat(f.caption as string)) ? [i + 1] : [])));
    if (adPages.length && !has(at, "广告经营许可证"))
      add(
        "imprint-ad-licence",
        at,
        `advertisements on PDF page ${adPages.join(", ")}, but the 版权页 prints no 广告经营许可证号`,
      );
  }

  // 目次
  const entries = issue.articles.filter((a) => a.inToc);
  const tocPage = bestPage(
    pages,
    (t) => entries.filter((a) => t.includes(squash(a.title))).length + (TOC_HEADS.some((h) => t.includes(h)) ? 1 : 0),
    2,
  );
  if (tocPage === undefined) add("toc-own-page", undefined, "no page carries the 目次");
  else {
    const toc = pages[tocPage - 1];
    const tocSquashed = squash(texts[tocPage - 1]);
    if (!TOC_HEADS.some((h) => toc.includes(h)))
      add("toc-own-page", tocPage, "the 目次 page has no heading 目录 or 目次");
    if (tocPage === imprintPage || tocPage <= 2)
      add("toc-own-page", tocPage, "the 目次 shares its page with the 版权页 or a cover");
    if (tocPage !== 3)
      add(
        "toc-after-inside-front-cover",
        tocPage,
        `the 目次 is on PDF page ${tocPage}, not the page after 封二 (PDF page 3)`,
      );
    for (const a of entries) {
      if (!tocSquashed.includes(squash(a.title))) continue; // the 目次 proof (toc check) reports a missing title
      const missing = a.authors.filter((n) => !toc.includes(flat(n)));
      if (missing.length) add("toc-all-authors", tocPage, `"${a.title}" is listed without ${missing.join(", ")}`);
    }
    for (const a of issue.articles.filter((x) => x.place))
      if (!tocSquashed.includes(squash(a.title)))
        add(
          "toc-cover-items",
          tocPage,
          `"${a.title}" on ${PLACE_LABEL[a.place as keyof typeof PLACE_LABEL]} is not in the 目次`,
        );
    for (const place of COVER_PLACES) {
      const c = issue[PLACE_ISSUE_KEY[place]];
      if (c?.title && !tocSquashed.includes(squash(c.title)))
        add("toc-cover-items", tocPage, `${PLACE_LABEL[place]} "${c.title}" is not in the 目次`);
    }
  }

  // Running heads: inner pages with text (photo pages carry none) print the title and year·number.
  const inner = pages
    .slice(2, -2)
    .map((t, i) => ({ page: i + 3, t }))
    .filter((p) => p.t.length > 200);
  const bare = inner.filter((p) => !p.t.includes(flat(m.title)) || !hasYearNumber(p.t, year, number));
  if (inner.length && bare.length > inner.length / 2)
    add(
      "running-heads",
      bare[0].page,
      `${bare.length} of ${inner.length} text pages print no running head with ${m.title} and ${year}·${number} (PDF pages ${bare
        .slice(0, 8)
        .map((p) => p.page)
        .join(", ")}${bare.length > 8 ? ", …" : ""})`,
    );

  // One trim for every page, the magazine's (and so every issue's of the year).
  const mm = (pt: number) => (pt * 25.4) / 72;
  const off = trims.findIndex(
    (t) => Math.abs(mm(t.widthPt) - m.trim.widthMm) > 0.5 || Math.abs(mm(t.heightPt) - m.trim.heightMm) > 0.5,
  );
  if (off >= 0)
    add(
      "trim-year",
      off + 1,
      `trim ${mm(trims[off].widthPt).toFixed(1)}×${mm(trims[off].heightPt).toFixed(1)} mm, not the ${m.trim.widthMm}×${m.trim.heightMm} mm every issue of the year has`,
    );

  const size = (t: PageTrim) => `${mm(t.widthPt).toFixed(1)}×${mm(t.heightPt).toFixed(1)} mm`;
  for (const o of trims.length ? others : [])
    if (Math.abs(o.widthPt - trims[0].widthPt) > 1.5 || Math.abs(o.heightPt - trims[0].heightPt) > 1.5)
      add("trim-year", 1, `trim ${size(trims[0])}, but ${o.id} of the same year was built at ${size(o)}`);
  return results(found, issue.magazine.waivers ?? {});
}

/** The page scoring highest (at least `min`), first of equals. */
function bestPage(pages: string[], score: (t: string) => number, min: number): number | undefined {
  let best: number | undefined;
  let top = min - 1;
  pages.forEach((t, i) => {
    const s = score(t);
    if (s > top) {
      top = s;
      best = i + 1;
    }
  });
  return best;
}

/** One result per finding (waived ones pass, marked waived with the reason), one pass per clean rule. */
function results(found: Found[], waivers: Record<string, string>): CheckResult[] {
  const out: CheckResult[] = [];
  for (const rule of PERIODICAL_RULES.filter((r) => (r.checked as readonly string[]).includes("pdf"))) {
    const mine = found.filter((f) => f.rule === rule.id);
    const check = `periodical: ${rule.id}`;
    const cite = citeRule(rule.id);
    if (!mine.length) out.push({ check, status: "pass", message: `${cite}: ${rule.requires}` });
    for (const f of mine) {
      const reason = waivers[rule.id];
      out.push({
        check,
        status: reason ? "pass" : f.unknown ? "warn" : "fail",
        ...(f.page ? { page: f.page } : {}),
        ...(reason ? { waived: reason } : {}),
        message: reason ? `waived (${reason}): ${cite}: ${f.message}` : `${cite}: ${f.message}`,
      });
    }
  }
  return out;
}
