/** Finds issue folders from command-line arguments: a path, an id (2022-08) under issues/, or all. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import { ISSUE_ID } from "../model/issue-id.js";
import { issuesSetting } from "../util/config.js";

/** The folder holding magazine.yaml and the issue folders: --dir, else $FOLIO_ISSUES, else ./issues. */
export function issuesRoot(cwd = process.cwd(), dir?: string): string {
  return path.resolve(cwd, dir ?? issuesSetting() ?? "issues");
}

export function resolveIssueArg(arg: string, root = issuesRoot()): string {
  if (existsSync(arg) && statSync(arg).isDirectory()) return path.resolve(arg);
  if (ISSUE_ID.test(arg)) {
    const dir = path.join(root, arg);
    if (existsSync(dir)) return dir;
  }
  throw new FolioError({
    file: arg,
    message: `no such issue (give a folder such as issues/2022-08 or an id found under ${path.relative(process.cwd(), root) || root}/)`,
  });
}

export function allIssues(root = issuesRoot()): string[] {
  if (!existsSync(root)) throw new FolioError({ file: root, message: "issues folder not found" });
  const ids = readdirSync(root)
    .filter((n) => ISSUE_ID.test(n) && statSync(path.join(root, n)).isDirectory())
    .sort();
  if (!ids.length) throw new FolioError({ file: root, message: "no issue folders (yyyy-mm) found" });
  return ids.map((id) => path.join(root, id));
}
