/**
 * The press PDF's text copies out as the print PDF's does: the print PDF's text of each page (content
 * order, `pdftotext -raw`, white space removed) cut into 10-character runs, and the share of those
 * runs found unchanged in the same page of the press PDF. 99 % or more passes.
 */
import { run, toolVersion } from "../../util/tools.js";
import { codeOf, openPageCache, pageRanges, perPage } from "../../pdf/page-cache.js";
import type { CheckResult } from "./types.js";
import { InternalError } from "../../contract/errors.js";

export const RUN_LENGTH = 10;
export const MIN_SHARE = 0.99;

/**
 * Each page's text in content order (`pdftotext -raw`); `keys`: the PDF's page keys
 * (src/pdf/page-keys.ts): an unchanged page's text comes from the page cache, the others are
 * extracted (one pdftotext per run of pages).
 */
export async function rawPageTexts(pdf: string, keys: string[], signal?: AbortSignal): Promise<string[]> {
  const cache = openPageCache<string>(
    "text-raw",
    `${await toolVersion("pdftotext", "-v")}, ${codeOf(import.meta.dirname, "text-layer")}`,
  );
  const { pages } = await perPage(cache, keys, async (missing) => {
    const out = new Map<number, string>();
    for (const [first, last] of pageRanges(missing)) {
      const { stdout } = await run(
        "pdftotext",
        ["-enc", "UTF-8", "-raw", "-f", String(first), "-l", String(last), pdf, "-"],
        { signal },
      );
      const texts = stdout.split("\f").slice(0, -1);
      if (texts.length !== last - first + 1)
        throw new InternalError(`pdftotext gave ${texts.length} page(s) of ${pdf} for pages ${first}–${last}`);
      texts.forEach((t, i) => out.set(first + i, t));
    }
    return out;
  });
  return pages;
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
  return [
    {
      check: "text-layer",
      status,
      ...(status === "fail" && first ? { page: first.page } : {}),
      message:
        `${pct.toFixed(2)} % of the print PDF's ${share.runs} ${RUN_LENGTH}-character runs copy out of the press PDF unchanged (needs ≥ ${MIN_SHARE * 100} %)` +
        (status === "fail" && first ? `; e.g. "${first.run}"` : ""),
    },
  ];
}
