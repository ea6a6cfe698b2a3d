/**
 * DAISY Ace (@daisy/ace-cli), the EPUB accessibility checker, run with the system Chromium
 * (PUPPETEER_EXECUTABLE_PATH): every violation it reports, with its rule, impact and document, plus
 * the accessibility metadata it found missing or empty.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { resolveChromium } from "../../../browser/resolve.js";
import type { CheckFinding } from "./epubcheck.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

interface AceReport {
  "earl:result"?: { "earl:outcome"?: string };
  "a11y-metadata"?: { missing?: string[]; empty?: string[] };
  assertions?: { "earl:testSubject"?: { url?: string }; assertions?: { "earl:test"?: { "dct:title"?: string; "earl:impact"?: string }; "earl:result"?: { "dct:description"?: string } }[] }[];
}

/** Metadata Ace lists as missing that only a third-party certifier can give. */
const CERTIFIER_ONLY = new Set(["a11y:certifiedBy", "a11y:certifierCredential", "a11y:certifierReport"]);

export async function runAce(file: string, signal?: AbortSignal): Promise<{ outcome: string; findings: CheckFinding[] }> {
  const cli = path.join(path.dirname(require.resolve("@daisy/ace-cli/package.json")), "bin", "ace.js");
  const dir = await mkdtemp(path.join(tmpdir(), "folio-ace-"));
  try {
    const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: resolveChromium() };
    await run(process.execPath, [cli, "-s", "-f", "-o", dir, file], { env, maxBuffer: 64 << 20, signal, timeout: 600_000 });
    const report = JSON.parse(await readFile(path.join(dir, "report.json"), "utf8")) as AceReport;
    const findings: CheckFinding[] = [];
    for (const doc of report.assertions ?? []) {
      for (const a of doc.assertions ?? []) {
        findings.push({
          severity: "error",
          id: `${a["earl:test"]?.["dct:title"] ?? "?"} (${a["earl:test"]?.["earl:impact"] ?? "?"})`,
          message: a["earl:result"]?.["dct:description"] ?? "",
          where: doc["earl:testSubject"]?.url,
        });
      }
    }
    for (const m of report["a11y-metadata"]?.empty ?? []) findings.push({ severity: "error", id: "a11y-metadata", message: `${m} is empty` });
    for (const m of report["a11y-metadata"]?.missing ?? []) {
      if (!CERTIFIER_ONLY.has(m)) findings.push({ severity: "error", id: "a11y-metadata", message: `${m} is missing` });
    }
    return { outcome: report["earl:result"]?.["earl:outcome"] ?? "", findings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
