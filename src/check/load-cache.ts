/**
 * The last successful load of an issue (the validated model loadIssue returned), kept so that a
 * `folio check` of unchanged sources neither parses YAML and Markdown again nor loads the parsers.
 * The key holds everything the load reads: the content of magazine.yaml and of every file in the
 * issue folder (names included, so a photo removed or added is a change), the folder and working
 * directory (paths in the model are relative to it), and folio's own code (size and time of every
 * file under src/ and lib/). A problem is never cached: an issue that fails loads again each time.
 * An external file the model names (the press profile) must still exist.
 */
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { filesUnder, issueSources } from "../flatplan/fingerprint.js";
import { readJson, writeJsonAtomic } from "../util/atomic-file.js";
import type { Issue } from "../model/types.js";
import { cacheRoot } from "../util/config.js";
import { fileDigestSync } from "../util/file-digest.js";
import { folderParts } from "../model/edition-folder.js";

const PACKAGE = path.resolve(import.meta.dirname, "../..");
const FORMAT = 2;

interface Entry {
  format: number;
  key: string;
  /** Files outside the issue the model relies on; a missing one is a miss. */
  external: string[];
  issue: Issue;
}

function codeStamp(): string {
  return filesUnder([path.join(PACKAGE, "src"), path.join(PACKAGE, "lib")])
    .map((f) => {
      const s = statSync(f);
      return `${path.relative(PACKAGE, f)}:${s.size}:${s.mtimeMs}`;
    })
    .join("\n");
}

export function loadKey(issueDir: string): string {
  const h = createHash("sha256").update(`${FORMAT}\0${process.cwd()}\0${path.resolve(issueDir)}\0${codeStamp()}\0`);
  for (const f of issueSources(issueDir))
    h.update(path.relative(PACKAGE, f)).update("\0").update(fileDigestSync(f).sha256).update("\0");
  return h.digest("hex");
}

/** One file per issue id, "2022-08-ug" for an edition (the folder and working directory are in the key, not the name): no growth. */
export function loadCacheFile(issueDir: string, root = cacheRoot()): string {
  return path.join(root, "check", `${folderParts(path.resolve(issueDir)).id}.json`);
}

/** The cached model for these exact sources, or undefined. */
export async function readLoadCache(
  issueDir: string,
  key = loadKey(issueDir),
  root?: string,
): Promise<Issue | undefined> {
  const entry = await readJson<Entry>(loadCacheFile(issueDir, root));
  if (!entry || entry.format !== FORMAT || entry.key !== key || !entry.external.every((f) => existsSync(f)))
    return undefined;
  return entry.issue;
}

export async function writeLoadCache(issueDir: string, key: string, issue: Issue, root?: string): Promise<void> {
  const entry: Entry = {
    format: FORMAT,
    key,
    external: issue.magazine.press.iccProfile ? [issue.magazine.press.iccProfile] : [],
    issue,
  };
  await writeJsonAtomic(loadCacheFile(issueDir, root), entry).catch(() => undefined); // a cache that cannot be written is only slower
}
