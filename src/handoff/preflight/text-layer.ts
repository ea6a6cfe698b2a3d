/**
 * The press PDF's text copies out as the print PDF's does: the print PDF's text of each page (content
 * order, `pdftotext -raw`, white space removed) cut into 10-character runs, and the share of those
 * runs found unchanged in the same page of the press PDF. 99 % or more passes.
 */
import { run } from "../exec.js";
import type { CheckResult } from "./types.js";

export const RUN_LENGTH = 10;
export const MIN_SHARE = 0.99;

export async function rawPageTexts(pdf: string, signal?: AbortSignal): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-enc", "UTF-8", "-raw", pdf, "-"], { signal });
  return stdout.split("\f").slice(0, -1);
}

export interface RunShare {
  runs: number;
  found: number;
  /** First runs not found, with their page. */
  missing: { page: number; run: string }[];
}

export function textRunShare(source: string[], target: string[]): RunShare {
  const out: RunShare = { runs: 0, found: 0, missing: [] };
  source.forEach((text, i) => {
    const a = text.replace(/\s+/g, "");
    const b = (target[i] ?? "").replace(/\s+/g, "");
    for (let j = 0; j + RUN_LENGTH <= a.length; j += RUN_LENGTH) {
      const r = a.slice(j, j + RUN_LENGTH);
      out.runs++;
      if (b.includes(r)) out.found++;
      else if (out.missing.length < 5) out.missing.push({ page: i + 1, run: r });
    }
  });
  return out;
}

export function checkTextLayer(share: RunShare): CheckResult[] {
  const pct = share.runs ? (100 * share.found) / share.runs : 100;
  const status = share.runs === 0 || share.found / share.runs >= MIN_SHARE ? "pass" : "fail";
  const first = share.missing[0];
  return [{
    check: "text-layer", status, ...(status === "fail" && first ? { page: first.page } : {}),
    message: `${pct.toFixed(2)} % of the print PDF's ${share.runs} ${RUN_LENGTH}-character runs copy out of the press PDF unchanged (needs ≥ ${MIN_SHARE * 100} %)` +
      (status === "fail" && first ? `; e.g. "${first.run}"` : ""),
  }];
}
