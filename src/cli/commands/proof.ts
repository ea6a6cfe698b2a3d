/** `folio proof <issue>`: builds the issue's print and screen PDFs and makes its next proof round. */
import type { Command } from "commander";
import { editionsOf, resolveIssueArg } from "../issues.js";
import { EXIT } from "../report.js";
import { printSummary } from "../summary.js";

interface ProofFlags {
  out: string;
  edition?: string;
}

export function registerProof(
  program: Command,
  run: (fn: (signal: AbortSignal) => Promise<number>) => Promise<void>,
): void {
  program
    .command("proof")
    .description(
      "make the next proof round (一校, 二校, 三校…) into <out>/<id>/proofs/<n>/: the proof PDF, from the second round on with the pages changed since the last round listed and marked",
    )
    .argument("<issues...>", "issue folders or ids such as 2022-08 or 2022-08-ug")
    .option("--edition <tags>", "the proof rounds of these editions of the issues named (comma-separated tags)")
    .option("-o, --out <dir>", "output root; each issue goes to <dir>/<id>/", "dist")
    .action((args: string[], flags: ProofFlags) =>
      run(async (signal) => {
        const dirs = editionsOf(
          args.map((a) => resolveIssueArg(a)),
          flags.edition,
        );
        const { buildIssue } = await import("../../pipeline/build.js");
        const log = (m: string) => process.stdout.write(`${m}\n`);
        for (const dir of dirs) {
          const { manifest, outDir } = await buildIssue(dir, {
            outRoot: flags.out,
            only: ["screen-pdf"],
            proof: true,
            log,
            signal,
          });
          printSummary(manifest, outDir);
        }
        return EXIT.ok;
      }),
    );
}
