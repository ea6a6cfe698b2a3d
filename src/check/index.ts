/**
 * The checks an issue passes before anything is laid out, without a browser: the model (YAML, front
 * matter, encodings, sections, the flatplan: src/check/load.ts), the photos (src/check/images.ts) and
 * the characters no font of the edition has (src/check/fonts.ts) and the periodical rules the data
 * can answer (src/check/periodical.ts).
 * `folio check` runs this; so does every build first, so a build never meets a problem check passed.
 */
import { ValidationError } from "../contract/errors.js";
import type { Issue } from "../model/types.js";
import { loadKey, readLoadCache, writeLoadCache } from "./load-cache.js";
// Not the images barrel: it loads the renditions (sharp), which a warm check never needs.
import { collectImages } from "../images/collect.js";
import { intakeImages } from "../images/intake.js";
import { judgeImages } from "./images.js";
import type { PrintFonts } from "../type/fonts/edition.js";
import { printFontsOf } from "../type/fonts/print-fonts.js";
import { judgeFonts } from "./fonts.js";
import { issueSources } from "./printed-text.js";
import { judgePeriodical } from "./periodical.js";

export interface CheckedIssue {
  issue: Issue;
  /** Things to look at that do not stop a build (resolution under 300 ppi, CMYK without profile). */
  warnings: string[];
  /** Periodical-rule findings magazine.yaml waives (src/check/periodical.ts), each with its reason. */
  waived: string[];
}

export interface CheckOptions {
  /**
   * "reuse": take the model from the load cache when the sources are unchanged (folio check);
   * "refresh" (default): always load, then remember the model for the next check (load-cache.ts).
   */
  loadCache?: "reuse" | "refresh";
  /** The fonts the edition prints with (default: the issue's edition's, src/type/fonts/print-fonts.ts). */
  fonts?: PrintFonts;
}

/** The validated model: from the load cache, or loaded now (the parsers load only then). */
export async function loadModel(issueDir: string, mode: CheckOptions["loadCache"]): Promise<Issue> {
  const key = loadKey(issueDir);
  const cached = mode === "reuse" ? await readLoadCache(issueDir, key) : undefined;
  if (cached) return cached;
  const { loadIssue } = await import("./load.js");
  const issue = await loadIssue(issueDir);
  await writeLoadCache(issueDir, key, issue);
  return issue;
}

export async function checkIssue(issueDir: string, opts: CheckOptions = {}): Promise<CheckedIssue> {
  const issue = await loadModel(issueDir, opts.loadCache ?? "refresh");
  const uses = collectImages(issue);
  const intake = await intakeImages(uses); // throws one FolioError listing every unreadable file
  const { problems, warnings } = judgeImages(issue, uses, intake);
  problems.push(...judgeFonts(issueSources(issue), opts.fonts ?? printFontsOf(issue.edition)));
  const periodical = judgePeriodical(issue);
  problems.push(...periodical.problems);
  if (problems.length) throw new ValidationError(problems);
  return { issue, warnings: [...warnings, ...periodical.warnings], waived: periodical.waived };
}
