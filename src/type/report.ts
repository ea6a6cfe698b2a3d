/**
 * The type report: read back from the PDF (src/type/pdf-text.ts), page by page: body size and
 * leading (one value each expected), the baseline grid, paragraphs ending on one or two characters,
 * punctuation at line starts and ends, half-width punctuation between Chinese characters, headlines
 * broken inside a phrase, pages left empty at the foot, and the filler pages. Which page is an
 * article's last page, a filler or the 目录 comes from the layout's page map; everything measured
 * comes from the PDF. Pure.
 */
import { bodyMetrics, halfWidthLines } from "./body.js";
import { emptyShare, type TypeArea } from "./fill.js";
import { headlineSetting } from "./headlines.js";
import type { PdfPage } from "./pdf-text.js";
import type { PageRole, TypeCheck, TypePageReport, TypeReport } from "../contract/type-report.js";
import { ROLES } from "../contract/layout/dom.js";

export type { PageRole, TypeCheck, TypePageReport, TypeReport };

/** Article pages may end this short; other pages must not be emptier than this. */
export const LAST_PAGE_SHORT = 0.25;
export const PAGE_EMPTY_LIMIT = 0.4;
/** Pages that are not body text: every page role (covers, 版权页, 目录, fillers, notes pages). */
const NOT_TEXT_PAGES: readonly string[] = Object.values(ROLES);

export function typeReport(
  pdf: PdfPage[],
  layout: PageRole[],
  spec: { bodyPt: number; leadingPt: number; area: TypeArea /** Narrowest column width (pt). */; columnPt: number },
  titles: Map<string, string>,
): TypeReport {
  const checks: TypeCheck[] = [];
  const fail = (check: string, page: number | undefined, message: string, status: TypeCheck["status"] = "fail") =>
    checks.push({ check, status, page, message });
  const lastPage = new Map<string, number>();
  layout.forEach((p, i) =>
    p.articles.forEach((id) =>
      lastPage.set(id.replace(/--cont$/, ""), Math.max(i, lastPage.get(id.replace(/--cont$/, "")) ?? -1)),
    ),
  );
  const lastPages = new Set([...lastPage.values()]);
  // The continued part of an article ends an article too (where it jumps from, the page is full).
  layout.forEach((p, i) => p.articles.forEach((id) => id.endsWith("--cont") && lastPages.add(i)));
  const pages: TypePageReport[] = [];
  const runts: TypeReport["runts"] = [];
  const phases: { page: number; phase: number }[] = [];
  pdf.forEach((page, i) => {
    const role = layout[i];
    const n = i + 1;
    for (const l of halfWidthLines(page))
      fail("punctuation", n, `half-width punctuation between Chinese characters: “${l.text.trim()}”`);
    if (!role || role.folio == null || role.roles.some((r) => NOT_TEXT_PAGES.includes(r))) return;
    const m = bodyMetrics(page, spec.area.top, 0.75 * spec.columnPt);
    const empty = emptyShare(page, spec.area);
    const lastOfArticle = lastPages.has(i);
    pages.push({
      page: n,
      folio: role.folio,
      bodyPt: m?.size,
      leadingPt: m?.leading,
      lines: m?.lines ?? 0,
      empty,
      lastOfArticle,
    });
    if (m) {
      if (Math.abs(m.size - spec.bodyPt) > 0.05)
        fail("body size", n, `body type ${m.size} pt, the magazine's is ${spec.bodyPt} pt`);
      if (m.lines >= 4 && Math.abs(m.leading - spec.leadingPt) > 0.05)
        fail("leading", n, `body leading ${m.leading} pt, the magazine's is ${spec.leadingPt} pt`);
      if (m.offGrid.length)
        fail(
          "baseline grid",
          n,
          `${m.offGrid.length} body line(s) off the page's baseline grid, e.g. “${m.offGrid[0].text.trim().slice(0, 12)}…”`,
        );
      if (m.lines >= 4) phases.push({ page: n, phase: m.phase });
      for (const r of m.runts) runts.push({ page: n, text: r.text.trim() });
      for (const l of m.startsWithClosing)
        fail("line start", n, `line starts with closing punctuation: “${l.text.trim().slice(0, 12)}…”`);
      for (const l of m.endsWithOpening)
        fail("line end", n, `line ends with opening punctuation: “…${l.text.trim().slice(-12)}”`);
    }
    if (empty > PAGE_EMPTY_LIMIT && !lastOfArticle)
      fail(
        "page fill",
        n,
        `p. ${role.folio}: ${Math.round(empty * 100)}% of the type area empty at the foot (not an article's last page)`,
      );
    else if (empty > LAST_PAGE_SHORT && lastOfArticle)
      fail(
        "page fill",
        n,
        `p. ${role.folio}: an article's last page ${Math.round(empty * 100)}% empty (more than a quarter)`,
        "warn",
      );
    for (const id of role.articleStarts) {
      const title = titles.get(id);
      if (!title) continue;
      const set = headlineSetting(page, title);
      if (!set.lines.length) fail("headline", n, `title “${title}” not found as set lines`, "warn");
      for (const line of set.inside) fail("headline", n, `“${title}” breaks inside a phrase after “${line}”`);
    }
  });
  for (const r of runts)
    fail(
      "short last line",
      r.page,
      `paragraph ends on a line of ${[...r.text.replace(/\s/g, "")].length} character(s): “${r.text}”`,
    );
  const bodySizes = [...new Set(pages.flatMap((p) => (p.bodyPt === undefined ? [] : [p.bodyPt])))].sort();
  const leadings = [
    ...new Set(pages.flatMap((p) => (p.leadingPt === undefined || !Number.isFinite(p.leadingPt) ? [] : [p.leadingPt]))),
  ].sort();
  const phase = phases[0]?.phase;
  for (const p of phases) {
    const d = Math.abs(p.phase - phase);
    if (Math.min(d, spec.leadingPt - d) > 0.3)
      fail(
        "baseline grid",
        p.page,
        `baselines ${p.phase} pt into the grid, page ${phases[0].page}'s are ${phase} pt: facing pages do not share baselines`,
      );
  }
  const fillers = layout.flatMap((p, i) =>
    p.roles.includes(ROLES.filler)
      ? [{ page: i + 1, folio: p.folio, kind: pdf[i]?.images.length ? "filler" : "notes" }]
      : [],
  );
  if (!checks.some((c) => c.status === "fail"))
    checks.push({
      check: "type",
      status: "pass",
      message: `${pages.length} inner pages: body ${bodySizes.join("/")} pt on ${leadings.join("/")} pt, no short last lines`,
    });
  return {
    expected: { bodyPt: spec.bodyPt, leadingPt: spec.leadingPt },
    bodySizes,
    leadings,
    pages,
    runts,
    fillers,
    checks,
  };
}
