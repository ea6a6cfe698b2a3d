/** epubcheck (Debian's 4.2.6 jar) and DAISY Ace (@daisy/ace-cli with the system Chromium), as the tests run them. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar";
const ACE = path.resolve("node_modules/.bin/ace-cli");

export interface EpubcheckResult {
  fatals: number;
  errors: number;
  warnings: number;
  output: string;
}

export async function epubcheck(file: string): Promise<EpubcheckResult> {
  const out = await run("java", ["-jar", EPUBCHECK_JAR, file], { maxBuffer: 16 << 20 }).catch((e) => e as { stdout: string; stderr: string });
  const output = `${out.stdout}\n${out.stderr}`;
  const m = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
  if (!m) throw new Error(`epubcheck gave no summary:\n${output}`);
  return { fatals: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]), output };
}

export interface AceViolation {
  doc: string;
  impact: string;
  rule: string;
  description: string;
}

export async function ace(file: string): Promise<{ outcome: string; violations: AceViolation[]; metadata: unknown }> {
  const outdir = mkdtempSync(path.join(tmpdir(), "folio-ace-"));
  const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium" };
  await run(ACE, ["-s", "-f", "-o", outdir, file], { env, maxBuffer: 16 << 20 });
  const report = JSON.parse(readFileSync(path.join(outdir, "report.json"), "utf8"));
  const violations: AceViolation[] = [];
  for (const doc of report.assertions ?? []) {
    for (const a of doc.assertions ?? []) {
      violations.push({
        doc: doc["earl:testSubject"]?.url,
        impact: a["earl:test"]?.["earl:impact"],
        rule: a["earl:test"]?.["dct:title"],
        description: a["earl:result"]?.["dct:description"],
      });
    }
  }
  return { outcome: report["earl:result"]?.["earl:outcome"], violations, metadata: report["a11y-metadata"] };
}
