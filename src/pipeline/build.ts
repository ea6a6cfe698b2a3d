/**
 * Builds one issue: load and validate → stages (print, EPUB, handoff, …; side by side where they do
 * not depend on each other and cores allow, schedule.ts) into a temporary folder → build.json →
 * swap into dist/<id>/. On any failure the previous dist/<id>/ stays untouched.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { checkIssue } from "../check/index.js";
import { typesetIssue } from "../type/typeset.js";
import { FolioError, PreflightFailed } from "../contract/errors.js";
import { registerCleanup } from "../util/cleanup.js";
import { openOutputSlot } from "./output.js";
import { describeFiles, manifestEdition, tocForManifest, type Manifest } from "./manifest.js";
import { planStages, type BuildState, type Stage } from "./stages.js";
import { runStages } from "./schedule.js";
import { STAGES } from "./registry.js";
import { Timings } from "./timer.js";
import type { BuildFacts } from "../contract/build-facts.js";
import type { SelectableKind } from "../contract/output-kinds.js";
import type { OutputFile, StageContext, TocEntry } from "../contract/stage.js";

export interface BuildOptions {
  /** Root of outputs; the issue goes to <outRoot>/<id>/. Default: dist. */
  outRoot: string;
  /** Output kinds to make (screen-pdf, print-pdf, epub, handoff); all when empty. */
  only?: SelectableKind[];
  log?: (message: string) => void;
  signal?: AbortSignal;
  /** A press build: placeholders fail (default: a draft build lists them). */
  press?: boolean;
  /** Stage registry (tests may pass their own). */
  stages?: Stage[];
  /** Make the next proof round too (`folio proof`): the proof stage runs after the outputs asked for. */
  proof?: boolean;
}

/** A stage error that carries a report to keep: the handoff's PreflightFailed. */
function isFailedCheck(e: unknown): e is PreflightFailed {
  return e instanceof PreflightFailed;
}

/** The stages of a build: those the outputs asked for need; the proof stage only when a proof round is asked for. */
export function buildPlan(registry: Stage[], only: readonly SelectableKind[] | undefined, proof?: boolean): Stage[] {
  const withoutProof = registry.filter((s) => s.name !== "proof");
  const planned = planStages(withoutProof, only);
  if (!proof) return planned;
  const names = new Set(planned.map((s) => s.name));
  const needs = new Set(registry.find((s) => s.name === "proof")?.needs ?? []);
  const extra = planStages(withoutProof, undefined).filter((s) => needs.has(s.name) && !names.has(s.name));
  for (const s of extra) for (const n of s.needs) needs.add(n);
  const wanted = new Set([...names, ...needs, "proof"]);
  return registry.filter((s) => wanted.has(s.name));
}

export interface BuildResult {
  manifest: Manifest;
  outDir: string;
}

export async function buildIssue(issueDir: string, opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const timings = new Timings();
  // The same checks as `folio check`, before the output folder is touched or Chromium started.
  const checked = await timings.time("load", () => checkIssue(issueDir));
  const checkWarnings = checked.warnings;
  // Every writer stage gets the issue as it is set: full-width punctuation in all Chinese text.
  const issue = typesetIssue(checked.issue);
  log(`${issue.id}: ${issue.articles.length} articles in ${issue.sections.length} sections`);
  const slot = openOutputSlot(path.resolve(opts.outRoot), issue.id);
  // On Ctrl-C / SIGTERM the registry runs this too: no temporary folder or lock is left behind.
  const unregister = registerCleanup(`output ${issue.id}`, () => slot.release());
  const warnings: string[] = [...checkWarnings];
  for (const w of checkWarnings) log(`warning: ${w}`);
  try {
    const ctx: StageContext = {
      outDir: slot.tempDir,
      log,
      warn: (m) => {
        warnings.push(m);
        log(`warning: ${m}`);
      },
      signal: opts.signal,
      press: opts.press,
      lastGoodDir: slot.finalDir,
      only: opts.only,
    };
    const state: BuildState = { issue, outputs: {} };
    const files: OutputFile[] = [];
    let toc: TocEntry[] = [];
    const facts: BuildFacts = {};
    let failedCheck: PreflightFailed | undefined;
    const outcomes = await runStages(
      buildPlan(opts.stages ?? STAGES, opts.only, opts.proof),
      state,
      (stage, signal) => {
        log(`${stage.name}…`);
        return timings
          .time(stage.name, () => stage.run(state, { ...ctx, signal }))
          .then((r) => {
            log(`${stage.name}: done in ${((timings.ms[stage.name] ?? 0) / 1000).toFixed(1)} s`);
            return r;
          });
      },
      { signal: opts.signal, isFailedCheck },
    );
    // Merged in plan order: build.json is the same whichever stage finished first.
    for (const { result, failed } of outcomes) {
      if (failed && isFailedCheck(failed)) {
        // A failed check (preflight) still delivers its report: keep what was made, then fail.
        failedCheck = failed;
        files.push(...Object.values(failed.reportFiles).map((p) => ({ kind: "preflight" as const, path: p })));
        Object.assign(facts, failed.facts);
        continue;
      }
      if (!result) continue;
      const relabels = result.relabels ?? {};
      for (const [i, f] of files.entries()) files[i] = { ...f, kind: relabels[f.kind] ?? f.kind };
      files.push(...result.files);
      if (result.toc) toc = result.toc;
      Object.assign(facts, result.facts ?? {});
    }
    const manifest: Manifest = {
      issue: {
        id: issue.id,
        title: issue.magazine.title,
        number: issue.number,
        totalNumber: issue.totalNumber,
        date: issue.date,
        edition: manifestEdition(issue.edition),
      },
      files: await describeFiles(slot.tempDir, files),
      toc: tocForManifest(toc),
      timings: timings.ms,
      warnings,
      facts,
    };
    writeFileSync(path.join(slot.tempDir, "build.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    slot.commit();
    if (failedCheck) {
      const report = path.join(slot.finalDir, path.basename(failedCheck.reportFiles.html));
      throw new FolioError({
        file: path.relative(process.cwd(), report) || report,
        message: failedCheck.message.replace(/ \(see [^)]*\)/, ""),
      });
    }
    return { manifest, outDir: slot.finalDir };
  } finally {
    await unregister();
  }
}
