/** Finds issue folders from command-line arguments: a path, an id (2022-08) under issues/, or all. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import { EDITION_TAG } from "../model/edition.js";
import { folderParts } from "../model/edition-folder.js";
import { ISSUE_ID } from "../model/issue-id.js";
import { issuesSetting } from "../util/config.js";

/** The folder holding magazine.yaml and the issue folders: --dir, else $FOLIO_ISSUES, else ./issues. */
export function issuesRoot(cwd = process.cwd(), dir?: string): string {
  return path.resolve(cwd, dir ?? issuesSetting() ?? "issues");
}

/**
 * A folder (issues/2022-08, issues/2022-08/editions/ug), an id under the issues folder (2022-08), or an
 * edition's id, the name of its output folder (2022-08-ug: issues/2022-08/editions/ug).
 */
export function resolveIssueArg(arg: string, root = issuesRoot()): string {
  if (existsSync(arg) && statSync(arg).isDirectory()) return path.resolve(arg);
  const edition = /^(\d{4}-\d{2})-(.+)$/.exec(arg);
  const dir = ISSUE_ID.test(arg)
    ? path.join(root, arg)
    : edition && EDITION_TAG.test(edition[2])
      ? path.join(root, edition[1], "editions", edition[2])
      : undefined;
  if (dir && existsSync(dir)) return dir;
  throw new FolioError({
    file: arg,
    message: `no such issue (give a folder such as issues/2022-08 or an id found under ${path.relative(process.cwd(), root) || root}/, such as 2022-08 or 2022-08-ug for an edition)`,
  });
}

/** `--edition ug,kk-Arab`: those editions of each Chinese issue named, in place of it. */
export function editionsOf(dirs: string[], tags: string | undefined): string[] {
  if (tags === undefined) return dirs;
  const list = tags
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const bad = list.filter((t) => !EDITION_TAG.test(t));
  if (!list.length || bad.length)
    throw new FolioError({
      file: "--edition",
      message: `give edition tags such as ug or mn-Mong, comma-separated (got "${tags}")`,
    });
  return dirs.flatMap((dir) => {
    if (folderParts(dir).tag)
      throw new FolioError({ file: rel(dir), message: "is an edition already: name its Chinese issue with --edition" });
    return list.map((tag) => {
      const edition = path.join(dir, "editions", tag);
      if (!existsSync(edition))
        throw new FolioError({
          file: rel(edition),
          message: "no such edition folder (docs/data-format.md, Editions: how to add one)",
        });
      return edition;
    });
  });
}

const rel = (p: string) => path.relative(process.cwd(), p) || p;

export function allIssues(root = issuesRoot()): string[] {
  if (!existsSync(root)) throw new FolioError({ file: root, message: "issues folder not found" });
  const ids = readdirSync(root)
    .filter((n) => ISSUE_ID.test(n) && statSync(path.join(root, n)).isDirectory())
    .sort();
  if (!ids.length) throw new FolioError({ file: root, message: "no issue folders (yyyy-mm) found" });
  return ids.map((id) => path.join(root, id));
}
