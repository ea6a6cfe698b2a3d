/**
 * What a cached fit is kept under, so that a cache can save layout passes but never change the
 * result: a run's plan under a digest of the run's own sources (its articles as the model holds them,
 * the bytes of their photos, its planned start), and the whole cache under a digest of what every
 * run's layout shares (the magazine and edition settings, the templates, styles and layout code).
 * Only a plan the fitter settled on is kept: starting from it, the fitter settles on it again, which
 * is where it arrives from nothing.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Issue } from "../model/types.js";
import { filesUnder } from "./fingerprint.js";
import type { Run } from "./runs.js";

const HERE = import.meta.dirname;
const PACKAGE = path.resolve(HERE, "../..");

/** A run's key: its article ids and a digest of everything of its own that its layout reads. */
export function runSourceKey(issue: Issue, run: Run): string {
  const h = createHash("sha256");
  h.update(String(run.start)).update("\0");
  for (const id of run.articleIds) {
    const a = issue.articles.find((x) => x.id === id);
    h.update(JSON.stringify(a ?? id)).update("\0");
    for (const b of a?.blocks ?? [])
      if (b.type === "figure")
        h.update(existsSync(b.image.path) ? readFileSync(b.image.path) : b.image.path).update("\0");
  }
  return `${run.articleIds.join("+")}@${h.digest("hex").slice(0, 16)}`;
}

/** What every run's layout shares: the magazine and edition settings, templates, styles and layout code. */
export function fitContext(issue: Issue): string {
  const h = createHash("sha256");
  h.update(JSON.stringify({ magazine: issue.magazine, edition: issue.edition?.tag, fillers: issue.fillers }));
  const files = filesUnder([
    path.join(PACKAGE, "templates"),
    path.join(PACKAGE, "styles"),
    HERE,
    path.join(HERE, "..", "browser", "paged"),
    path.join(HERE, "..", "render", "print"),
    path.join(HERE, "..", "type"),
  ]);
  for (const f of files) h.update(path.relative(PACKAGE, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}
