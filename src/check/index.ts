/**
 * The checks an issue passes before anything is laid out, without a browser: the model (YAML, front
 * matter, encodings, sections, the flatplan: src/model/load.ts) and the photos (src/check/images.ts).
 * `folio check` runs this; so does every build first, so a build never meets a problem check passed.
 */
import { ValidationError } from "../model/errors.js";
import { loadIssue } from "../model/load.js";
import type { Issue } from "../model/types.js";
import { collectImages, intakeImages } from "../images/index.js";
import { judgeImages } from "./images.js";

export interface CheckedIssue {
  issue: Issue;
  /** Things to look at that do not stop a build (resolution under 300 ppi, CMYK without profile). */
  warnings: string[];
}

export async function checkIssue(issueDir: string): Promise<CheckedIssue> {
  const issue = await loadIssue(issueDir);
  const uses = collectImages(issue);
  const intake = await intakeImages(uses); // throws one FolioError listing every unreadable file
  const { problems, warnings } = judgeImages(issue, uses, intake);
  if (problems.length) throw new ValidationError(problems);
  return { issue, warnings };
}
