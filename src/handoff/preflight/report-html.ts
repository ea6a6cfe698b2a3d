/**
 * preflight.html for the production editor: verdict (and 草稿 · draft with its placeholders), then
 * every problem with the page by its printed name and a crop of the page, the flatplan, every
 * spread (thumbnails inline, so the file travels alone), the passed checks and how long each took.
 */
import type { FitRow } from "../../contract/fit-report.js";
import type { TypeReport } from "../../type/report.js";
import type { Spread } from "./thumbnails.js";
import type { CheckResult, PreflightReport, Status } from "./types.js";

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITY[c]);
const WORD: Record<Status, string> = { pass: "通过 pass", warn: "注意 warn", fail: "不通过 fail" };
const worst = (rs: CheckResult[]): Status | undefined =>
  rs.some((r) => r.status === "fail") ? "fail" : rs.some((r) => r.status === "warn") ? "warn" : undefined;
const png = (b: Buffer) => `data:image/png;base64,${b.toString("base64")}`;

function row(report: PreflightReport, r: CheckResult, crop?: Buffer): string {
  const where = r.page ? `<a href="#p${r.page}">${esc(report.pageNames[r.page - 1] ?? `PDF ${r.page}`)}</a>` : "—";
  const pic = crop ? `<td><img class="crop" alt="" src="${png(crop)}"></td>` : "<td></td>";
  return `<tr class="${r.status}"><td>${r.waived ? "waived" : WORD[r.status]}</td><td>${esc(r.check)}</td><td>${where}</td><td>${esc(r.message)}</td>${pic}</tr>`;
}

function spreadFigure(report: PreflightReport, s: Spread): string {
  const mine = report.results.filter((r) => r.page !== undefined && s.pages.includes(r.page) && r.status !== "pass");
  const mark = worst(mine);
  const label = s.pages.map((p) => report.pageNames[p - 1] ?? `PDF ${p}`).join(" | ");
  return `<figure class="spread ${mark ?? "ok"}" id="p${s.pages[0]}">${s.pages
    .slice(1)
    .map((p) => `<a id="p${p}"></a>`)
    .join("")}
<img alt="${esc(label)}" src="${png(s.png)}">
<figcaption>${esc(label)}${mine.length ? `<ul>${mine.map((r) => `<li class="${r.status}">${esc(r.check)}: ${esc(r.message)}</li>`).join("")}</ul>` : ""}</figcaption>
</figure>`;
}

/** PDF page of a printed folio (封一 and 封二 come first): the anchor of its spread. */
const spreadAnchor = (folio: number) => `#p${folio + 2}`;

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

function draftSection(report: PreflightReport): string {
  if (report.mode !== "draft") return "";
  const items = report.placeholders.map(
    (p) => `<li><a href="#p${p.page}">${esc(report.pageNames[p.page - 1] ?? `PDF ${p.page}`)}</a>: ${esc(p.what)}</li>`,
  );
  return `<p class="draft">草稿 · draft: not for press. ${report.placeholders.length} placeholder(s) to replace; <code>folio build --press</code> fails until they are gone.</p>
<ol class="placeholders">${items.join("")}</ol>`;
}

/** The type report: body size and leading per inner page (one value each expected), fill, fillers. */
function typeTable(t: TypeReport): string {
  const one = t.bodySizes.length <= 1 && t.leadings.length <= 1;
  const rows = t.pages.map((p) => {
    const status =
      (p.bodyPt !== undefined && Math.abs(p.bodyPt - t.expected.bodyPt) > 0.05) ||
      (p.leadingPt !== undefined && Number.isFinite(p.leadingPt) && Math.abs(p.leadingPt - t.expected.leadingPt) > 0.05)
        ? "fail"
        : p.empty > 0.25
          ? "warn"
          : "pass";
    const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "—" : String(v));
    return `<tr class="${status}"><td>${p.folio ?? "—"}</td><td>${num(p.bodyPt)}</td><td>${num(p.leadingPt)}</td><td>${p.lines}</td><td>${Math.round(p.empty * 100)}%${p.lastOfArticle ? " (last page)" : ""}</td></tr>`;
  });
  return `<h2>字体与版心 Type</h2>
<p>Magazine: body ${t.expected.bodyPt} pt on ${t.expected.leadingPt} pt. Measured in the PDF: body ${esc(t.bodySizes.join(", ") || "—")} pt, leading ${esc(t.leadings.join(", ") || "—")} pt${one ? " (one value each)" : ""}; ${t.runts.length} paragraph(s) ending on one or two characters${t.runts.length ? `: ${t.runts.map((r) => `p. ${r.page - 2} “${esc(r.text)}”`).join(", ")}` : ""}; filler pages: ${t.fillers.length ? t.fillers.map((f) => `p. ${f.folio} (${esc(f.kind)})`).join(", ") : "none"}.</p>
<table><tr><th>page</th><th>body pt</th><th>leading pt</th><th>body lines</th><th>empty at foot</th></tr>
${rows.join("\n")}</table>`;
}

