/**
 * preflight.html for the production editor: verdict and counts first, then the problems as a
 * list, then every spread (thumbnails inline, so the file travels alone) with its findings.
 */
import type { FitRow } from "../../flatplan/report.js";
import type { TypeReport } from "../../type/report.js";
import type { Spread } from "./thumbnails.js";
import type { CheckResult, PreflightReport, Status } from "./types.js";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const WORD: Record<Status, string> = { pass: "通过 pass", warn: "注意 warn", fail: "不通过 fail" };
const worst = (rs: CheckResult[]): Status | undefined =>
  rs.some((r) => r.status === "fail") ? "fail" : rs.some((r) => r.status === "warn") ? "warn" : undefined;

function row(r: CheckResult): string {
  return `<tr class="${r.status}"><td>${WORD[r.status]}</td><td>${esc(r.check)}</td><td>${r.page ?? "—"}</td><td>${esc(r.message)}</td></tr>`;
}

function spreadFigure(s: Spread, results: CheckResult[]): string {
  const mine = results.filter((r) => r.page !== undefined && s.pages.includes(r.page) && r.status !== "pass");
  const mark = worst(mine);
  const label = s.pages.length > 1 ? `pp. ${s.pages.join("–")}` : `p. ${s.pages[0]}`;
  return `<figure class="spread ${mark ?? "ok"}" id="p${s.pages[0]}">
<img alt="${label}" src="data:image/png;base64,${s.png.toString("base64")}">
<figcaption>${label}${mine.length ? `<ul>${mine.map((r) => `<li class="${r.status}">${esc(r.check)}: ${esc(r.message)}</li>`).join("")}</ul>` : ""}</figcaption>
</figure>`;
}

/** PDF page of a printed folio (封一 and 封二 come first), and the spread it sits in (its anchor). */
const spreadAnchor = (folio: number) => {
  const pdf = folio + 2;
  return `#p${pdf === 1 || pdf % 2 === 0 ? pdf : pdf - 1}`;
};

function flatplanTable(rows: FitRow[]): string {
  const body = rows.map((r) => {
    const status = r.status === "fits" ? "pass" : r.status === "underfull" ? "warn" : "fail";
    const over = `${r.over > 0 ? "+" : ""}${r.over.toFixed(2)}`;
    return `<tr class="${status}"><td><a href="${spreadAnchor(r.plannedStart)}">${r.plannedStart}</a></td><td>${r.actualStart ?? "—"}</td><td>${r.slotPages}</td><td>${r.usedPages.toFixed(2)}</td><td>${over}</td><td>${esc(r.status)}</td><td>${esc(r.copyfit ?? "")}</td><td>${esc(r.tool)}</td><td>${esc(r.titles.join(" / "))}</td></tr>`;
  });
  return `<h2>版面计划 Flatplan fit</h2>
<table><tr><th>planned</th><th>actual</th><th>slot</th><th>used</th><th>over</th><th>status</th><th>copyfit (字)</th><th>fitted by</th><th>articles</th></tr>
${body.join("\n")}</table>`;
}

/** The type report: body size and leading per inner page (one value each expected), fill, fillers. */
function typeTable(t: TypeReport): string {
  const one = t.bodySizes.length <= 1 && t.leadings.length <= 1;
  const rows = t.pages.map((p) => {
    const status = (p.bodyPt !== undefined && Math.abs(p.bodyPt - t.expected.bodyPt) > 0.05) || (p.leadingPt !== undefined && Number.isFinite(p.leadingPt) && Math.abs(p.leadingPt - t.expected.leadingPt) > 0.05) ? "fail" : p.empty > 0.25 ? "warn" : "pass";
    const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "—" : String(v));
    return `<tr class="${status}"><td>${p.folio ?? "—"}</td><td>${num(p.bodyPt)}</td><td>${num(p.leadingPt)}</td><td>${p.lines}</td><td>${Math.round(p.empty * 100)}%${p.lastOfArticle ? " (last page)" : ""}</td></tr>`;
  });
  return `<h2>字体与版心 Type</h2>
<p>Magazine: body ${t.expected.bodyPt} pt on ${t.expected.leadingPt} pt. Measured in the PDF: body ${esc(t.bodySizes.join(", ") || "—")} pt, leading ${esc(t.leadings.join(", ") || "—")} pt${one ? " (one value each)" : ""}; ${t.runts.length} paragraph(s) ending on one or two characters${t.runts.length ? `: ${t.runts.map((r) => `p. ${r.page - 2} “${esc(r.text)}”`).join(", ")}` : ""}; filler pages: ${t.fillers.length ? t.fillers.map((f) => `p. ${f.folio} (${esc(f.kind)})`).join(", ") : "none"}.</p>
<table><tr><th>page</th><th>body pt</th><th>leading pt</th><th>body lines</th><th>empty at foot</th></tr>
${rows.join("\n")}</table>`;
}

export function renderReportHtml(report: PreflightReport, spreads: Spread[]): string {
  const { summary: s } = report;
  const verdict: Status = s.fail ? "fail" : s.warn ? "warn" : "pass";
  const problems = report.results.filter((r) => r.status !== "pass");
  const passed = report.results.filter((r) => r.status === "pass");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Preflight · ${esc(report.title)}</title>
<style>
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222 }
.verdict { font-size: 1.6em; padding: .4em .8em; display: inline-block; border-radius: 4px }
.verdict.pass { background: #dff3e3 } .verdict.warn { background: #fff1c2 } .verdict.fail { background: #fbd5d5 }
table { border-collapse: collapse; margin: 1em 0 } td, th { padding: .2em .8em; border-bottom: 1px solid #ddd; text-align: left }
tr.fail td:first-child, li.fail { color: #b00000 } tr.warn td:first-child, li.warn { color: #8a6100 }
.spreads { display: flex; flex-wrap: wrap; gap: 1em } figure.spread { margin: 0; padding: 6px; border: 3px solid #ccc }
figure.spread.fail { border-color: #d00000 } figure.spread.warn { border-color: #e0a800 }
figcaption ul { margin: .2em 0; padding-left: 1.2em; max-width: 28em }
</style></head><body>
<h1>Preflight: ${esc(report.title)}</h1>
<p class="verdict ${verdict}">${WORD[verdict]} · ${s.fail} fail · ${s.warn} warn · ${s.pass} pass</p>
<p>${esc(report.file)}, ${report.pages} pages. Limits: ${Object.entries(report.limits).map(([k, v]) => `${esc(k)} ${esc(String(v))}`).join(" · ")}</p>
<h2>Problems</h2>
${problems.length ? `<table><tr><th>status</th><th>check</th><th>page</th><th>finding</th></tr>${problems.map(row).join("\n")}</table>` : "<p>None.</p>"}
${report.flatplan ? flatplanTable(report.flatplan) : ""}
${report.type ? typeTable(report.type) : ""}
<h2>Spreads</h2>
<div class="spreads">${spreads.map((sp) => spreadFigure(sp, report.results)).join("\n")}</div>
<h2>Passed checks</h2>
<table>${passed.map(row).join("\n")}</table>
</body></html>
`;
}
