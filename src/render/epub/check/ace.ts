/**
 * DAISY Ace (@daisy/ace-cli), the EPUB accessibility checker, run with the system Chromium
 * (PUPPETEER_EXECUTABLE_PATH): every violation it reports, with its rule, impact and document, plus
 * the accessibility metadata it found missing or empty. A content document whose axe run was kept
 * from an earlier check of the same bytes is not run again (ace-docs.ts, ace-child.cjs);
 * $FOLIO_ACE_CACHE=off runs every document every time.
 */
import { InternalError } from "../../../contract/errors.js";
import { readFileSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveChromium } from "../../../browser/resolve.js";
import type { CheckFinding } from "./epubcheck.js";
import { aceCacheDir } from "../../../util/config.js";
import { run, ToolError } from "../../../util/tools.js";
import { pruneEntries } from "../../../util/cache-entries.js";
import { readEpubPackage } from "./package.js";
import { aceDocKeys } from "./ace-docs.js";

const require = createRequire(import.meta.url);

interface AceReport {
  "earl:result"?: { "earl:outcome"?: string };
  "a11y-metadata"?: { missing?: string[]; empty?: string[] };
  assertions?: { "earl:testSubject"?: { url?: string }; assertions?: AceAssertion[] }[];
}

interface AceAssertion {
  "earl:test"?: { "dct:title"?: string; "earl:impact"?: string };
  "earl:result"?: { "dct:description"?: string };
}

/** Metadata Ace lists as missing that only a third-party certifier can give. */
const CERTIFIER_ONLY = new Set(["a11y:certifiedBy", "a11y:certifierCredential", "a11y:certifierReport"]);

/** Ace and the Chromium it runs axe in: a different one may find differently. */
export function aceTools(): string {
  const ace = JSON.parse(readFileSync(require.resolve("@daisy/ace-core/package.json"), "utf8")) as { version: string };
  const exe = resolveChromium();
  const st = statSync(exe);
  return `ace-core ${ace.version}\nchromium ${exe} ${st.size} ${st.mtimeMs}`;
}

export interface AceRun {
  outcome: string;
  findings: CheckFinding[];
  /** Content documents run through axe now, and those whose earlier run was kept (ace-docs.ts). */
  documents: { checked: number; kept: number };
}

const CHILD = fileURLToPath(new URL("./ace-child.cjs", import.meta.url));

/**
 * Ace on the EPUB file (ace-child.cjs). `cacheDir`: where axe runs are kept (default aceCacheDir());
 * null: nowhere, every document is run through axe.
 */
export async function runAce(
  file: string,
  opts: { signal?: AbortSignal; cacheDir?: string | null } = {},
): Promise<AceRun> {
  const { signal } = opts;
  const cacheDir = opts.cacheDir === undefined ? aceCacheDir() : (opts.cacheDir ?? undefined);
  const dir = await mkdtemp(path.join(tmpdir(), "folio-ace-"));
  let report: AceReport;
  let documents: AceRun["documents"];
  try {
    const keys = cacheDir ? aceDocKeys(await readEpubPackage(await readFile(file), { images: false }), aceTools()) : {};
    const keysFile = path.join(dir, "keys.json");
    await writeFile(keysFile, JSON.stringify(keys));
    const out = path.join(dir, "out");
    const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: resolveChromium() };
    await run(process.execPath, [CHILD, path.resolve(file), out, keysFile, ...(cacheDir ? [cacheDir] : [])], {
      env,
      signal,
      timeoutMs: 600_000,
    }).catch((e: Error) => {
      if (signal?.aborted || !(e instanceof ToolError)) throw e;
      throw new InternalError(
        e.stderr.trim().split("\n").pop() || (e.cause instanceof Error ? e.cause.message : e.message),
      );
    });
    report = JSON.parse(await readFile(path.join(out, "report.json"), "utf8")) as AceReport;
    documents = JSON.parse(await readFile(path.join(out, "documents.json"), "utf8")) as AceRun["documents"];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (cacheDir) pruneOldest(cacheDir, KEEP);
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
  for (const m of report["a11y-metadata"]?.empty ?? [])
    findings.push({ severity: "error", id: "a11y-metadata", message: `${m} is empty` });
  for (const m of report["a11y-metadata"]?.missing ?? []) {
    if (!CERTIFIER_ONLY.has(m)) findings.push({ severity: "error", id: "a11y-metadata", message: `${m} is missing` });
  }
  return { outcome: report["earl:result"]?.["earl:outcome"] ?? "", findings, documents };
}

/** Kept axe runs: the newest KEEP (a few KB each), older ones removed. */
const KEEP = 2000;
function pruneOldest(dir: string, keep: number): void {
  try {
    pruneEntries(dir, keep, ["json"]);
  } catch {
    // no folder yet, or another build pruned it meanwhile: only its size is at stake
  }
}
