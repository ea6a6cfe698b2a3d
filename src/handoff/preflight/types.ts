/** Preflight results (the error the build recognises is PreflightFailed in src/contract/errors.ts). */
import type { FitRow } from "../../contract/fit-report.js";
import type { TypeReport } from "../../type/report.js";

export type Status = "pass" | "warn" | "fail";

export interface CheckResult {
  /** Stable id: "page-count", "boxes", "fonts", "images", "pdfx", "plates", "ink", "bleed", "safety", "placeholders", "barcode", "toc", … */
  check: string;
  status: Status;
  /** 1-based PDF page the finding is on; absent for document-wide results. */
  page?: number;
  message: string;
  /** Where on the page, in pixels of the check's own render (top-left origin), for the crop in the report. */
  px?: [number, number, number, number];
  /** Resolution of `px`. */
  dpi?: number;
  /** Where on the page, in PDF points (MediaBox space). */
  pt?: [number, number, number, number];
  /** A periodical rule magazine.yaml waives: the reason (the finding passes, shown as waived). */
  waived?: string;
}

export interface PreflightReport {
  title: string;
  issue: string;
  file: string;
  pages: number;
  /** "press": every check must pass; "draft": placeholders are listed, the issue is not ready for press. */
  mode: "press" | "draft";
  /** Pages by their printed names (封一, p. 1, …), index = PDF page − 1. */
  pageNames: string[];
  summary: { pass: number; warn: number; fail: number };
  /** Thresholds the checks used, so the report explains itself. */
  limits: Record<string, number | string>;
  results: CheckResult[];
  /** Placeholders found (photos, empty QR boxes), each with its page. */
  placeholders: { page: number; what: string }[];
  /** Milliseconds per check (each measured separately; they run two at a time). Empty in preflight.json (see build.json). */
  timings: Record<string, number>;
  /**
   * Pages rendered per render (separations text, vector, full; spreads): the rest came from the page
   * cache (src/pdf/page-cache.ts). Empty in preflight.json (see build.json).
   */
  pagesRendered: Record<string, number>;
  /** Seconds the whole preflight took (0 in preflight.json, so that the file is reproducible; see build.json). */
  seconds: number;
  /** Figures for the closing note: plates checked, max ink, text runs. */
  figures: Record<string, number | string>;
  /** The flatplan's fit report (print stage), shown beside the spreads. */
  flatplan?: FitRow[];
  /** The type report (print stage: the screen PDF read back). */
  type?: TypeReport;
}

export function summarize(results: CheckResult[]): PreflightReport["summary"] {
  const s = { pass: 0, warn: 0, fail: 0 };
  for (const r of results) s[r.status]++;
  return s;
}

/** One passing result when a check found nothing. */
export function orPass(check: string, found: CheckResult[], message: string): CheckResult[] {
  return found.length ? found : [{ check, status: "pass", message }];
}
