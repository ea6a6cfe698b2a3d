/**
 * Prints an HTML file with Chromium's own pagination (no Paged.js): the engine of the editions in
 * vertical writing, whose lines, tiers, named pages and page-margin boxes Chromium lays out itself
 * (docs/layout-engines.md). One browser per call, closed on every path (the cleanup registry
 * closes it on a signal too).
 */
import { pathToFileURL } from "node:url";
import { launchChromium } from "../../../browser/launch.js";
import { FolioError } from "../../../contract/errors.js";

export interface NativePrint {
  pdf: Uint8Array;
  ms: { launch: number; load: number; pdf: number };
}

export async function printNatively(
  file: string,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<NativePrint> {
  const t0 = performance.now();
  const launched = await launchChromium("chromium (vertical print)");
  const abort = () => void launched.close();
  opts.signal?.addEventListener("abort", abort, { once: true });
  try {
    const t1 = performance.now();
    const page = await launched.browser.newPage();
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: opts.timeoutMs ?? 120_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (failed.length) throw new FolioError({ file, message: `the print document could not load ${failed[0]}` });
    const t2 = performance.now();
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      timeout: opts.timeoutMs ?? 120_000,
    });
    const t3 = performance.now();
    return { pdf, ms: { launch: Math.round(t1 - t0), load: Math.round(t2 - t1), pdf: Math.round(t3 - t2) } };
  } finally {
    opts.signal?.removeEventListener("abort", abort);
    await launched.close();
  }
}
