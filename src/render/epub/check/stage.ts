/**
 * The EPUB checks in the build (stage "epub-check", right after the EPUB is written): EPUBCheck, Ace
 * and the store rules run side by side; epub-check.json records what they found (no timings, so the
 * same EPUB gives the same report); any error fails the build (exit 1), one line per error (the
 * handoff, running beside it, is stopped), and the previous dist/<id>/ stays. Ace checks the documents
 * in a Chromium of folio's (ace-runner.cjs), closed when the checks end. FOLIO_EPUB_CHECKS narrows them: a comma list of
 * epubcheck, ace, stores, or "none" (then the build warns that they were skipped).
 */
import path from "node:path";
import type { StageContext, StageResult } from "../../../contract/stage.js";
import { FolioError } from "../../../contract/errors.js";
import { checkEpub, findingLines, writeCheckReport, type CheckName, type EpubCheckReport } from "./index.js";
import { launchChromium, type LaunchedBrowser } from "../../../browser/launch.js";
import { epubChecksSetting } from "../../../util/config.js";

const ALL: CheckName[] = ["epubcheck", "ace", "stores"];

export function selectedChecks(env = epubChecksSetting()): CheckName[] {
  if (!env) return ALL;
  const list = env
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.includes("none")) return [];
  const bad = list.filter((c) => !ALL.includes(c as CheckName));
  if (bad.length)
    throw new FolioError({
      file: "FOLIO_EPUB_CHECKS",
      message: `unknown EPUB check ${bad.join(", ")} (choose from ${ALL.join(", ")}, or none)`,
    });
  return list as CheckName[];
}

export async function runEpubChecks(file: string, ctx: StageContext): Promise<StageResult> {
  const checks = selectedChecks();
  if (!checks.length) {
    ctx.warn("epub-check: skipped (FOLIO_EPUB_CHECKS=none)");
    return { files: [] };
  }
  // Ace's axe runs go to a Chromium of folio's, started when the first document must be run.
  let chromium: Promise<LaunchedBrowser> | undefined;
  const browser = async () => {
    chromium ??= launchChromium("epub-check: Chromium");
    return (await chromium).browser.wsEndpoint();
  };
  let report: EpubCheckReport;
  try {
    report = await checkEpub(file, { checks, signal: ctx.signal, browser });
  } finally {
    await chromium?.then((c) => c.close()).catch(() => undefined);
  }
  const out = path.join(ctx.outDir, "epub-check.json");
  await writeCheckReport(report, out, path.basename(file));
  for (const c of report.checks) {
    const count = (s: string) => c.findings.filter((f) => f.severity === s).length;
    const docs = c.kept
      ? ", kept from an earlier check of the same EPUB bytes"
      : c.documents?.kept
        ? `, ${c.documents.checked} document(s) checked, ${c.documents.kept} unchanged since an earlier check`
        : "";
    ctx.log(
      `epub-check: ${c.check} (${c.detail}): ${count("error")} error(s), ${count("warning")} warning(s), ${c.ms} ms${docs}`,
    );
  }
  for (const w of findingLines(report, "warning")) ctx.warn(`epub-check: ${w}`);
  const errors = findingLines(report, "error");
  if (errors.length) {
    const name = path.basename(file);
    throw new FolioError(errors.map((message) => ({ file: name, message: `EPUB check failed: ${message}` })));
  }
  const facts = {
    epubCheck: report.checks.map((c) => ({
      check: c.check,
      detail: c.detail,
      warnings: c.findings.length,
      ms: c.ms,
      ...(c.documents ? { documents: c.documents } : {}),
      ...(c.kept ? { kept: true } : {}),
    })),
  };
  return { files: [{ kind: "epub-check", path: out }], facts };
}
