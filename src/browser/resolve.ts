/**
 * The one place that finds and launches Chromium for folio (the Debian package `chromium`,
 * never a browser downloaded by npm). Order: $FOLIO_CHROMIUM, $PUPPETEER_EXECUTABLE_PATH,
 * then the usual system paths.
 */
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ownerAlive, ownerTag } from "../util/owner.js";
import { CHROMIUM_EXEC, chromiumSettings } from "../util/config.js";
import { SetupError } from "../contract/errors.js";

export const KNOWN_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of a Chromium executable, or an error saying what to install. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const [name, value] of chromiumSettings(env)) {
    if (!value) continue;
    if (isExecutable(value)) return value;
    throw new SetupError(`${name}=${value} is not an executable Chromium; fix it or unset it`);
  }
  for (const path of KNOWN_CHROMIUM_PATHS) if (isExecutable(path)) return path;
  throw new SetupError(
    "Chromium not found (tried $FOLIO_CHROMIUM, $PUPPETEER_EXECUTABLE_PATH, " +
      `${KNOWN_CHROMIUM_PATHS.join(", ")}): install it with \`apt-get install chromium\``,
  );
}

/** Command-line flags for every Chromium folio starts (we run as root, offline). */
export function chromiumArgs(userDataDir: string): string[] {
  return [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--allow-file-access-from-files",
    "--font-render-hinting=none",
    `--user-data-dir=${userDataDir}`,
  ];
}

/** The wrapper that ties Chromium's life to folio's (src/browser/tied-chromium.sh). */
export const TIED_CHROMIUM = fileURLToPath(new URL("./tied-chromium.sh", import.meta.url));
const SETPRIV = ["/usr/bin/setpriv", "/bin/setpriv"];

/**
 * How to start Chromium so that it dies with folio, even when folio is killed by SIGKILL: through
 * setpriv --pdeathsig (util-linux) when this is Linux with setpriv; else directly (no such tie).
 */
export function tiedLaunch(executablePath: string): { command: string; env: NodeJS.ProcessEnv; tied: boolean } {
  if (process.platform === "linux" && SETPRIV.some(isExecutable) && isExecutable(TIED_CHROMIUM)) {
    return { command: TIED_CHROMIUM, env: { ...process.env, [CHROMIUM_EXEC]: executablePath }, tied: true };
  }
  return { command: executablePath, env: process.env, tied: false };
}

const PROFILE = /^folio-chromium-(\d+(?:-\d+)?)-[A-Za-z0-9]{6}$/;

/** Removes the profile folders of Chromiums whose folio process is dead (killed before cleaning up). */
export function sweepStaleProfiles(dir = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = PROFILE.exec(name);
    if (!m || ownerAlive(m[1])) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** A fresh profile folder named after this process (see sweepStaleProfiles), and a function that removes it. */
export function freshUserDataDir(): { dir: string; remove: () => Promise<void> } {
  sweepStaleProfiles();
  const dir = mkdtempSync(join(tmpdir(), `folio-chromium-${ownerTag()}-`));
  return {
    dir,
    // When the browser crashed, its helper processes (crash handler, utility processes) may still be
    // writing into the profile for a moment after folio removed it: removal is repeated until no live
    // process names the folder and it is gone, for up to 5 s.
    async remove() {
      for (let attempt = 1; ; attempt++) {
        try {
          rmSync(dir, { recursive: true, force: true });
          if (!existsSync(dir) && !processNames(dir)) return;
        } catch (error) {
          if (attempt >= 50) throw error;
        }
        if (attempt >= 50) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Whether a live process has `text` in its command line (Linux /proc; false elsewhere). */
function processNames(text: string): boolean {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return false;
  }
  return pids.some((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
    } catch {
      return false; // gone meanwhile
    }
  });
}
