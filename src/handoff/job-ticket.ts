/**
 * The printer's job ticket (期刊印刷工单): what a Chinese printer needs to quote and print the issue,
 * planned from issue.yaml `press:`, magazine.yaml (trim, imprint, press condition) and the press
 * PDF's facts. A field issue.yaml does not give is "unknown"; one it lists under `press.placeholders`
 * keeps its value marked "placeholder"; nothing is invented. Written as JSON (this shape; keys of
 * the first version kept), text and a printable page (job-ticket-page.ts). Pure.
 */
import { PAPER_WEIGHT } from "../model/schema.js";
import type { Issue } from "../model/types.js";
import type { PressCondition } from "./press-condition.js";
import type { ApprovedRound } from "../proof/approved.js";

export type FieldStatus = "confirmed" | "placeholder" | "unknown";

export interface Field<T = string> {
  value: T | null;
  status: FieldStatus;
}

export interface JobTicket {
  /** 2 since the commission number, cover finish, billing party and paper weights. */
  version: 2;
  /** "draft" while the issue has placeholders (草稿 · draft), "press" when it is ready. */
  status: "draft" | "press";
  placeholders: { page: string; what: string }[];
  title: string;
  titleLatin: string;
  issn: string;
  cn: string;
  issue: { id: string; year: number; number: number; totalNumber: number; date: string };
  /** 期刊印刷委托书 number. */
  commission: Field;
  trimMm: { width: number; height: number };
  bleedMm: number;
  pages: { total: number; inner: number; cover: number };
  binding: "saddle-stitch";
  /** The spine's edge: left for Chinese (odd pages right-hand), right for an edition in Arabic script. */
  bindingSide: "left" | "right";
  colours: string;
  paper: { text: Field; cover: Field };
  /** The papers' weights in g/m², read from the paper fields (null where no paper is given). */
  paperWeightGsm: { text: number | null; cover: number | null };
  coverFinish: Field;
  quantity: Field<number>;
  delivery: { date: Field; place: Field };
  billing: Field;
  contact: Field;
  proof: Field;
  printer: string;
  pressCondition: {
    identifier: string;
    outputCondition: string;
    registry: string;
    profile: string;
    /** "printer": the printer's own profile (magazine.yaml press.icc_profile); else folio's build of the condition. */
    profileSource: "printer" | "folio";
    totalInkLimit: number;
    /** confirmed when magazine.yaml names the condition or a profile, placeholder for folio's default FOGRA39. */
    status: Exclude<FieldStatus, "unknown">;
  };
  pdf: { standard: string; file: string };
  files: { press: string; proof: string; preflight: string; ticket: string };
  /** The proof round approved for press (the last `folio proof` round) and the pages changed since; null: none made. */
  approvedProof: ApprovedRound | null;
}

export interface TicketFacts {
  pages: number;
  pressFile: string;
  proofFile: string;
  pdfx: string;
  condition: PressCondition;
  placeholders: { page: string; what: string }[];
  approvedProof?: ApprovedRound | null;
}

/** The weight in g/m² of a paper as issue.yaml gives it ("80g 铜版纸" → 80), or null. */
export function paperWeight(paper: string | undefined): number | null {
  const m = paper ? PAPER_WEIGHT.exec(paper) : null;
  return m ? Number(m[1]) : null;
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
  const named = Boolean(m.press.condition || m.press.iccProfile);
  const ticket: JobTicket = {
    version: 2,
    status: f.placeholders.length ? "draft" : "press",
    placeholders: f.placeholders,
    title: m.title,
    titleLatin: m.titleLatin,
    issn: m.issn ?? "unknown",
    cn: m.cn ?? "unknown",
    issue: { id: issue.id, year: issue.year, number: issue.number, totalNumber: issue.totalNumber, date: issue.date },
    commission: field("commission_no", press.commissionNo),
    trimMm: { width: m.trim.widthMm, height: m.trim.heightMm },
    bleedMm: m.trim.bleedMm,
    pages: { total: f.pages, inner: f.pages - cover, cover },
    binding: press.binding,
    bindingSide: issue.edition.direction === "rtl" ? "right" : "left",
    colours: press.colours,
    paper: { text: field("paper", press.paper), cover: field("cover_paper", press.coverPaper) },
    paperWeightGsm: { text: paperWeight(press.paper), cover: paperWeight(press.coverPaper) },
    coverFinish: field("cover_finish", press.coverFinish),
    quantity: field("quantity", press.quantity),
    delivery: {
      date: field("delivery_date", press.deliveryDate),
      place: field("delivery_place", press.deliveryPlace),
    },
    billing: field("billing", press.billing),
    contact: field("contact", press.contact),
    proof: field("proof", press.proof),
    printer: issue.imprint.printer,
    pressCondition: {
      identifier: f.condition.identifier,
      outputCondition: f.condition.outputCondition,
      registry: f.condition.registry,
      profile: f.condition.profile.description,
      profileSource: f.condition.source === "printer" ? "printer" : "folio",
      totalInkLimit: f.condition.totalInkLimit,
      status: named ? "confirmed" : "placeholder",
    },
    pdf: { standard: f.pdfx, file: f.pressFile },
    files: { press: f.pressFile, proof: f.proofFile, preflight: "preflight.html", ticket: "job-ticket.html" },
    approvedProof: f.approvedProof ?? null,
  };
  if (!named) missing.push("press condition (folio's default FOGRA39: name it in magazine.yaml press.condition)");
  return { ticket, missing };
}
