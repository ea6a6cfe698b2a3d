/**
 * The bench's own copy of the sample issue, output folder and caches, in a temporary folder: the
 * user's dist/ and .cache/ are never read or written, and a cold build starts from empty caches.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cacheFolder } from "../src/util/config.js";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface Workspace {
  root: string;
  issueDir: string;
  outRoot: string;
  /** Environment for every folio process of the bench: its own caches. */
  env: NodeJS.ProcessEnv;
  /** Whether the output profile (built once per machine, ~30 s of colprof) was seeded from .cache/icc. */
  seededProfile: boolean;
}

export function makeWorkspace(issueId = "2022-08"): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), "folio-bench-"));
  const issues = path.join(root, "issues");
  mkdirSync(issues);
  cpSync(path.join(ROOT, "issues", "magazine.yaml"), path.join(issues, "magazine.yaml"));
  cpSync(path.join(ROOT, "issues", issueId), path.join(issues, issueId), { recursive: true });
  const cache = path.join(root, "cache");
  mkdirSync(cache);
  // The FOGRA39 output profile is machine set-up (colprof, once per machine), not part of a build.
  const icc = cacheFolder("icc");
  const seededProfile = existsSync(icc);
  if (seededProfile) cpSync(icc, path.join(cache, "icc"), { recursive: true });
  return {
    root,
    issueDir: path.join(issues, issueId),
    outRoot: path.join(root, "dist"),
    env: {
      ...process.env,
      FOLIO_CACHE_DIR: cache,
      FOLIO_FIT_CACHE: path.join(cache, "flatplan"),
      FOLIO_ISSUES: issues,
    },
    seededProfile,
  };
}

/**
 * Edits one paragraph of one article: `marker` is inserted after the first sentence of its first
 * paragraph (a few 字, so the run still fits its pages). Returns the file changed.
 */
export function editParagraph(issueDir: string, marker: string, article = "p016-ningxin-juli.md"): string {
  const file = path.join(issueDir, "articles", article);
  const text = readFileSync(file, "utf8");
  const body = text.indexOf("\n---", 3) + 4;
  const stop = text.indexOf("，", body);
  if (stop < 0) throw new Error(`bench: no sentence to edit in ${file}`);
  writeFileSync(file, text.slice(0, stop) + marker + text.slice(stop));
  return file;
}

/** A file a build wrote, by its kind (its build.json names it): the print HTML, the screen PDF. */
export function builtFile(outRoot: string, kind: "print-html" | "screen-pdf", issueId = "2022-08"): string {
  const dir = path.join(outRoot, issueId);
  const manifest = JSON.parse(readFileSync(path.join(dir, "build.json"), "utf8")) as {
    files: { kind: string; path: string }[];
  };
  const file = manifest.files.find((f) => f.kind === kind);
  if (!file) throw new Error(`bench: ${dir}/build.json lists no ${kind}`);
  return path.join(dir, file.path);
}
