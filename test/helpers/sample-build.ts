/**
 * One build of the sample issue (issues/2022-08), shared by every integration test in a run and
 * across runs while the sources are unchanged: the output folder is keyed by a hash of everything
 * that feeds the build (src, templates, styles, issues, lock file).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIssue } from "../../src/pipeline/build.js";
import type { Manifest } from "../../src/pipeline/manifest.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SAMPLE_ISSUE = path.join(ROOT, "issues", "2022-08");
const INPUTS = ["src", "templates", "styles", "issues", "package-lock.json"];

function walk(p: string, out: string[]): void {
  const st = statSync(p);
  if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(path.join(p, n), out);
  else out.push(p);
}

export function sourcesHash(): string {
  const h = createHash("sha256");
  const files: string[] = [];
  for (const i of INPUTS) if (existsSync(path.join(ROOT, i))) walk(path.join(ROOT, i), files);
  for (const f of files) h.update(path.relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}

export interface SampleBuild {
  outDir: string;
  manifest: Manifest;
  file(kind: string): string;
}

let pending: Promise<SampleBuild> | undefined;

export function sampleBuild(): Promise<SampleBuild> {
  pending ??= (async () => {
    const outRoot = path.join(tmpdir(), `folio-sample-${sourcesHash()}`);
    const outDir = path.join(outRoot, "2022-08");
    const manifestFile = path.join(outDir, "build.json");
    if (!existsSync(manifestFile)) {
      await buildIssue(SAMPLE_ISSUE, { outRoot, log: (m) => process.stderr.write(`[sample build] ${m}\n`) });
    }
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    return {
      outDir,
      manifest,
      file(kind: string) {
        const f = manifest.files.find((x) => x.kind === kind);
        if (!f) throw new Error(`sample build has no ${kind} output`);
        return path.join(outDir, f.path);
      },
    };
  })();
  return pending;
}
