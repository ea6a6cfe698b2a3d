/**
 * Baselines measured in the same run on the same machine: Chromium's own print of print.html
 * (no Paged.js) and stock pagedjs-cli producing one PDF from the same HTML.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../src/browser/launch.js";
import { chromiumArgs, freshUserDataDir, resolveChromium } from "../src/browser/resolve.js";

/** Launch + load + page.pdf, the browser's own speed on the same HTML. */
export async function chromiumPrint(htmlFile: string): Promise<number> {
  const t0 = performance.now();
  const chromium = await launchChromium("bench: Chromium print");
  try {
    const page = await chromium.browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await chromium.close();
  }
  return performance.now() - t0;
}

/** Stock pagedjs-cli (its own CLI, its own Paged.js run and post-processing) to one PDF. */
export function stockPagedjs(htmlFile: string): number {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "folio-bench-")), "stock.pdf");
  const profile = freshUserDataDir();
  const bin = path.resolve(import.meta.dirname, "../node_modules/.bin/pagedjs-cli");
  const t0 = performance.now();
  const r = spawnSync(bin, [htmlFile, "-o", out, "--timeout", "300000", "--browserArgs", chromiumArgs(profile.dir).join(",")], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: resolveChromium() },
    encoding: "utf8",
  });
  const ms = performance.now() - t0;
  profile.remove();
  if (r.status !== 0) throw new Error(`stock pagedjs-cli failed: ${r.stderr.slice(-400)}`);
  return ms;
}

/** `folio check` as a user runs it (a fresh process). */
export function folioCheck(issueDir: string): number {
  const bin = path.resolve(import.meta.dirname, "../bin/folio.js");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, "check", issueDir], { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`folio check failed: ${r.stderr}`);
  return ms;
}
