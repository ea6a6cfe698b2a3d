/**
 * `folio new <yyyy-mm> [--dir DIR]`: scaffolds the next issue from the previous one's section plan, and
 * each of its editions (editions/<tag>/edition.yaml and an empty articles/).
 */
import path from "node:path";
import type { Command } from "commander";
import { FolioError, formatProblem, type Problem } from "../../contract/errors.js";
import { ISSUE_ID } from "../../model/issue-id.js";
import { allIssues, issuesRoot } from "../issues.js";
import { EXIT } from "../report.js";

const rel = (p: string) => path.relative(process.cwd(), p) || p;

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
        const [{ loadIssue }, { planNewIssue }, { planNewEdition }, editionFiles, { applyScaffold }] =
          await Promise.all([
            import("../../check/load.js"),
            import("../../scaffold/plan.js"),
            import("../../scaffold/edition-plan.js"),
            import("../../model/edition-files.js"),
            import("../../scaffold/apply.js"),
          ]);
        const previousDir = earlier[earlier.length - 1];
        const previous = await loadIssue(previousDir);
        const files = planNewIssue(id, previous);
        // Each edition of the previous month: an edition.yaml of the same shape and an empty articles/.
        const editions = editionFiles.editionFolders(previousDir).flatMap((editionDir) => {
          const problems: Problem[] = [];
          const plan = editionFiles.readEditionPlan(editionDir, rel, problems);
          if (!plan) {
            for (const p of problems) process.stderr.write(`warning: ${formatProblem(p)}\n`);
            process.stderr.write(
              `warning: ${rel(editionDir)}: not scaffolded for ${id} (its edition.yaml does not read)\n`,
            );
            return [];
          }
          const translations = editionFiles.readTranslations(editionDir, rel);
          return [planNewEdition(id, { tag: path.basename(editionDir), plan, translations }, previous)];
        });
        const dir = path.join(root, id);
        applyScaffold(
          dir,
          [...files, ...editions.flatMap((e) => e.files)],
          editions.flatMap((e) => e.folders),
        );
        process.stdout.write(
          `${rel(dir)}: ${files.length - 1} example articles from ${previous.id}'s plan; next: folio check ${rel(dir)}\n`,
        );
        for (const e of editions)
          process.stdout.write(
            `${rel(path.join(dir, "editions", e.tag))}: edition.yaml with ${e.articles} entries to plan and an empty articles/ for the translations\n`,
          );
        return EXIT.ok;
      }),
    );
}
