/**
 * `npm run bench [-- --json] [-- --save FILE] [-- --keep]`: issue 19's figures in one run, on a copy
 * of the sample issue with its own output folder and empty caches (bench/workspace.ts):
 *   native   Chromium's own print of the print HTML folio wrote, its content shown (median of 3), the
 *            baseline; its PDF must carry the text of the screen PDF (bench/baselines.ts);
 *   cold     full build, all outputs, empty caches;
 *   rebuild  after editing one paragraph of one article, all outputs;
 *   screen   after another such edit, --only screen-pdf;
 *   check    `folio check --no-layout` as a fresh process (median of 5);
 *   preview  `folio preview` and its viewer in headless Chromium: save → changed pages on screen (median of 3);
 *   memory   peak of each build's process tree (folio + Chromium + gs…), sampled every 100 ms: PSS
 *            (the goal: shared pages divided among the processes sharing them) and the RSS sum.
 * Every folio command runs as a user runs it (node bin/folio.js). Figures, not tests: a shared
 * machine is noisy, so the load average is printed with them. Takes several minutes.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { ensureLib } from "../scripts/build-lib.js";
import { chromiumPrint } from "./baselines.js";
import { goalLines, judge } from "./goals.js";
import { median, mustRun, runFolio, type Run } from "./process.js";
import { builtFile, editParagraph, makeWorkspace } from "./workspace.js";
import { previewLatencies } from "./preview.js";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const save = argv.includes("--save") ? argv[argv.indexOf("--save") + 1] : undefined;
const say = (m: string) => (json ? process.stderr : process.stdout).write(`${m}\n`);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** The stage timings a build wrote into its build.json, if it wrote one. */
function stageTimes(file: string): Record<string, number> | undefined {
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { timings?: Record<string, number> }).timings;
  } catch {
    return undefined;
  }
}

async function step(name: string, fn: () => Promise<Run>): Promise<Run> {
  say(`${name}… (load ${load()})`);
  const r = await fn();
  say(`  ${s(r.ms)}, peak ${r.peakPssMb} MB PSS (${r.peakMb} MB RSS sum)`);
  return r;
}

async function main(): Promise<void> {
  if (!ensureLib(say)) throw new Error("lib/ could not be built");
  const ws = makeWorkspace();
  const id = path.basename(ws.issueDir);
  const build = (...extra: string[]) => mustRun(["build", ws.issueDir, "--out", ws.outRoot, ...extra], ws.env);
  const loadStart = load();
  say(`folio bench: ${cpus().length} cores, node ${process.version}, load ${loadStart}, workspace ${ws.root}`);
  if (ws.seededProfile) say("  (the FOGRA39 output profile, built once per machine, is taken from .cache/icc)");

  const cold = await step("full cold build, all outputs", () => build());
  const stages = (
    JSON.parse(readFileSync(path.join(ws.outRoot, id, "build.json"), "utf8")) as { timings: Record<string, number> }
  ).timings;
  say(
    `  stages: ${Object.entries(stages)
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(", ")}`,
  );

  const html = builtFile(ws.outRoot, "print-html", id);
  const screenPdf = builtFile(ws.outRoot, "screen-pdf", id);
  say(`Chromium's own print of ${path.relative(ws.root, html)}, its content shown (3 runs)…`);
  const natives: number[] = [];
  for (let i = 0; i < 3; i++) natives.push(await chromiumPrint(html, screenPdf));
  say(`  ${natives.map(s).join(", ")}`);

  editParagraph(ws.issueDir, "和新期待");
  const rebuild = await step("rebuild after editing one paragraph, all outputs", () => build());
  const rebuildStages = (
    JSON.parse(readFileSync(path.join(ws.outRoot, id, "build.json"), "utf8")) as { timings: Record<string, number> }
  ).timings;
  say(
    `  stages: ${Object.entries(rebuildStages)
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(", ")}`,
  );
  editParagraph(ws.issueDir, "和新任务");
  const screen = await step("rebuild after editing one paragraph, --only screen-pdf", () =>
    build("--only", "screen-pdf"),
  );
  const screenStages = stageTimes(path.join(ws.outRoot, id, "build.json"));

  say("folio check --no-layout, fresh process (5 runs)…");
  const checks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await runFolio(["check", ws.issueDir, "--no-layout"], ws.env);
    if (r.code !== 0 && r.code !== 1) throw new Error(`folio check exited ${r.code}: ${r.stderr.trim()}`);
    checks.push(r.ms);
  }
  say(`  ${checks.map(s).join(", ")}`);

  say(`folio preview: save → changed pages on screen (3 edits; load ${load()})…`);
  const previews = await previewLatencies(ws, ["和新目标", "和新举措", "和新成效"]);
  say(`  ${previews.map(s).join(", ")}`);

  const figures = {
    nativePrintMs: Math.round(median(natives)),
    coldBuildMs: Math.round(cold.ms),
    rebuildMs: Math.round(rebuild.ms),
    rebuildScreenMs: Math.round(screen.ms),
    checkMs: Math.round(median(checks)),
    peakPssMb: Math.max(cold.peakPssMb, rebuild.peakPssMb, screen.peakPssMb),
    peakMb: Math.max(cold.peakMb, rebuild.peakMb, screen.peakMb),
    previewMs: Math.round(median(previews)),
  };
  const goals = judge(figures, { cold: stages, rebuild: rebuildStages, screen: screenStages });
  say(`\ngoals (ratios against Chromium's own print, ${s(figures.nativePrintMs)}, measured in this run):`);
  for (const l of goalLines(goals)) say(l);
  say(`load average at start ${loadStart}, at end ${load()}`);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      loadAtStart: loadStart,
      loadAtEnd: load(),
    },
    figures,
    runs: {
      natives: natives.map(Math.round),
      checks: checks.map(Math.round),
      previews: previews.map(Math.round),
      peakMb: { cold: cold.peakMb, rebuild: rebuild.peakMb, screen: screen.peakMb },
      peakPssMb: { cold: cold.peakPssMb, rebuild: rebuild.peakPssMb, screen: screen.peakPssMb },
      coldStages: stages,
      rebuildStages,
      screenStages,
    },
    goals,
  };
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (save) writeFileSync(save, `${JSON.stringify(results, null, 2)}\n`);
  if (!argv.includes("--keep")) rmSync(ws.root, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
