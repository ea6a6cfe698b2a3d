/**
 * The job ticket as a printable page (job-ticket.html, one A4 sheet): the rows of ticketRows with
 * each value's status (已确认, 占位 待确认, 未定), for a draft a 草稿 · 非印刷用 banner and the
 * pages that hold placeholders, the files with their SHA-256, and lines for both parties' seals. Self-contained
 * HTML (no scripts, no remote resources). Pure.
 */
import type { JobTicket } from "./job-ticket.js";
import { STATUS_LABEL, ticketRows } from "./job-ticket-rows.js";

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

const CSS = `@page { size: A4; margin: 12mm 14mm; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; font-size: 9pt; line-height: 1.3; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 1mm; } .sub { margin: 0 0 3mm; font-size: 10pt; }
.draft { border: 1.2pt solid #c00; color: #c00; font-weight: bold; font-size: 12pt; padding: 2mm 3mm; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #666; padding: 0.8mm 2mm; vertical-align: top; text-align: left; }
th { width: 52mm; font-weight: bold; white-space: nowrap; } th small, td small { font-weight: normal; color: #555; font-size: 7.5pt; }
td.s { width: 27mm; white-space: nowrap; } .placeholder { background: #fff3b0; } .unknown { color: #777; font-style: italic; }
.ph { font-size: 8pt; margin: 2mm 0 0; } .files { font-size: 7.5pt; margin-top: 2mm; }
.seals { display: flex; gap: 8mm; margin-top: 5mm; } .seals div { flex: 1; border-top: 0.5pt solid #000; padding-top: 1mm; }`;

export function jobTicketPage(t: JobTicket, sha256: Record<string, string> = {}): string {
  const draft = t.status === "draft";
  const rows = ticketRows(t)
    .map((r) => {
      const cls = r.status === "placeholder" || r.status === "unknown" ? ` class="${r.status}"` : "";
      const status = r.status ? esc(STATUS_LABEL[r.status]) : "据文件 <small>from the files</small>";
      return `<tr${cls}><th>${esc(r.zh)} <small>${esc(r.en)}</small></th><td>${esc(r.value)}</td><td class="s">${status}</td></tr>`;
    })
    .join("\n");
  // The pages only, to keep the ticket one sheet: what each placeholder is, job-ticket.json and preflight.html say.
  const pages = [...new Set(t.placeholders.map((p) => p.page))];
  const placeholders = draft
    ? `<p class="ph"><b>占位 Placeholders</b> (${t.placeholders.length}, 详见 ${esc(t.files.preflight)}): ${pages.map(esc).join(" · ")}</p>`
    : "";
  const files = Object.entries(sha256)
    .map(([name, hex]) => `<div>${esc(name)} — SHA-256 ${esc(hex)}</div>`)
    .join("\n");
  const title = `《${t.title}》${t.issue.year}年第${t.issue.number}期 期刊印刷工单`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(`${draft ? "草稿 · " : ""}${title}`)}</title>
<style>${CSS}</style></head>
<body>
<h1>${esc(title)}${draft ? " · 草稿" : ""}</h1>
<p class="sub">总第${t.issue.totalNumber}期 · 出版日期 ${esc(t.issue.date)} · ISSN ${esc(t.issn)} · CN ${esc(t.cn)}</p>
${draft ? `<p class="draft">草稿 · 非印刷用 — DRAFT, NOT FOR PRESS: ${t.placeholders.length} 处占位 (placeholders) 尚未替换; 印刷文件不是 PDF/X, 不能付印。</p>` : ""}
<table>
${rows}
</table>
${placeholders}
<div class="files">${files}</div>
<div class="seals"><div>委印单位 (盖章) Publisher</div><div>承印单位 (盖章) Printer</div><div>日期 Date</div></div>
</body></html>
`;
}
