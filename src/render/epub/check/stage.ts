/**
 * The EPUB checks in the build: started as soon as the EPUB is written (their child processes run
 * while the handoff converts the press PDF), awaited by the last stage, which writes epub-check.json
 * and fails the build (exit 1) naming every error. FOLIO_EPUB_CHECKS=stores (or a comma list of
 * epubcheck, ace, stores) narrows them; "none" skips them, and the build says so.
 */
import path from "node:path";
import type { StageContext, StageResult } from "../../../build/types.js";
import { FolioError } from "../../../model/errors.js";
import { checkEpub, findingLines, writeCheckReport, type CheckName, type EpubCheckReport } from "./index.js";

const ALL: CheckName[] = ["epubcheck", "ace", "stores"];

export function selectedChecks(env = process.env.FOLIO_EPUB_CHECKS): CheckName[] {
  if (!env) return ALL;
  const list = env.split(",").map((s) => s.trim()).filter(Boolean);
  if (list.includes("none")) return [];
  const bad = list.filter((c) => !ALL.includes(c as CheckName));
  if (bad.length) throw new FolioError({ file: "FOLIO_EPUB_CHECKS", message: `unknown EPUB check ${bad.join(", ")} (choose from ${ALL.join(", ")}, or none)` });
  return list as CheckName[];
}

export function startEpubChecks(file: string, ctx: StageContext): Promise<EpubCheckReport> | undefined {
  const checks = selectedChecks();
  if (!checks.length) {
    ctx.warn("epub-check: skipped (FOLIO_EPUB_CHECKS=none)");
    return undefined;
  }
  ctx.log(`epub-check: ${checks.join(", ")} started`);
  const pending = checkEpub(file, { checks, signal: ctx.signal });
  pending.catch(() => undefined); // awaited by finishEpubChecks; never an unhandled rejection meanwhile
  return pending;
}

export async function finishEpubChecks(pending: Promise<EpubCheckReport> | undefined, ctx: StageContext): Promise<StageResult> {
  if (!pending) return { files: [] };
  const report = await pending;
  const out = path.join(ctx.outDir, "epub-check.json");
  await writeCheckReport(report, out, path.basename(report.file));
  for (const c of report.checks) ctx.log(`epub-check: ${c.check} (${c.detail}): ${c.findings.filter((f) => f.severity === "error").length} error(s), ${c.findings.filter((f) => f.severity === "warning").length} warning(s), ${c.ms} ms`);
  for (const w of findingLines(report, "warning")) ctx.warn(`epub-check: ${w}`);
  const errors = findingLines(report, "error");
  if (errors.length) {
    // One line per error, each naming its check and rule; the previous dist/<id>/ stays as it was.
    const file = path.basename(report.file);
    throw new FolioError(errors.map((message) => ({ file, message: `EPUB check failed: ${message}` })));
  }
  const facts = { epubCheck: report.checks.map((c) => ({ check: c.check, detail: c.detail, errors: 0, warnings: c.findings.length, ms: c.ms })) };
  return { files: [{ kind: "epub-check", path: out }], facts };
}
