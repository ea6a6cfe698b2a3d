/**
 * DAISY Ace (@daisy/ace-cli), the EPUB accessibility checker, run with the system Chromium
 * (PUPPETEER_EXECUTABLE_PATH): every violation it reports, with its rule, impact and document, plus
 * the accessibility metadata it found missing or empty. A content document whose axe run was kept
 * from an earlier check of the same bytes is not run again (ace-docs.ts, ace-child.cjs);
 * $FOLIO_ACE_CACHE=off runs every document every time. Given folio's browser, Ace's axe runs are made
 * in it (ace-runner.cjs, ace-browser.ts) instead of in a browser Ace launches.
 */
import { InternalError } from "../../../contract/errors.js";
import { createHash } from "node:crypto";
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
import { lendBrowser } from "./ace-browser.js";

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

/**
 * Ace, the Chromium it runs axe in and the runner that drives it ("ace": Ace's own launch; "folio":
 * ace-runner.cjs in folio's browser): a different one may find differently.
 */
export function aceTools(runner: "ace" | "folio"): string {
  const ace = JSON.parse(readFileSync(require.resolve("@daisy/ace-core/package.json"), "utf8")) as { version: string };
  const exe = resolveChromium();
  const st = statSync(exe);
  const code = runner === "folio" ? createHash("sha256").update(readFileSync(RUNNER)).digest("hex") : "";
  return `ace-core ${ace.version}\nchromium ${exe} ${st.size} ${st.mtimeMs}\nrunner ${runner} ${code}`.trim();
}

export interface AceRun {
  outcome: string;
  findings: CheckFinding[];
  /** Content documents run through axe now, and those whose earlier run was kept (ace-docs.ts). */
  documents: { checked: number; kept: number };
}

/** Documents checked at once in folio's browser (ace-runner.cjs), as Ace's own runner does. */
export const ACE_PAGES = 4;

const CHILD = fileURLToPath(new URL("./ace-child.cjs", import.meta.url));
const RUNNER = fileURLToPath(new URL("./ace-runner.cjs", import.meta.url));

/**
 * Ace on the EPUB file (ace-child.cjs). `cacheDir`: where axe runs are kept (default aceCacheDir());
 * null: nowhere, every document is run through axe.
 */
export async function runAce(
  file: string,
  opts: {
    signal?: AbortSignal;
    cacheDir?: string | null;
    /**
     * folio's Chromium to check the documents in: called when the first document must be run, gives
     * the browser's WebSocket address (its owner closes it). None: Ace launches a browser of its own.
     */
    browser?: () => Promise<string>;
    /** Documents at once in that browser (default ACE_PAGES). */
    concurrency?: number;
  } = {},
): Promise<AceRun> {
  const { signal } = opts;
  const cacheDir = opts.cacheDir === undefined ? aceCacheDir() : (opts.cacheDir ?? undefined);
  const dir = await mkdtemp(path.join(tmpdir(), "folio-ace-"));
  let report: AceReport;
  let documents: AceRun["documents"];
  try {
    const tools = aceTools(opts.browser ? "folio" : "ace");
    const keys = cacheDir ? aceDocKeys(await readEpubPackage(await readFile(file), { images: false }), tools) : {};
    const jobFile = path.join(dir, "job.json");
    const job = { keys, cacheDir, browser: !!opts.browser, concurrency: opts.concurrency ?? ACE_PAGES };
    await writeFile(jobFile, JSON.stringify(job));
    const out = path.join(dir, "out");
    const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: resolveChromium() };
    const lend = opts.browser && lendBrowser(opts.browser);
    await run(process.execPath, [CHILD, path.resolve(file), out, jobFile], {
      env,
      signal,
      timeoutMs: 600_000,
      onSpawn: lend ? lend.onSpawn : undefined,
    }).catch((e: Error) => {
      if (lend?.failed) throw lend.failed;
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
