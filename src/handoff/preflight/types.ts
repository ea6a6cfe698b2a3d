/** Preflight results and the error the build recognises. */

export type Status = "pass" | "warn" | "fail";

export interface CheckResult {
  /** Stable id: "page-count", "boxes", "fonts", "images", "colour", "ink", "barcode", "toc". */
  check: string;
  status: Status;
  /** 1-based PDF page the finding is on; absent for document-wide results. */
  page?: number;
  message: string;
}

import type { FitRow } from "../../flatplan/report.js";
import type { TypeReport } from "../../type/report.js";

export interface PreflightReport {
  title: string;
  issue: string;
  file: string;
  pages: number;
  summary: { pass: number; warn: number; fail: number };
  /** Thresholds the checks used, so the report explains itself. */
  limits: Record<string, number | string>;
  results: CheckResult[];
  /** The flatplan's fit report (print stage), shown beside the spreads. */
  flatplan?: FitRow[];
  /** The type report (print stage: the screen PDF read back). */
  type?: TypeReport;
}

/**
 * Thrown by buildHandoff after the press PDF and preflight.json/.html are written, when any
 * check failed. The build catches it with `err instanceof PreflightFailed` (or `err.name ===
 * "PreflightFailed"`) to print the summary and point at the report instead of a stack trace.
 */
export class PreflightFailed extends Error {
  override readonly name = "PreflightFailed";
  constructor(
    readonly report: PreflightReport,
    readonly reportFiles: { json: string; html: string },
    readonly facts: { preflight: { failed: number; warned: number } },
  ) {
    const failed = report.results.filter((r) => r.status === "fail");
    super(
      `preflight: ${failed.length} check(s) failed (see ${reportFiles.html}): ` +
        failed.slice(0, 5).map((r) => `${r.check}${r.page ? ` p.${r.page}` : ""}: ${r.message}`).join("; "),
    );
  }
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