export function renderReportHtml(
  report: PreflightReport,
  spreads: Spread[],
  crops: Map<number, Buffer> = new Map(),
): string {
  const { summary: s } = report;
  const verdict: Status = s.fail ? "fail" : s.warn ? "warn" : "pass";
  const indexed = report.results.map((r, i) => ({ r, i }));
  const problems = indexed.filter(({ r }) => r.status !== "pass");
  const passed = indexed.filter(({ r }) => r.status === "pass" && !r.waived);
  const waived = indexed.filter(({ r }) => r.waived);
  const timings = Object.entries(report.timings)
    .map(([k, v]) => `${esc(k)} ${(v / 1000).toFixed(1)} s`)
    .join(" · ");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Preflight · ${esc(report.title)}</title>
<style>
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222 }
.verdict { font-size: 1.6em; padding: .4em .8em; display: inline-block; border-radius: 4px }
.verdict.pass { background: #dff3e3 } .verdict.warn { background: #fff1c2 } .verdict.fail { background: #fbd5d5 }
.draft { font-size: 1.3em; font-weight: 700; color: #8a6100 }
table { border-collapse: collapse; margin: 1em 0 } td, th { padding: .2em .8em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top }
tr.fail td:first-child, li.fail { color: #b00000 } tr.warn td:first-child, li.warn { color: #8a6100 }
img.crop { max-width: 480px; border: 1px solid #999 }
.spreads { display: flex; flex-wrap: wrap; gap: 1em } figure.spread { margin: 0; padding: 6px; border: 3px solid #ccc }
figure.spread.fail { border-color: #d00000 } figure.spread.warn { border-color: #e0a800 }
figcaption ul { margin: .2em 0; padding-left: 1.2em; max-width: 28em }
</style></head><body>
<h1>Preflight: ${esc(report.title)}</h1>
<p class="verdict ${verdict}">${report.mode === "draft" ? "草稿 · draft · " : ""}${WORD[verdict]} · ${s.fail} fail · ${s.warn} warn · ${s.pass} pass</p>
${draftSection(report)}
<p>${esc(report.file)}, ${report.pages} pages${report.seconds ? `, checked in ${report.seconds.toFixed(1)} s` : ""}. Limits: ${Object.entries(
    report.limits,
  )
    .map(([k, v]) => `${esc(k)} ${esc(String(v))}`)
    .join(" · ")}</p>
<h2>Problems</h2>
${problems.length ? `<table><tr><th>status</th><th>check</th><th>page</th><th>finding</th><th>where</th></tr>${problems.map(({ r, i }) => row(report, r, crops.get(i))).join("\n")}</table>` : "<p>None.</p>"}
${report.flatplan ? flatplanTable(report.flatplan) : ""}
${report.type ? typeTable(report.type) : ""}
<h2>Spreads</h2>
<div class="spreads">${spreads.map((sp) => spreadFigure(report, sp)).join("\n")}</div>
${waived.length ? `<h2>Waived (magazine.yaml rules.waive)</h2>\n<table>${waived.map(({ r }) => row(report, r)).join("\n")}</table>` : ""}
<h2>Passed checks</h2>
<table>${passed.map(({ r }) => row(report, r)).join("\n")}</table>
<h2>Figures</h2>
<p>${Object.entries(report.figures)
    .map(([k, v]) => `${esc(k)}: ${esc(String(v))}`)
    .join(" · ")}</p>
${timings ? `<p>${timings}</p>` : ""}
</body></html>
`;
}
