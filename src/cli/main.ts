/**
 * folio's command line. Thin: each command parses its options and calls the core.
 * Exit codes, by error class (src/contract/errors.ts, mapped in report.ts): 0 success; 1 a FolioError, bad
 * input (validation, missing files, an article that cannot fit, preflight fail); 2 folio's own fault or its
 * setup (InternalError, SetupError, a missing system tool: one line naming its Debian package); 130 / 143
 * Interrupted by SIGINT / SIGTERM (the cleanup registry re-raises the signal).
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerBuild } from "./commands/build.js";
import { registerCheck } from "./commands/check.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerNew } from "./commands/new.js";
import { registerPreview } from "./commands/preview.js";
import { registerPublish } from "./commands/publish.js";
import { registerProof } from "./commands/proof.js";
import { EXIT, reportError } from "./report.js";
import { Interrupted } from "../contract/errors.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  // Output piped into a reader that stops early (folio check | head): end quietly, not with a trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? code);
    });
  }
  const program = new Command("folio")
    .description("Publishing pipeline for a monthly magazine: print PDF, EPUB 3 and printer handoff")
    .version(pkg.version, "-v, --version")
    .option("--debug", "show stack traces for errors")
    .exitOverride()
    .showHelpAfterError();

  const controller = new AbortController();
  const onSignal = () => controller.abort(new Interrupted());
  const run = async (fn: (signal: AbortSignal) => Promise<number>) => {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      code = await fn(controller.signal);
    } catch (e) {
      code = reportError(controller.signal.aborted ? controller.signal.reason : e, Boolean(program.opts().debug));
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
  registerBuild(program, run);
  registerCheck(program, run);
  registerNew(program, run);
  registerDoctor(program, run);
  registerPreview(program, run);
  registerPublish(program, run);
  registerProof(program, run);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    return reportError(e, argv.includes("--debug"));
  }
  return code;
}
