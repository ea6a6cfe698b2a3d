/**
 * `npm run bench`: builds the sample issue and prints stage timings, peak memory and ratios against
 * baselines measured in this same run (best of --runs, default 3). Figures, not tests: machines are noisy.
 */
import { cpus, tmpdir } from "node:os";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { buildIssue } from "../src/pipeline/build.js";
import { samplePeak } from "./rss.js";
import { chromiumPrint, folioCheck, stockPagedjs } from "./baselines.js";

const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
const issueDir = path.resolve(import.meta.dirname, "../issues/2022-08");
const best = (xs: number[]) => Math.min(...xs);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  console.log(`folio bench: ${cpus().length} cores, node ${process.version}, best of ${runs}`);
  const builds: { total: number; timings: Record<string, number>; facts: Record<string, unknown>; peak: number; html: string }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(path.join(tmpdir(), "folio-bench-"));
    const stop = samplePeak();
    const t0 = performance.now();
    const { manifest, outDir } = await buildIssue(issueDir, { outRoot: out });
    const total = performance.now() - t0;
    const html = manifest.files.find((f) => f.kind === "print-html");
    builds.push({ total, timings: manifest.timings, facts: manifest.facts, peak: stop(), html: html ? path.join(outDir, html.path) : "" });
    console.log(`  build ${i + 1}: ${s(total)}`);
  }
  const html = builds[0].html;
  const chromium = best(await sequence(runs, () => chromiumPrint(html)));
  const stock = best(await sequence(runs, async () => stockPagedjs(html)));
  const check = best(await sequence(runs, async () => folioCheck(issueDir)));
  const full = best(builds.map((b) => b.total));
  const stage = (name: string) => best(builds.map((b) => b.timings[name] ?? NaN));
  const pdfs = stage("print");
  const epub = stage("epub");
  const peak = Math.max(...builds.map((b) => b.peak));

  console.log("\nstage timings (best):");
  for (const name of Object.keys(builds[0].timings)) console.log(`  ${name.padEnd(12)} ${s(stage(name))}`);
  const printFacts = builds[0].facts as { timingsMs?: Record<string, number> };
  if (printFacts.timingsMs) console.log(`  print detail: ${JSON.stringify(printFacts.timingsMs)}`);
  console.log("\nbaselines (same run, same HTML):");
  console.log(`  Chromium page.pdf, no Paged.js   ${s(chromium)}`);
  console.log(`  stock pagedjs-cli, one PDF       ${s(stock)}`);
  console.log("\ngoals:");
  const goal = (name: string, value: string, ok: boolean) => console.log(`  ${ok ? "met    " : "NOT met"}  ${name.padEnd(44)} ${value}`);
  goal("full build ≤ 3× Chromium print", `${(full / chromium).toFixed(2)}×`, full <= 3 * chromium);
  goal("screen + print PDF ≤ 2× Chromium print", `${(pdfs / chromium).toFixed(2)}×`, pdfs <= 2 * chromium);
  goal("screen + print PDF faster than stock pagedjs-cli", `${(pdfs / stock).toFixed(2)}×`, pdfs < stock);
  goal("EPUB ≤ 0.5 s", s(epub), epub <= 500);
  goal("folio check ≤ 1 s", s(check), check <= 1000);
  goal("peak RSS ≤ 1.5 GB", `${peak} MB`, peak <= 1536);
}

async function sequence(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
