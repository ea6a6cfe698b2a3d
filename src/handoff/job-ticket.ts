/**
 * The printer's job ticket (印刷工单): everything a printer needs to quote and run the job, planned
 * from the issue (issue.yaml `press:`), the press condition and the press PDF's facts, written as JSON
 * and text. A field the issue does not give is "not yet known"; a field issue.yaml lists under
 * `press.placeholders` is shown with its value marked as a placeholder. Never invented. Pure.
 */
import type { Issue } from "../model/types.js";
import type { PressCondition } from "./press-condition.js";

export type FieldStatus = "confirmed" | "placeholder" | "unknown";

export interface Field<T = string> {
  value: T | null;
  status: FieldStatus;
}

export interface JobTicket {
  /** "draft" while the issue has placeholders (草稿 · draft), "press" when it is ready. */
  status: "draft" | "press";
  placeholders: { page: string; what: string }[];
  title: string;
  titleLatin: string;
  issn: string;
  cn: string;
  issue: { id: string; year: number; number: number; totalNumber: number; date: string };
  trimMm: { width: number; height: number };
  bleedMm: number;
  pages: { total: number; inner: number; cover: number };
  binding: "saddle-stitch";
  /** The spine's edge: left for Chinese (odd pages right-hand), right for an edition in Arabic script. */
  bindingSide: "left" | "right";
  colours: string;
  paper: { text: Field; cover: Field };
  quantity: Field<number>;
  delivery: { date: Field; place: Field };
  contact: Field;
  proof: Field;
  printer: string;
  pressCondition: {
    identifier: string;
    outputCondition: string;
    registry: string;
    profile: string;
    totalInkLimit: number;
  };
  pdf: { standard: string; file: string };
  files: { press: string; proof: string; preflight: string };
}

export interface TicketFacts {
  pages: number;
  pressFile: string;
  proofFile: string;
  pdfx: string;
  condition: PressCondition;
  placeholders: { page: string; what: string }[];
}

export function planJobTicket(issue: Issue, f: TicketFacts): { ticket: JobTicket; missing: string[] } {
  const { magazine: m, press } = issue;
  const missing: string[] = [];
  const field = <T>(key: string, value: T | undefined): Field<T> => {
    const status: FieldStatus =
      value === undefined || value === "" ? "unknown" : press.placeholders.includes(key) ? "placeholder" : "confirmed";
    if (status !== "confirmed") missing.push(`${key} (${status === "unknown" ? "not yet known" : "placeholder"})`);
    return { value: value ?? null, status };
  };
  const cover = f.pages >= 8 ? 4 : 0;
  return {
    ticket: {
      status: f.placeholders.length ? "draft" : "press",
      placeholders: f.placeholders,
      title: m.title,
      titleLatin: m.titleLatin,
      issn: m.issn ?? "unknown",
      cn: m.cn ?? "unknown",
      issue: { id: issue.id, year: issue.year, number: issue.number, totalNumber: issue.totalNumber, date: issue.date },
      trimMm: { width: m.trim.widthMm, height: m.trim.heightMm },
      bleedMm: m.trim.bleedMm,
      pages: { total: f.pages, inner: f.pages - cover, cover },
      binding: press.binding,
      bindingSide: issue.edition.direction === "rtl" ? "right" : "left",
      colours: press.colours,
      paper: { text: field("paper", press.paper), cover: field("cover_paper", press.coverPaper) },
      quantity: field("quantity", press.quantity),
      delivery: {
        date: field("delivery_date", press.deliveryDate),
        place: field("delivery_place", press.deliveryPlace),
      },
      contact: field("contact", press.contact),
      proof: field("proof", press.proof),
      printer: issue.imprint.printer,
      pressCondition: {
        identifier: f.condition.identifier,
        outputCondition: f.condition.outputCondition,
        registry: f.condition.registry,
        profile: f.condition.profile.description,
        totalInkLimit: f.condition.totalInkLimit,
      },
      pdf: { standard: f.pdfx, file: f.pressFile },
      files: { press: f.pressFile, proof: f.proofFile, preflight: "preflight.html" },
    },
    missing,
  };
}

const show = (f: Field<string | number>) =>
  f.status === "unknown"
    ? "未定 not yet known"
    : f.status === "placeholder"
      ? `${f.value} [占位 placeholder, to be confirmed]`
      : String(f.value);

export function jobTicketText(t: JobTicket): string {
  const rows: [string, string][] = [
    [
      "状态 Status",
      t.status === "draft"
        ? `草稿 · draft (not for press: ${t.placeholders.length} placeholder(s), listed below)`
        : "付印 ready for press",
    ],
    ["刊名 Title", `《${t.title}》 ${t.titleLatin}`],
    ["刊号 ISSN / CN", `ISSN ${t.issn}  CN ${t.cn}`],
    ["期次 Issue", `${t.issue.year}年第${t.issue.number}期 (总第${t.issue.totalNumber}期), ${t.issue.date}`],
    ["成品尺寸 Trim", `${t.trimMm.width} × ${t.trimMm.height} mm`],
    ["出血 Bleed", `${t.bleedMm} mm each side`],
    ["页数 Pages", `${t.pages.total} = ${t.pages.inner} inner + ${t.pages.cover} cover (封一–封四)`],
    ["装订 Binding", t.binding === "saddle-stitch" ? "骑马钉 saddle stitch" : t.binding],
    [
      "订口 Binding edge",
      t.bindingSide === "right" ? "右订 right (pages run right to left)" : "左订 left (pages run left to right)",
    ],
    ["印色 Colours", `${t.colours} (CMYK both sides)`],
    ["内文纸 Text paper", show(t.paper.text)],
    ["封面纸 Cover paper", show(t.paper.cover)],
    ["印数 Quantity", show(t.quantity)],
    [
      "印刷条件 Press condition",
      `${t.pressCondition.identifier} (${t.pressCondition.registry || "custom"}), total ink ≤ ${t.pressCondition.totalInkLimit} %`,
    ],
    ["输出特性文件 Profile", t.pressCondition.profile],
    ["校样 Proof", show(t.proof)],
    ["交货日期 Delivery date", show(t.delivery.date)],
    ["交货地点 Delivery place", show(t.delivery.place)],
    ["联系人 Contact", show(t.contact)],
    ["印刷 Printer", t.printer],
    ["印刷文件 Press PDF", `${t.files.press} (${t.pdf.standard})`],
    ["校样文件 Proof PDF", `${t.files.proof} (low resolution, 校样 · 非印刷用)`],
    ["预检 Preflight", t.files.preflight],
  ];
  // Column width in display cells: CJK characters take two.
  const cells = (t: string) => [...t].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
  const w = Math.max(...rows.map(([k]) => cells(k)));
  const pad = (k: string) => k + " ".repeat(w - cells(k));
  const list = t.placeholders.length
    ? `\n\n占位 Placeholders (草稿 · draft):\n${t.placeholders.map((p) => `  ${p.page}: ${p.what}`).join("\n")}`
    : "";
  return `印刷工单 JOB TICKET${t.status === "draft" ? " · 草稿 DRAFT" : ""}\n\n${rows.map(([k, v]) => `${pad(k)}  ${v}`).join("\n")}${list}\n\nSHA256SUMS lists a checksum for every file: sha256sum -c SHA256SUMS\n`;
}
