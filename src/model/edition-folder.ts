/**
 * Where an issue's files are: issues/<yyyy-mm>/ for the Chinese edition, issues/<yyyy-mm>/editions/<tag>/
 * for another edition of it (which finds its photos and covers in the Chinese folder).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FolioError, type ProblemList } from "../contract/errors.js";
import { EDITION_TAG } from "./edition.js";
import { ISSUE_ID } from "./issue-id.js";
import type { MagazineYaml } from "./schema.js";
import { placesOf, WORD_KEYS, WORD_PLACES } from "./words.js";
import type { YamlSource } from "./yaml.js";

export interface IssueFolder {
  /** The folder holding this edition's articles/ (and edition.yaml for an edition). */
  dir: string;
  /** The Chinese issue's folder. */
  baseDir: string;
  /** "2022-08" */
  baseId: string;
  /** The edition's tag, undefined for the Chinese edition. */
  tag?: string;
}

/** From the path alone: the Chinese issue's folder, its id, the edition's tag and the issue's own id ("2022-08-ug"). */
export function folderParts(dir: string): { baseDir: string; baseId: string; tag?: string; id: string } {
  const parent = path.dirname(dir);
  // issues/<yyyy-mm>/editions/<tag>/: a folder that merely sits in one named editions/ is not an
  // edition (test/fixtures/editions/2022-12 is a Chinese issue), nor is one named yyyy-mm.
  const inEditions =
    path.basename(parent) === "editions" &&
    !ISSUE_ID.test(path.basename(dir)) &&
    ISSUE_ID.test(path.basename(path.dirname(parent)));
  const tag = inEditions ? path.basename(dir) : undefined;
  const baseDir = inEditions ? path.dirname(parent) : dir;
  const baseId = path.basename(baseDir);
  return { baseDir, baseId, tag, id: tag ? `${baseId}-${tag}` : baseId };
}

export function issueFolder(dir: string, rel: (p: string) => string): IssueFolder {
  if (!existsSync(dir)) throw new FolioError({ file: rel(dir), message: "issue folder not found" });
  const { baseDir, baseId, tag } = folderParts(dir);
  if (tag !== undefined && !EDITION_TAG.test(tag))
    throw new FolioError({
      file: rel(dir),
      message: `an edition folder is named by its tag, e.g. ug or mn-Mong (got "${tag}")`,
    });
  if (!ISSUE_ID.test(baseId))
    throw new FolioError({ file: rel(baseDir), message: `issue folder must be named yyyy-mm (got "${baseId}")` });
  return { dir, baseDir, baseId, tag };
}

/** Every section the edition's articles are in has a name in the edition's script. */
export function checkSectionNames(
  mag: MagazineYaml,
  tag: string,
  used: Iterable<string>,
  src: YamlSource,
  problems: ProblemList,
): void {
  const ed = mag.editions[tag];
  for (const id of new Set(used))
    if (!ed.sections[id])
      problems.add({
        file: src.file,
        line: src.lineOf(["editions", tag, "sections"]),
        field: `editions.${tag}.sections.${id}`,
        message: `no name for section "${id}" (${mag.sections.find((s) => s.id === id)?.name ?? id}) in this edition's script`,
      });
}

/** The edition's fonts are installed, every section has a name in its script, every word keeps its places. */
export function checkEditionSetup(
  mag: MagazineYaml,
  tag: string,
  src: YamlSource,
  magazineFile: string,
  problems: ProblemList,
): void {
  const ed = mag.editions[tag];
  const at = (...p: (string | number)[]) => ({ file: src.file, line: src.lineOf(["editions", tag, ...p]) });
  for (const [role, font] of Object.entries(ed.fonts)) {
    if (!font) continue;
    const file = path.resolve(path.dirname(magazineFile), font.file);
    if (!existsSync(file))
      problems.add({
        ...at("fonts", role, "file"),
        field: `editions.${tag}.fonts.${role}.file`,
        message: `no such font file ${file}${font.package ? `: install the Debian package ${font.package} (apt-get install ${font.package})` : ""}`,
      });
  }
  const ids = new Set(mag.sections.map((s) => s.id));
  for (const id of Object.keys(ed.sections))
    if (!ids.has(id))
      problems.add({
        ...at("sections", id),
        field: `editions.${tag}.sections.${id}`,
        message: `no section "${id}" in sections: (one of: ${[...ids].join(", ")})`,
      });
  for (const key of WORD_KEYS) {
    const needed = WORD_PLACES[key] ?? [];
    const has = placesOf(ed.words[key]);
    const missing = needed.filter((p) => !has.includes(p));
    const extra = has.filter((p) => !needed.includes(p));
    if (missing.length || extra.length)
      problems.add({
        ...at("words", key),
        field: `editions.${tag}.words.${key}`,
        message: missing.length
          ? `must keep ${missing.map((p) => `{${p}}`).join(" and ")} (where the value is printed)`
          : `has ${extra.map((p) => `{${p}}`).join(" and ")}, which nothing fills`,
      });
  }
}

/** issues/<id>/editions/<tag>/ for every folder named by a tag, in name order. */
export function editionFolders(baseDir: string): string[] {
  const root = path.join(baseDir, "editions");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => EDITION_TAG.test(n) && statSync(path.join(root, n)).isDirectory())
    .sort()
    .map((n) => path.join(root, n));
}
