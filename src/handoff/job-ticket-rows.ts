/**
 * The job ticket as rows a printer reads (Chinese label, English label, value, status), and the
 * plain-text ticket made from them. The printable page (job-ticket-page.ts) sets the same rows. Pure.
 */
import type { Field, FieldStatus, JobTicket } from "./job-ticket.js";

export interface TicketRow {
  zh: string;
  en: string;
  value: string;
  /** Status of a value issue.yaml or magazine.yaml gives; undefined for what the files themselves say. */
  status?: FieldStatus;
}

export const STATUS_LABEL: Record<FieldStatus, string> = {
  confirmed: "已确认 confirmed",
  placeholder: "占位 待确认 placeholder",
  unknown: "未定 not yet known",
};

const show = (f: Field<string | number>) =>
  f.status === "unknown"
    ? "未定 not yet known"
    : f.status === "placeholder"
      ? `${f.value} [占位 placeholder, to be confirmed]`
      : String(f.value);

const row = (zh: string, en: string, f: Field<string | number>): TicketRow => ({
  zh,
  en,
  value: show(f),
  status: f.status,
});

/** The proof round approved for press, and whether the press file still draws what it drew. */
function approvedRow(a: JobTicket["approvedProof"]): TicketRow {
  if (!a)
    return { zh: "付印校次", en: "Approved proof", value: "未定 no proof round made (folio proof)", status: "unknown" };
  const since = a.changedPages.length
    ? ` · 此后改动 ${a.changedPages.length} 页 changed since: ${a.changedPages.slice(0, 8).join(", ")}${a.changedPages.length > 8 ? " …" : ""}`
    : " · 印刷文件与该校次一致 the press file draws the pages of that round";
  return {
    zh: "付印校次",
    en: "Approved proof",
    value: `${a.label} (${a.date}, build ${a.build})${since}`,
    status: a.changedPages.length ? "placeholder" : "confirmed",
  };
}

export function ticketRows(t: JobTicket): TicketRow[] {
  const pc = t.pressCondition;
  return [
    {
      zh: "状态",
      en: "Status",
      value:
        t.status === "draft"
          ? `草稿 · 非印刷用 draft, not for press (${t.placeholders.length} placeholder(s), listed below)`
          : "付印 ready for press",
    },
    row("期刊印刷委托书编号", "Printing commission no.", t.commission),
    { zh: "刊名", en: "Title", value: `《${t.title}》 ${t.titleLatin}` },
    { zh: "刊号", en: "ISSN / CN", value: `ISSN ${t.issn}  CN ${t.cn}` },
    {
      zh: "期次",
      en: "Issue",
      value: `${t.issue.year}年第${t.issue.number}期 (总第${t.issue.totalNumber}期), ${t.issue.date}`,
    },
    { zh: "成品尺寸", en: "Trim", value: `${t.trimMm.width} × ${t.trimMm.height} mm` },
    { zh: "出血", en: "Bleed", value: `${t.bleedMm} mm each side` },
    {
      zh: "页数",
      en: "Pages",
      value: `${t.pages.total} = ${t.pages.inner} inner + ${t.pages.cover} cover (封一–封四)`,
    },
    { zh: "装订方式", en: "Binding", value: t.binding === "saddle-stitch" ? "骑马订 saddle stitch" : t.binding },
    {
      zh: "订口",
      en: "Binding edge",
      value: t.bindingSide === "right" ? "右订 right (pages run right to left)" : "左订 left (pages run left to right)",
    },
    { zh: "印色", en: "Colours", value: `${t.colours} (CMYK both sides)` },
    row("内文用纸", "Text paper", t.paper.text),
    row("封面用纸", "Cover paper", t.paper.cover),
    row("封面工艺", "Cover finish", t.coverFinish),
    row("印数", "Quantity", t.quantity),
    {
      zh: "印刷条件",
      en: "Press condition",
      value: `${pc.identifier} (${pc.registry || "custom"}), total ink ≤ ${pc.totalInkLimit} %${pc.status === "placeholder" ? " [占位 folio's default, to be confirmed]" : ""}`,
      status: pc.status,
    },
    {
      zh: "输出特性文件",
      en: "Profile",
      value: `${pc.profile}${pc.profileSource === "printer" ? " (印厂提供 the printer's own)" : ""}`,
    },
    row("打样方式", "Proof", t.proof),
    approvedRow(t.approvedProof),
    row("交货日期", "Delivery date", t.delivery.date),
    row("交货地点", "Delivery place", t.delivery.place),
    row("结算单位", "Billing party", t.billing),
    row("联系人", "Contact", t.contact),
    { zh: "印刷单位", en: "Printer", value: t.printer },
    {
      zh: "印刷文件",
      en: "Press PDF",
      value: `${t.files.press}${t.status === "draft" ? " (草稿 draft, not PDF/X)" : ` (${t.pdf.standard})`}`,
    },
    { zh: "校样文件", en: "Proof PDF", value: `${t.files.proof} (low resolution, 校样 · 非印刷用)` },
    { zh: "预检报告", en: "Preflight", value: t.files.preflight },
  ];
}

export function jobTicketText(t: JobTicket): string {
  const rows = ticketRows(t).map((r): [string, string] => [`${r.zh} ${r.en}`, r.value]);
  // Column width in display cells: CJK characters take two.
  const cells = (t: string) => [...t].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
  const w = Math.max(...rows.map(([k]) => cells(k)));
  const pad = (k: string) => k + " ".repeat(w - cells(k));
  const list = t.placeholders.length
    ? `\n\n占位 Placeholders (草稿 · draft):\n${t.placeholders.map((p) => `  ${p.page}: ${p.what}`).join("\n")}`
    : "";
  return `期刊印刷工单 JOB TICKET${t.status === "draft" ? " · 草稿 DRAFT · 非印刷用" : ""}\n\n${rows.map(([k, v]) => `${pad(k)}  ${v}`).join("\n")}${list}\n\nSHA256SUMS lists a checksum for every file: sha256sum -c SHA256SUMS\n`;
}
