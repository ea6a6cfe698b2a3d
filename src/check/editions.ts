/**
 * The translation status `folio check` prints (src/check/translation-status.ts over the models):
 *  - for an edition: every finding as a warning line, then one line of figures;
 *  - for a Chinese issue: one line of figures per folder under editions/, from what its translations
 *    record (read without loading the edition, which may be far from complete).
 */
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import { editionFolders } from "../model/edition-folder.js";
import type { Issue } from "../model/types.js";
import { findingLine, statusLine, translationStatus } from "./translation-status.js";

export interface TranslationReport {
  /** Things for the translation review to read (warnings: none stops a build). */
  warnings: string[];
  /** One line of figures per edition. */
  lines: string[];
}

const rel = (p: string) => path.relative(process.cwd(), p) || p;

/** `loadBase` loads the Chinese issue an edition is of (folio check: through the load cache). */
export async function translationReport(
  issue: Issue,
  loadBase: (dir: string) => Promise<Issue>,
): Promise<TranslationReport> {
  if (issue.edition.base) {
    const folders = editionFolders(issue.dir);
    if (!folders.length) return { warnings: [], lines: [] };
    // The translations' reader (YAML, the schema) is loaded only for an issue that has editions.
    const { readTranslations } = await import("../model/edition-files.js");
    const lines = folders.map((dir) => {
      const status = translationStatus(issue, { tag: path.basename(dir), translations: readTranslations(dir, rel) });
      return `${issue.id} editions/${status.tag}: ${statusLine(status)} (folio check ${rel(dir)} lists them)`;
    });
    return { warnings: [], lines };
  }
  const base = await loadBase(issue.edition.baseDir).catch((e: unknown) => {
    if (e instanceof FolioError) return undefined;
    throw e;
  });
  if (!base)
    return {
      warnings: [
        `${rel(issue.edition.baseDir)}: the Chinese issue does not load, so what is translated is not known — run folio check ${rel(issue.edition.baseDir)}`,
      ],
      lines: [],
    };
  const status = translationStatus(base, issue.edition);
  return {
    warnings: status.findings.map((f) => findingLine(f, status.tag)),
    lines: [`${issue.id}: ${statusLine(status)} (warnings only: an edition may go to press without every article)`],
  };
}
