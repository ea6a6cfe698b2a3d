/** `folio check <issue...>`: validation only, no browser; every problem at once with file:line. */
import type { Command } from "commander";
import { checkIssue } from "../../check/index.js";
import { allIssues, resolveIssueArg } from "../issues.js";
import { EXIT } from "../report.js";

export function registerCheck(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command("check")
    .description("validate issues (YAML, front matter, encodings, flatplan, sections, images) without rendering")
    .argument("[issues...]", "issue folders or ids such as 2022-08 (default: every issue under issues/)")
    .action((args: string[]) =>
      run(async () => {
        const dirs = args.length ? args.map((a) => resolveIssueArg(a)) : allIssues();
        for (const dir of dirs) {
          const t0 = performance.now();
          const { issue, warnings } = await checkIssue(dir);
          for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
          const blocks = issue.articles.reduce((n, a) => n + a.blocks.length, 0);
          process.stdout.write(
            `${issue.id}: ok — ${issue.articles.length} articles, ${issue.sections.length} sections, ${blocks} blocks (${Math.round(performance.now() - t0)} ms)\n`,
          );
        }
        return EXIT.ok;
      }),
    );
}
