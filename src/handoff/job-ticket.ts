/** The printer's job ticket: planned from the issue and the press PDF facts, written as JSON and text. */
import type { Issue } from "../model/types.js";

export interface JobTicket {
  title: string;
  titleLatin: string;
  issn: string;
  cn: string;
  issue: { id: string; year: number; number: number; totalNumber: number; date: string };
  trimMm: { width: number; height: number };
  bleedMm: number;
  pages: number;
  binding: "saddle-stitch";
  colours: string;
  paper: string | null;
  quantity: number | null;
  contact: string | null;
  printer: string;
  files: { press: string; proof: string; preflight: string };
  pdf: { standard: string; outputIntent: string };
}

export interface TicketFacts {
  pages: number;
  pressFile: string;
  proofFile: string;
  pdfx: string;
  outputIntent: string;
}

export function planJobTicket(issue: Issue, f: TicketFacts): { ticket: JobTicket; missing: string[] } {
  const { magazine: m, press } = issue;
  const missing = (["paper", "quantity", "contact"] as const).filter((k) => press[k] === undefined || press[k] === "");
  return {
    ticket: {
      title: m.title, titleLatin: m.titleLatin, issn: m.issn, cn: m.cn,
      issue: { id: issue.id, year: issue.year, number: issue.number, totalNumber: issue.totalNumber, date: issue.date },
      trimMm: { width: m.trim.widthMm, height: m.trim.heightMm },
      bleedMm: m.trim.bleedMm,
      pages: f.pages,
      binding: press.binding,
      colours: press.colours,
      paper: press.paper ?? null,
      quantity: press.quantity ?? null,
      contact: press.contact ?? null,
      printer: issue.imprint.printer,
      files: { press: f.pressFile, proof: f.proofFile, preflight: "preflight.html" },
      pdf: { standard: f.pdfx, outputIntent: f.outputIntent },
    },
    missing,
  };
}

const TBD = "(待定 to be confirmed)";

export function jobTicketText(t: JobTicket): string {
  const rows: [string, string][] = [
    ["刊名 Title", `《${t.title}》 ${t.titleLatin}`],
    ["刊号 ISSN / CN", `ISSN ${t.issn}  CN ${t.cn}`],
    ["期次 Issue", `${t.issue.year}年第${t.issue.number}期 (总第${t.issue.totalNumber}期), ${t.issue.date}`],
    ["成品尺寸 Trim", `${t.trimMm.width} × ${t.trimMm.height} mm`],
    ["出血 Bleed", `${t.bleedMm} mm each side`],
    ["页数 Pages", `${t.pages} (incl. covers)`],
    ["装订 Binding", t.binding === "saddle-stitch" ? "骑马钉 saddle-stitch" : t.binding],
    ["印色 Colours", `${t.colours} (CMYK both sides)`],
    ["纸张 Paper", t.paper ?? TBD],
    ["印数 Quantity", t.quantity !== null ? String(t.quantity) : TBD],
    ["联系人 Contact", t.contact ?? TBD],
    ["印刷 Printer", t.printer],
    ["印刷文件 Press PDF", `${t.files.press} (${t.pdf.standard}, output intent: ${t.pdf.outputIntent})`],
    ["校样 Proof", `${t.files.proof} (low resolution, not for printing)`],
    ["预检 Preflight", t.files.preflight],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return `印刷工单 JOB TICKET\n\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n")}\n\nSHA256SUMS lists a checksum for every file: sha256sum -c SHA256SUMS\n`;
}
