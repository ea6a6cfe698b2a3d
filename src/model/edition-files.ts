/**
 * An issue's edition folders read lightly, without loading the edition: which folders there are under
 * issues/<id>/editions/, what each translation records (`translates`, `source_digest`) and an
 * edition.yaml as written. For `folio check` of the Chinese issue (how far each edition is) and
 * `folio new` (the next month's editions), which must work on an edition that is not complete.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../contract/errors.js";
import type { Translation } from "./edition.js";
import { splitFrontMatter } from "./frontmatter.js";
import { type EditionIssueYaml, editionIssueSchema } from "./schema.js";
import { readTextFile } from "./text-file.js";
import { translationRecord } from "./translation.js";
import { validate } from "./validate.js";
import { readYaml } from "./yaml.js";

export { editionFolders } from "./edition-folder.js";

/** What each article file of an edition records; a file that cannot be read is the edition's check to report. */
export function readTranslations(editionDir: string, rel: (p: string) => string): Translation[] {
  const folder = path.join(editionDir, "articles");
  if (!existsSync(folder)) return [];
  const ignored: Problem[] = [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .flatMap((f) => {
      const file = path.join(folder, f);
      const text = readTextFile(file, rel(file), ignored);
      const split = text === undefined ? undefined : splitFrontMatter(text);
      if (!split) return [];
      const record = translationRecord(readYaml(split.yaml, rel(file), ignored, split.yamlLine - 1), f.slice(0, -3));
      return record ? [record] : [];
    });
}

/** An edition's edition.yaml, validated; undefined (with its problems) when it is missing or wrong. */
export function readEditionPlan(
  editionDir: string,
  rel: (p: string) => string,
  problems: Problem[],
): EditionIssueYaml | undefined {
  const file = path.join(editionDir, "edition.yaml");
  if (!existsSync(file)) {
    problems.push({ file: rel(file), message: "file not found" });
    return undefined;
  }
  const text = readTextFile(file, rel(file), problems);
  return text === undefined ? undefined : validate(editionIssueSchema, readYaml(text, rel(file), problems), problems);
}
