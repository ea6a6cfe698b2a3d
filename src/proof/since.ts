/**
 * What changed in the sources since the last proof round (for the preview, which has no PDF to
 * compare): the articles whose file changed, the photos, and the files every page shares. The
 * preview marks the pages holding those articles and photos, every page when a shared file changed.
 */
import path from "node:path";
import { changedSources, sourceKind } from "./compare.js";
import { sourceDigestsOf } from "./record.js";
import { lastRound } from "./rounds.js";

export interface SinceRound {
  round: number;
  label: string;
  date: string;
  /** Article ids whose file changed. */
  articles: string[];
  /** File names of the changed photos (as the page's images end). */
  photos: string[];
  /** Changed files that every page shares (magazine.yaml, issue.yaml, templates, styles). */
  shared: string[];
  /** Every changed source file. */
  files: string[];
}

/** Undefined when the issue has no proof round in `outputDir` (dist/<id>/). */
export function changedSinceRound(outputDir: string, issueDir: string): SinceRound | undefined {
  const last = lastRound(outputDir);
  if (!last) return undefined;
  const r = last.record;
  const files = changedSources(r, { ...r, sources: sourceDigestsOf(issueDir) });
  return {
    round: r.round,
    label: r.label,
    date: r.date,
    articles: Object.entries(r.articles)
      .filter(([, a]) => files.includes(a.file))
      .map(([id]) => id),
    photos: files.filter((f) => sourceKind(f) === "photo").map((f) => path.basename(f)),
    shared: files.filter((f) => ["magazine", "issue", "template", "style"].includes(sourceKind(f))),
    files,
  };
}
