/**
 * A fingerprint of everything a layout of an issue reads: the issue folder (text, images),
 * magazine.yaml, the print stylesheets and templates. Stored with the copyfit report, so `folio
 * check` knows whether the last layout still shows the issue as it is now.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { folderParts } from "../model/edition-folder.js";
import { fileDigestSync } from "../util/file-digest.js";

const PACKAGE = path.resolve(import.meta.dirname, "../..");

function walk(p: string, out: string[]): void {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(path.join(p, n), out);
  else out.push(p);
}

/** Every file at or under the given paths (missing ones skipped), in a stable order. */
export function filesUnder(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) walk(path.resolve(p), files);
  return files;
}

/**
 * The files an issue's text and photos come from: magazine.yaml and the issue folder; for an edition
 * (issues/<id>/editions/<tag>/) also the Chinese issue's issue.yaml, articles and photos it reads.
 */
export function issueSources(issueDir: string): string[] {
  const dir = path.resolve(issueDir);
  const { baseDir, tag } = folderParts(dir);
  if (!tag) return filesUnder([path.join(dir, "..", "magazine.yaml"), dir]);
  const base = ["issue.yaml", "articles", "images"].map((p) => path.join(baseDir, p));
  return filesUnder([path.join(baseDir, "..", "magazine.yaml"), ...base, dir]);
}

export function sourcesFingerprint(issueDir: string): string {
  const files = [
    ...issueSources(issueDir),
    ...filesUnder([path.join(PACKAGE, "styles"), path.join(PACKAGE, "templates")]),
  ];
  const h = createHash("sha256");
  for (const f of files) h.update(path.basename(f)).update("\0").update(fileDigestSync(f).sha256).update("\0");
  return h.digest("hex").slice(0, 16);
}
