/** `folio preview <issue> [--port N]`: live, paginated preview in the browser; runs until Ctrl-C. */
import { InvalidArgumentError, type Command } from "commander";
/** Default port of the preview server (src/preview/index.ts, loaded only when the preview starts). */
const DEFAULT_PORT = 4173;
import { resolveIssueArg } from "../issues.js";
import { EXIT } from "../report.js";

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError("give a port number from 0 to 65535 (0 = any free port)");
  return n;
}

export function registerPreview(
  program: Command,
  run: (fn: (signal: AbortSignal) => Promise<number>) => Promise<void>,
): void {
  program
    .command("preview")
    .description("show an issue paginated in the browser, updated on every save (for editors and layout)")
    .argument("<issue>", "issue folder or id such as 2022-08")
    .option("-p, --port <n>", `port on 127.0.0.1 (0 = any free port)`, parsePort, DEFAULT_PORT)
    .option(
      "-o, --out <dir>",
      "output root whose <dir>/<id>/proofs/ holds the proof rounds (pages changed since the last are marked)",
      "dist",
    )
    .addHelpText(
      "after",
      `
Open the printed address in Chrome/Chromium. The pages are laid out as in the print PDF (Paged.js).
Saving an article, issue.yaml, magazine.yaml, an image, templates/ or styles/ rebuilds the preview
and the page reloads by itself. Mistakes in the files are listed over the page until fixed; layout
warnings (e.g. an article that should fit one page) are outlined in red on the page. After a proof
round (folio proof), the pages whose articles or photos changed since it are marked in magenta.
Only this computer can open the preview (it listens on 127.0.0.1). Stop it with Ctrl-C.`,
    )
    .action((arg: string, flags: { port: number; out: string }) =>
      run(async (signal) => {
        const issueDir = resolveIssueArg(arg);
        const preview = await (await import("../../preview/index.js")).startPreview({
          issueDir,
          port: flags.port,
          outRoot: flags.out,
          log: (m) => process.stderr.write(`${m}\n`),
        });
        process.stdout.write(`folio preview: ${preview.url}  (Ctrl-C to stop)\n`);
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
        await preview.close();
        process.stdout.write("folio preview: stopped\n");
        return EXIT.ok;
      }),
    );
}
