/**
 * Launch system Chromium through puppeteer, registered with the cleanup registry so it never
 * outlives the build. Returns the browser and an idempotent close().
 */
import puppeteer, { type Browser } from "puppeteer";
import { registerCleanup } from "../util/cleanup.js";
import { chromiumArgs, freshUserDataDir, resolveChromium, tiedLaunch } from "./resolve.js";
import { SetupError } from "../contract/errors.js";

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  close: () => Promise<void>;
}

export async function launchChromium(label = "chromium"): Promise<LaunchedBrowser> {
  const executablePath = resolveChromium();
  const profile = freshUserDataDir();
  // Through setpriv --pdeathsig: the browser dies with this process even when it is SIGKILLed.
  const tied = tiedLaunch(executablePath);
  const launching = puppeteer.launch({
    executablePath: tied.command,
    // Chromium's own temporary files go inside the profile, so removing it (or sweeping the
    // profile of a killed build) leaves nothing in the system's temporary folder.
    env: { ...tied.env, TMPDIR: profile.dir },
    headless: true,
    args: chromiumArgs(profile.dir),
    // The registry handles signals; puppeteer's own handlers would race with it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const closeNow = async () => {
    // Registered before the launch finishes: a signal during start-up still closes this browser.
    const started = await launching.catch(() => undefined);
    const proc = started?.process();
    let grace: NodeJS.Timeout | undefined;
    try {
      if (started) await Promise.race([started.close(), new Promise((r) => (grace = setTimeout(r, 5000)))]);
    } finally {
      clearTimeout(grace); // a pending 5 s timer would keep the process alive after the build
      if (proc && proc.exitCode === null && !proc.killed) proc.kill("SIGKILL");
      await profile.remove();
    }
  };
  const close = registerCleanup(label, closeNow);
  let browser: Browser;
  try {
    browser = await launching;
  } catch (error) {
    await close();
    throw new SetupError(`${label}: cannot start ${executablePath}: ${(error as Error).message}`, { cause: error });
  }
  return { browser, executablePath, close };
}
