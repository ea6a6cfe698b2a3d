/**
 * folio's browser lent to Ace's child process (ace-child.cjs): the child asks for it with a line on
 * its stdout when the first document must be run (none when every run was kept), and reads the
 * browser's WebSocket address, or an empty line when it could not be had, from its stdin.
 */
import type { ChildProcess } from "node:child_process";

/** The child's request for folio's browser, a line on its stdout (ace-child.cjs). */
export const BROWSER_PLEASE = "folio-ace: browser?";

/** Answers the child's request for a browser (ace-child.cjs) with the address `browser` gives. */
export function lendBrowser(browser: () => Promise<string>): {
  onSpawn: (child: ChildProcess) => void;
  failed?: Error;
} {
  let asked = false;
  const lend: ReturnType<typeof lendBrowser> = {
    onSpawn(child) {
      let out = "";
      child.stdout?.on("data", (d: Buffer | string) => {
        out += d.toString();
        if (asked || !out.includes(`${BROWSER_PLEASE}\n`)) return;
        asked = true;
        browser().then(
          (endpoint) => child.stdin?.write(`${endpoint}\n`),
          (e: Error) => {
            lend.failed = e;
            child.stdin?.write("\n");
          },
        );
      });
    },
  };
  return lend;
}
