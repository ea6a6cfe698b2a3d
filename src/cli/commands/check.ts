/**
 * `folio check <issue...>`: validation without a browser (every problem at once with file:line),
 * then the copyfit report (字 over or missing per run): from the last layout when the sources have
 * not changed since, else from a layout made now (src/cli/copyfit.ts) unless --no-layout. An edition's
 * check also lists what the translation review has to read; a Chinese issue's says how far each of its
 * editions is (src/check/editions.ts).
 */
import type { Command } from "commander";
import { allIssues, editionsOf, resolveIssueArg } from "../issues.js";
import { EXIT } from "../report.js";

export function registerCheck(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command("check")
    .description(
      "validate issues (YAML, front matter, encodings, flatplan, sections, images, characters no font has) without rendering",
    )
    .argument(
      "[issues...]",
      "issue folders or ids such as 2022-08, 2022-08-ug or issues/2022-08/editions/ug (default: every issue under issues/)",
    )
    .option("--edition <tags>", "check these editions of the issues named (comma-separated tags, e.g. ug,kk-Arab)")
    .option("--no-layout", "print the copyfit only from the last layout; never lay the issue out")
    .action((args: string[], opts: { layout: boolean; edition?: string }) =>
      run(async () => {
        let over = 0;
        // Loaded here, not at start-up: other commands stay light.
        const [{ checkIssue, loadModel }, { translationReport }, { copyfitLines, issueCopyfit }] = await Promise.all([
          import("../../check/index.js"),
          import("../../check/editions.js"),
          import("../copyfit.js"),
        ]);
        const dirs = editionsOf(args.length ? args.map((a) => resolveIssueArg(a)) : allIssues(), opts.edition);
        for (const dir of dirs) {
          const t0 = performance.now();
          const { issue, warnings, waived } = await checkIssue(dir, { loadCache: "reuse" });
          const translations = await translationReport(issue, (d) => loadModel(d, "reuse"));
          for (const w of [...warnings, ...translations.warnings]) process.stdout.write(`warning: ${w}\n`);
          for (const w of waived) process.stdout.write(`waived: ${w}\n`);
          const blocks = issue.articles.reduce((n, a) => n + a.blocks.length, 0);
          process.stdout.write(
            `${issue.id}: ok — ${issue.articles.length} articles, ${issue.sections.length} sections, ${blocks} blocks (${Math.round(performance.now() - t0)} ms)\n`,
          );
          for (const line of translations.lines) process.stdout.write(`${line}\n`);
          const fit = await issueCopyfit(issue, { layout: opts.layout, log: (m) => process.stderr.write(`${m}\n`) });
          process.stdout.write(`${copyfitLines(fit, issue).join("\n")}\n`);
          over += fit.copyfit.filter((c) => c.status === "over").length;
        }
        if (over)
          process.stderr.write(
            `${over} run(s) over their planned pages: cut the copy as proposed, let it continue where a later run has room, or plan more pages\n`,
          );
        return over ? EXIT.input : EXIT.ok;
      }),
    );
}
