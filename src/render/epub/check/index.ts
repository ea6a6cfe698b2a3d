/**
 * The EPUB checks folio runs on the file it wrote, reading only the file: EPUBCheck 5.x, DAISY Ace and
 * the stores' published rules. A report lists every finding under its check; an error fails the build.
 * What EPUBCheck and Ace found is kept under the SHA-256 of the file's bytes and the tool
 * (util/file-results.ts): the same EPUB, byte for byte, is not checked by the same tool twice.
 */
import { readFile, writeFile } from "node:fs/promises";
import { aceTools, runAce } from "./ace.js";
import { epubcheckTool, runEpubcheck, type CheckFinding } from "./epubcheck.js";
import { openFileResults, resultKey } from "../../../util/file-results.js";
import { readEpubPackage } from "./package.js";
import { checkStores, type Store } from "./stores.js";

export type CheckName = "epubcheck" | "ace" | "stores";

export interface CheckResult {
  check: CheckName;
  /** Tool version or outcome line. */
  detail: string;
  findings: (CheckFinding & { store?: Store })[];
  ms: number;
  /** Ace: content documents run through axe now, and those unchanged since an earlier check (not in the report file). */
  documents?: { checked: number; kept: number };
  /** The findings of an earlier run of the same tool on the same bytes (not in the report file). */
  kept?: boolean;
}

export interface EpubCheckReport {
  file: string;
  ok: boolean;
  checks: CheckResult[];
}

async function timed(check: CheckName, fn: () => Promise<Omit<CheckResult, "check" | "ms">>): Promise<CheckResult> {
  const t0 = performance.now();
  const r = await fn();
  return { check, ...r, ms: Math.round(performance.now() - t0) };
}

/**
 * `results`: where EPUBCheck's and Ace's findings are kept by the file's bytes (default: $FOLIO_FILE_CACHE
 * or files/ in folio's cache root); null: nowhere, both tools read the file every time.
 */
export async function checkEpub(
  file: string,
  opts: {
    checks?: CheckName[];
    signal?: AbortSignal;
    results?: string | null;
    /** folio's Chromium for Ace's axe runs (ace.ts); none: Ace launches its own. */
    browser?: () => Promise<string>;
  } = {},
): Promise<EpubCheckReport> {
  const wanted = new Set<CheckName>(opts.checks ?? ["epubcheck", "ace", "stores"]);
  const bytes = await readFile(file);
  /** The findings of `tool` on these bytes: kept ones, or a run of `fn` (kept when it ends). */
  const keptOr = async (
    check: CheckName,
    tool: string,
    fn: () => Promise<Omit<CheckResult, "check" | "ms">>,
  ): Promise<CheckResult> => {
    const results = openFileResults(check, { dir: opts.results });
    const key = resultKey(bytes, tool);
    const t0 = performance.now();
    const got = results.get<Omit<CheckResult, "check" | "ms">>(key);
    if (got) return { check, ...got, kept: true, ms: Math.round(performance.now() - t0) };
    const r = await timed(check, fn);
    const { check: _c, ms: _m, ...value } = r;
    results.put(key, value);
    return r;
  };
  const jobs: Promise<CheckResult>[] = [];
  if (wanted.has("stores")) {
    jobs.push(
      timed("stores", async () => {
        const findings = checkStores(await readEpubPackage(bytes));
        return {
          detail: "Apple Books, Google Play Books, Kobo, folio metadata",
          findings: findings.map((f) => ({
            severity: f.severity,
            id: `${f.store}/${f.rule}`,
            message: f.message,
            store: f.store,
          })),
        };
      }),
    );
  }
  if (wanted.has("epubcheck"))
    jobs.push(
      keptOr("epubcheck", await epubcheckTool(), async () => {
        const r = await runEpubcheck(file, opts.signal);
        return { detail: `EPUBCheck ${r.version}`, findings: r.findings };
      }),
    );
  if (wanted.has("ace"))
    jobs.push(
      keptOr("ace", aceTools(opts.browser ? "folio" : "ace"), async () => {
        const r = await runAce(file, { signal: opts.signal, browser: opts.browser });
        return { detail: `DAISY Ace: ${r.outcome}`, findings: r.findings, documents: r.documents };
      }),
    );
  const checks = await Promise.all(jobs);
  return { file, ok: checks.every((c) => c.findings.every((f) => f.severity !== "error")), checks };
}

/** One line per finding: "epubcheck RSC-005 error EPUB/nav.xhtml:12: …". */
export function findingLines(report: EpubCheckReport, severity?: "error" | "warning"): string[] {
  return report.checks.flatMap((c) =>
    c.findings
      .filter((f) => !severity || f.severity === severity)
      .map((f) => `${c.check} ${f.id} ${f.severity}${f.where ? ` ${f.where}` : ""}: ${f.message}`),
  );
}

/** The report as a file: no timings (build.json has them), so the same EPUB gives the same bytes. */
export async function writeCheckReport(report: EpubCheckReport, out: string, relativeFile: string): Promise<void> {
  const checks = report.checks.map(({ check, detail, findings }) => ({ check, detail, findings }));
  await writeFile(out, `${JSON.stringify({ file: relativeFile, ok: report.ok, checks }, null, 2)}\n`);
}
