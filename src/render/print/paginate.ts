/**
 * Pagination: pagedjs-cli's Printer (as a library) lays out print.html once on system Chromium,
 * with folio's Paged.js handlers injected; then Chromium prints the pages to PDF (bleed and marks
 * included). The browser is always closed; a timeout names the stage that hung.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import Printer from "pagedjs-cli";
import { launchChromium } from "../../browser/launch.js";
import { withTimeout } from "../../browser/cleanup.js";
import { extractPageMap, type PageInfo } from "./page-map.js";

/**
 * Paged.js handler classes (browser scripts in src/browser/paged/), injected in this order. Any
 * other page that runs Paged.js on print.html (e.g. the preview) needs the same list: without
 * string-set-quotes.js the running heads vanish.
 */
export const PAGED_HANDLERS = ["preload-fonts.js", "string-set-quotes.js", "pad-to-four.js", "fit-check.js", "page-map.js"];
export const HANDLER_SCRIPTS = PAGED_HANDLERS.map((f) => fileURLToPath(new URL(`../../browser/paged/${f}`, import.meta.url)));

export interface Pagination {
  pdf: Uint8Array;
  pages: PageInfo[];
  warnings: string[];
  padding: { base: number; kept: number; removed: number; available: number };
  /** paginateMs: page load + Paged.js + font preload (wall clock); pagedjsMs: Paged.js's own layout time. */
  timings: { launchMs: number; paginateMs: number; pagedjsMs: number; pdfMs: number };
}

export interface PaginateOptions {
  timeoutMs?: number;
  log?: (m: string) => void;
  /** Aborting the build closes Chromium at once (the pending step then fails). */
  signal?: AbortSignal;
}

function signalAbort(signal: AbortSignal | undefined, close: () => Promise<void>): void {
  if (!signal) return;
  if (signal.aborted) void close();
  else signal.addEventListener("abort", () => void close(), { once: true });
}

export async function paginate(htmlFile: string, opts: PaginateOptions = {}): Promise<Pagination> {
  const timeoutMs = opts.timeoutMs ?? Number(process.env.FOLIO_PRINT_TIMEOUT_MS ?? 180_000);
  const t0 = performance.now();
  const chromium = await withTimeout("print: starting Chromium", 30_000, launchChromium("print: Chromium"));
  signalAbort(opts.signal, chromium.close);
  const printer = new Printer({
    allowLocal: true,
    allowRemote: false,
    browserEndpoint: chromium.browser.wsEndpoint(),
    additionalScripts: HANDLER_SCRIPTS,
    timeout: timeoutMs,
  });
  let pagedjsMs = 0;
  printer.on("rendered", (msg: string) => {
    pagedjsMs = Math.round(Number(msg.match(/took ([\d.]+) milliseconds/)?.[1] ?? 0));
    opts.log?.(`Paged.js: ${msg}`);
  });
  try {
    const t1 = performance.now();
    const page = await withTimeout("print: pagination (Paged.js)", timeoutMs, printer.render(pathToFileURL(htmlFile).href), chromium.close);
    const t2 = performance.now();
    const pages = await extractPageMap(page);
    const extra = (await page.evaluate("({ warnings: window.folioWarnings || [], padding: window.folioPadding, fonts: window.folioFontPreload })")) as {
      warnings: string[];
      padding?: Pagination["padding"];
      fonts?: { faces: number; ms: number };
    };
    if (extra.fonts) opts.log?.(`fonts: ${extra.fonts.faces} faces preloaded in ${extra.fonts.ms} ms`);
    if (!extra.padding) throw new Error("print: the pad-to-four handler did not run");
    opts.log?.(`pagination: ${pages.length} pages in ${Math.round(t2 - t1)} ms`);
    const pdf = await withTimeout(
      "print: PDF output (Chromium)",
      timeoutMs,
      page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, tagged: true, timeout: timeoutMs }),
      chromium.close,
    );
    const t3 = performance.now();
    return {
      pdf,
      pages,
      warnings: extra.warnings,
      padding: extra.padding,
      timings: { launchMs: Math.round(t1 - t0), paginateMs: Math.round(t2 - t1), pagedjsMs, pdfMs: Math.round(t3 - t2) },
    };
  } finally {
    await chromium.close();
  }
}
