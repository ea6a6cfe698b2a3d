/** `folio doctor [--install]`: checks (and optionally installs) the system tools a build needs. */
import type { Command } from "commander";
import { FolioError } from "../../contract/errors.js";
import { EXIT } from "../report.js";
import { SYSTEM_TOOLS, installCommand, installMissing, missingTools, present } from "../doctor.js";

export function registerDoctor(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command("doctor")
    .description(
      "check the system tools a build needs (Chromium, Poppler, Ghostscript, qpdf, zbar, Java, Noto CJK, Argyll, FOGRA39 data)",
    )
    .option("--install", "install missing Debian packages with apt-get (needs root)")
    .action((flags: { install?: boolean }) =>
      run(async () => {
        const log = (m: string) => process.stdout.write(`${m}\n`);
        const missing = flags.install ? installMissing(log) : missingTools();
        for (const t of SYSTEM_TOOLS)
          log(`${missing.includes(t) || !present(t) ? "missing" : "ok     "}  ${t.pkg.padEnd(20)} ${t.purpose}`);
        if (missing.length) {
          throw new FolioError({
            file: "system",
            message: `missing ${missing.map((t) => t.pkg).join(", ")}: run as root: ${installCommand(missing.map((t) => t.pkg))}`,
          });
        }
        return EXIT.ok;
      }),
    );
}
