/**
 * The EPUB checks folio runs on the file it wrote, reading only the file: EPUBCheck 5.x, DAISY Ace and
 * the stores' published rules. A report lists every finding under its check; an error fails the build.
 */
import { readFile, writeFile } from "node:fs/promises";
import { runAce } from "./ace.js";
import { runEpubcheck, type CheckFinding } from "./epubcheck.js";
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

export async function checkEpub(file: string, opts: { checks?: CheckName[]; signal?: AbortSignal } = {}): Promise<EpubCheckReport> {
  const wanted = new Set<CheckName>(opts.checks ?? ["epubcheck", "ace", "stores"]);
  const jobs: Promise<CheckResult>[] = [];
  if (wanted.has("stores")) {
    jobs.push(timed("stores", async () => {
      const findings = checkStores(await readEpubPackage(await readFile(file)));
      return { detail: "Apple Books, Google Play Books, Kobo, folio metadata", findings: findings.map((f) => ({ severity: f.severity, id: `${f.store}/${f.rule}`, message: f.message, store: f.store })) };
    }));
  }
  if (wanted.has("epubcheck")) jobs.push(timed("epubcheck", async () => {
    const r = await runEpubcheck(file, opts.signal);
    return { detail: `EPUBCheck ${r.version}`, findings: r.findings };
  }));
  if (wanted.has("ace")) jobs.push(timed("ace", async () => {
    const r = await runAce(file, { signal: opts.signal });
    return { detail: `DAISY Ace: ${r.outcome}`, findings: r.findings, documents: r.documents };
  }));
  const checks = await Promise.all(jobs);
  return { file, ok: checks.every((c) => c.findings.every((f) => f.severity !== "error")), checks };
}

/** One line per finding: "epubcheck RSC-005 error EPUB/nav.xhtml:12: …". */
export function findingLines(report: EpubCheckReport, severity?: "error" | "warning"): string[] {
  return report.checks.flatMap((c) =>
    c.findings.filter((f) => !severity || f.severity === severity).map((f) => `${c.check} ${f.id} ${f.severity}${f.where ? ` ${f.where}` : ""}: ${f.message}`),
  );
}

/** The report as a file: no timings (build.json has them), so the same EPUB gives the same bytes. */
export async function writeCheckReport(report: EpubCheckReport, out: string, relativeFile: string): Promise<void> {
  const checks = report.checks.map(({ check, detail, findings }) => ({ check, detail, findings }));
  await writeFile(out, JSON.stringify({ file: relativeFile, ok: report.ok, checks }, null, 2) + "\n");
}
