/** `folio new <yyyy-mm> [--dir DIR]`: scaffolds the next issue from the previous one's section plan. */
import path from "node:path";
import type { Command } from "commander";
import { FolioError } from "../../contract/errors.js";
import { ISSUE_ID } from "../../model/issue-id.js";
import { allIssues, issuesRoot } from "../issues.js";
import { EXIT } from "../report.js";

export function registerNew(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command("new")
    .description("scaffold a new issue from the magazine defaults and the previous issue's section plan")
    .argument("<id>", "the new issue, as yyyy-mm")
    .option("--dir <dir>", "issues folder holding magazine.yaml", "issues")
    .action((id: string, flags: { dir: string }) =>
      run(async () => {
        if (!ISSUE_ID.test(id)) throw new FolioError({ file: id, message: "issue id must be yyyy-mm, e.g. 2022-09" });
        const root = issuesRoot(process.cwd(), flags.dir);
        const earlier = allIssues(root).filter((d) => path.basename(d) < id);
        if (!earlier.length)
          throw new FolioError({ file: root, message: `no issue before ${id} to take the section plan from` });
        // Loaded here, not at start-up: other commands stay light.
        const [{ loadIssue }, { planNewIssue }, { applyScaffold }] = await Promise.all([
          import("../../check/load.js"),
          import("../../scaffold/plan.js"),
          import("../../scaffold/apply.js"),
        ]);
        const previous = await loadIssue(earlier[earlier.length - 1]);
        const files = planNewIssue(id, previous);
        const dir = path.join(root, id);
        applyScaffold(dir, files);
        process.stdout.write(
          `${path.relative(process.cwd(), dir)}: ${files.length - 1} example articles from ${previous.id}'s plan; next: folio check ${path.relative(process.cwd(), dir)}\n`,
        );
        return EXIT.ok;
      }),
    );
}
