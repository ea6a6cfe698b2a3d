/**
 * A page of the print HTML with Paged.js and folio's handlers, laid out: what pagedjs-cli's
 * Printer.render does, without what folio does not use (the HTML read back as a string, three
 * exposed functions, a wait for half a second of network silence after the layout). The same
 * Paged.js build (pagedjs-cli's dist/browser.js) and the same rule for requests: files inside the
 * HTML's folder load, everything else (other files, the network) is refused and reported.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, HTTPRequest, Page } from "puppeteer";

/** Paged.js as pagedjs-cli injects it. */
export const PAGED_SCRIPT = path.join(
  path.dirname(createRequire(import.meta.url).resolve("pagedjs-cli")),
  "..",
  "dist",
  "browser.js",
);

/** Whether the renderer may load `url` for a page in `dir`: files inside it, data and blob URLs. */
export function mayLoad(url: string, dir: string): boolean {
  const { protocol } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  if (protocol !== "file:") return false;
  const relative = path.relative(dir, fileURLToPath(url));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

export interface PagedPage {
  page: Page;
  /** Paged.js's own time for the layout, as it reports it. */
  pagedjsMs: number;
}

/**
 * Opens `htmlFile` in a new page of `browser` for print, loads Paged.js and `scripts` (in order)
 * and lays it out; `blocked` gets every request refused. The caller closes the page.
 */
export async function openPagedPage(
  browser: Browser,
  htmlFile: string,
  scripts: readonly string[],
  opts: { timeoutMs: number; blocked: string[] },
): Promise<PagedPage> {
  const dir = path.dirname(htmlFile);
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(opts.timeoutMs);
    await page.emulateMediaType("print");
    await page.setRequestInterception(true);
    // A request answered after the page closed (a build stopped) is nothing to report.
    page.on("request", (request: HTTPRequest) => {
      if (mayLoad(request.url(), dir)) return void request.continue().catch(() => undefined);
      opts.blocked.push(request.url());
      void request.abort().catch(() => undefined);
    });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
    await page.evaluate(() => {
      window.PagedConfig = { auto: false };
    });
    for (const script of [PAGED_SCRIPT, ...scripts]) await page.addScriptTag({ path: script });
    const pagedjsMs = await page.evaluate(async () => {
      const flow = await window.PagedPolyfill.preview();
      return flow.performance;
    });
    return { page, pagedjsMs: Math.round(pagedjsMs) };
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}
