/** `folio publish [--out DIR] [--dist DIR]`: the static site (shelf, issue pages, web edition, feeds) from dist/. */
import type { Command } from "commander";
import { issuesRoot } from "../issues.js";
import { EXIT } from "../report.js";

interface PublishFlags {
  out: string;
  dist: string;
}

export function registerPublish(
  program: Command,
  run: (fn: (signal: AbortSignal) => Promise<number>) => Promise<void>,
): void {
  program
    .command("publish")
    .description(
      "write a static site from every issue built in dist/: shelf, issue pages, web edition, OPDS catalogs, Atom feed",
    )
    .option("-o, --out <dir>", "site folder (replaced as a whole when the site is ready)", "site")
    .option("--dist <dir>", "where the builds are (each issue in <dir>/<id>/)", "dist")
    .action((flags: PublishFlags) =>
      run(async () => {
        // Loaded here, not at start-up: other commands stay light.
        const { publishSite } = await import("../../publish/site.js");
        await publishSite({
          distDir: flags.dist,
          outDir: flags.out,
          issuesDir: issuesRoot(),
          log: (m) => process.stdout.write(`${m}\n`),
        });
        return EXIT.ok;
      }),
    );
}
