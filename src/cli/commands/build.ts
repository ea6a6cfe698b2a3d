/** `folio build [issues...]`: renders each issue into <out>/<id>/ and prints a summary. */
import type { Command } from "commander";
import { isSelectableKind, SELECTABLE_KINDS, type SelectableKind } from "../../contract/output-kinds.js";
import { FolioError } from "../../contract/errors.js";
import { allIssues, editionsOf, resolveIssueArg } from "../issues.js";
import { EXIT } from "../report.js";
import { printSummary } from "../summary.js";

interface BuildFlags {
  out: string;
  only?: string;
  all?: boolean;
  json?: boolean;
  press?: boolean;
  edition?: string;
}

export function registerBuild(
  program: Command,
  run: (fn: (signal: AbortSignal) => Promise<number>) => Promise<void>,
): void {
  program
    .command("build")
    .description("build issues into print PDF, screen PDF, EPUB and printer handoff")
    .argument("[issues...]", "issue folders or ids such as 2022-08, 2022-08-ug or issues/2022-08/editions/ug")
    .option("--all", "build every issue under issues/ (the default when no issue is named)")
    .option(
      "--edition <tags>",
      "build these editions of the issues named (comma-separated tags) into <dir>/<id>-<tag>/",
    )
    .option("-o, --out <dir>", "output root; each issue goes to <dir>/<id>/", "dist")
    .option("--only <kinds>", `comma-separated outputs to make: ${SELECTABLE_KINDS.join(",")}`)
    .option("--json", "print the build manifests as JSON on stdout instead of the summary")
    .option("--press", "a build for the printer: fail (exit 1) on placeholders instead of building a 草稿 · draft")
    .action((args: string[], flags: BuildFlags) =>
      run(async (signal) => {
        const only = parseOnly(flags.only);
        const dirs = editionsOf(args.length ? args.map((a) => resolveIssueArg(a)) : allIssues(), flags.edition);
        const log = flags.json
          ? (m: string) => process.stderr.write(`${m}\n`)
          : (m: string) => process.stdout.write(`${m}\n`);
        // Loaded here, not at start-up: `folio check` and `--help` stay light.
        const { buildIssue } = await import("../../pipeline/build.js");
        const manifests = [];
        for (const dir of dirs) {
          const { manifest, outDir } = await buildIssue(dir, {
            outRoot: flags.out,
            only,
            log,
            signal,
            press: flags.press,
          });
          manifests.push(manifest);
          if (!flags.json) printSummary(manifest, outDir);
        }
        if (flags.json)
          process.stdout.write(`${JSON.stringify(manifests.length === 1 ? manifests[0] : manifests, null, 2)}\n`);
        return EXIT.ok;
      }),
    );
}

function parseOnly(list: string | undefined): SelectableKind[] | undefined {
  if (!list) return undefined;
  const kinds = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = kinds.filter((k) => !isSelectableKind(k));
  if (bad.length)
    throw new FolioError({
      file: "--only",
      message: `unknown output ${bad.join(", ")} (choose from ${SELECTABLE_KINDS.join(", ")})`,
    });
  return kinds.filter(isSelectableKind);
}
