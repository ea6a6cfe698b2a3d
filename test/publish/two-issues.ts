/**
 * Two built issues in one dist folder, as `folio publish` finds them: the shared sample build of
 * issues/2022-08 and the small fixture issue test/fixtures/mini (2099-01, built here with the print
 * and EPUB stages and the store checks only). Cached in the temp folder by the sources' hash, like
 * the sample build, so the test files share one build. Then published twice (reproducibility).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIssue } from "../../src/pipeline/build.js";
import { publishSite, type PublishResult } from "../../src/publish/site.js";
import { sampleBuild, sourcesHash } from "../helpers/sample-build.js";
import { MINI_ISSUE } from "../helpers/mini.js";

export interface TwoIssueSite {
  dist: string;
  site: string;
  again: string;
  result: PublishResult;
  logs: string[];
}

let pending: Promise<TwoIssueSite> | undefined;

async function miniBuild(root: string): Promise<string> {
  const dist = path.join(root, "dist");
  if (existsSync(path.join(dist, "2099-01", "build.json"))) return dist;
  const before = process.env.FOLIO_EPUB_CHECKS;
  process.env.FOLIO_EPUB_CHECKS = "stores"; // EPUBCheck and Ace run on the sample build and in test/epub
  try {
    await buildIssue(MINI_ISSUE, {
      outRoot: dist,
      only: ["epub"],
      log: (m) => process.stderr.write(`[mini build] ${m}\n`),
    });
  } finally {
    if (before === undefined) delete process.env.FOLIO_EPUB_CHECKS;
    else process.env.FOLIO_EPUB_CHECKS = before;
  }
  return dist;
}

export function twoIssueSite(): Promise<TwoIssueSite> {
  pending ??= (async () => {
    const sample = await sampleBuild();
    const root = path.join(tmpdir(), `folio-publish-${sourcesHash()}`);
    mkdirSync(root, { recursive: true });
    const dist = await miniBuild(root);
    const link = path.join(dist, "2022-08");
    if (!existsSync(link)) symlinkSync(sample.outDir, link, "dir");
    const out = mkdtempSync(path.join(tmpdir(), "folio-site-"));
    const logs: string[] = [];
    const site = path.join(out, "site");
    const again = path.join(out, "again");
    const result = await publishSite({ distDir: dist, outDir: site, log: (m) => logs.push(m) });
    await publishSite({ distDir: dist, outDir: again });
    process.on("exit", () => rmSync(out, { recursive: true, force: true }));
    return { dist, site, again, result, logs };
  })();
  return pending;
}

export const readSite = (site: string, rel: string) => readFileSync(path.join(site, rel), "utf8");
