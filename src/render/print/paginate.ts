/**
 * Pagination: Paged.js (pagedjs-cli's build) lays out print.html on system Chromium, with folio's
 * handlers injected (paged-page.ts); then Chromium prints the pages to PDF (bleed and marks
 * included). One browser serves every layout pass of a build (the flatplan fitter may lay out
 * several times); it is always closed, and a timeout names the stage that hung.
 */
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer";
import { launchChromium } from "../../browser/launch.js";
import { withTimeout } from "../../util/cleanup.js";
import { printTimeoutMs } from "../../util/config.js";
import { openPagedPage } from "./paged-page.js";
import { readLayout } from "./read-layout.js";
import { readHandlerFacts, type Layout, type PageInfo, type Padding, type PlacedImage } from "./layout-facts.js";
import { InternalError } from "../../contract/errors.js";

export type { PlacedImage };

/**
 * Paged.js handler classes (browser scripts in src/browser/paged/), injected in this order, after
 * names.js (the layout contract's names, src/contract/layout/names.cjs, that they share with
 * TypeScript). Any other page that runs Paged.js on print.html (e.g. the preview) needs the same
 * list: without string-set-quotes.js the running heads vanish.
 */
export const PAGED_HANDLERS = [
  "names.js",
  "print-proxies.js",
  "preload-fonts.js",
  "grid-snap.js",
  "keep-blocks.js",
  "string-set-quotes.js",
  "pad-to-four.js",
  "fit-check.js",
  "page-map.js",
];
/** The file of a page script in PAGED_HANDLERS. */
export const handlerScript = (name: string): string =>
  fileURLToPath(
    name === "names.js"
      ? new URL("../../contract/layout/names.cjs", import.meta.url)
      : new URL(`../../browser/paged/${name}`, import.meta.url),
  );
export const HANDLER_SCRIPTS = PAGED_HANDLERS.map(handlerScript);

/** One laid-out <img> (window.folioImages, set by src/browser/paged/page-map.js). */
export interface LayoutPass {
  page: Page;
  pages: PageInfo[];
  /** Every image as laid out, with its size on the page. */
  images: PlacedImage[];
  /** Page fill and article pages, for the flatplan fitter. */
  layout: Layout;
  warnings: string[];
  padding: Padding;
  /** Photo addresses laid out as their stand-ins (print-proxies.js); their data goes in after the print. */
  proxied: string[];
  /** ms: page load + Paged.js + font preload (wall clock); pagedjsMs: Paged.js's own layout time. */
  ms: number;
  pagedjsMs: number;
}

export interface PaginateOptions {
  timeoutMs?: number;
  log?: (m: string) => void;
  /** Aborting the build closes Chromium at once (the pending step then fails). */
  signal?: AbortSignal;
}

export interface Paginator {
  /** Lays out one HTML file; only files inside its folder may be loaded. `scripts` load before the handlers. */
  layout(htmlFile: string, scripts?: readonly string[]): Promise<LayoutPass>;
  pdf(pass: LayoutPass): Promise<Uint8Array>;
  /** Other work in the browser, under the same timeout (named by `stage`) and crash watch. */
  guard<T>(stage: string, work: Promise<T>): Promise<T>;
  /** Requests the renderer refused (network, files outside the build folder). */
  blocked: string[];
  launchMs: number;
  close(): Promise<void>;
}

export async function openPaginator(opts: PaginateOptions = {}): Promise<Paginator> {
  const timeoutMs = opts.timeoutMs ?? printTimeoutMs();
  const t0 = performance.now();
  const chromium = await withTimeout("print: starting Chromium", 30_000, launchChromium("print: Chromium"));
  if (opts.signal?.aborted) await chromium.close();
  else opts.signal?.addEventListener("abort", () => void closeOnPurpose(), { once: true });
  // Every request the layout page refuses (network, files outside the build folder).
  const blocked: string[] = [];
  // A browser that crashes or is killed ends the pending step at once (not at the timeout).
  let closing = false;
  const closeOnPurpose = () => {
    closing = true;
    return chromium.close();
  };
  const gone = new Promise<never>((_, reject) => {
    chromium.browser.once("disconnected", () => {
      if (!closing) reject(new InternalError("print: Chromium closed unexpectedly (it crashed or was killed)"));
    });
  });
  gone.catch(() => undefined);
  // A step that fails because the browser died (puppeteer's "Target closed", a selector that never
  // came) reports the death, not the step's protocol error: the disconnect follows within moments.
  const orGone = <T>(work: Promise<T>) =>
    Promise.race([
      work.catch(async (e: unknown) => {
        await Promise.race([gone, new Promise((r) => setTimeout(r, 250))]);
        throw e;
      }),
      gone,
    ]);
  /** A step in the browser: ended at once if the browser dies, and at the timeout if it hangs. */
  const guard = <T>(stage: string, work: Promise<T>) => orGone(withTimeout(stage, timeoutMs, work, closeOnPurpose));
  const launchMs = Math.round(performance.now() - t0);
  let open: Page | undefined;

  return {
    blocked,
    launchMs,
    async layout(htmlFile, scripts = []) {
      if (open) await orGone(open.close().catch(() => undefined));
      const t1 = performance.now();
      const { page, pagedjsMs } = await guard(
        "print: pagination (Paged.js)",
        openPagedPage(chromium.browser, htmlFile, [...scripts, ...HANDLER_SCRIPTS], { timeoutMs, blocked }),
      );
      open = page;
      const ms = Math.round(performance.now() - t1);
      const [extra, layout] = await guard(
        "print: reading the layout (Chromium)",
        Promise.all([readHandlerFacts(page), readLayout(page)]),
      );
      const { pages } = extra;
      opts.log?.(
        `pagination: ${pages.length} pages in ${ms} ms (Paged.js ${pagedjsMs} ms${extra.fonts ? `, ${extra.fonts.files} of ${extra.fonts.declared} font files loaded for ${extra.fonts.faces} faces in ${extra.fonts.ms} ms` : ""})`,
      );
      return {
        page,
        pages,
        images: extra.images,
        layout,
        warnings: extra.warnings,
        padding: extra.padding,
        proxied: extra.proxied,
        ms,
        pagedjsMs,
      };
    },
    pdf(pass) {
      return guard(
        "print: PDF output (Chromium)",
        pass.page.pdf({
          printBackground: true,
          preferCSSPageSize: true,
          margin: { top: 0, right: 0, bottom: 0, left: 0 },
          tagged: true,
          timeout: timeoutMs,
        }),
      );
    },
    guard,
    close: closeOnPurpose,
  };
}

export interface Pagination extends Omit<LayoutPass, "page"> {
  pdf: Uint8Array;
  blocked: string[];
  timings: { launchMs: number; paginateMs: number; pagedjsMs: number; pdfMs: number };
}

/** One layout and its PDF, in a browser of its own. */
export async function paginate(htmlFile: string, opts: PaginateOptions = {}): Promise<Pagination> {
  const paginator = await openPaginator(opts);
  try {
    const pass = await paginator.layout(htmlFile);
    const t = performance.now();
    const pdf = await paginator.pdf(pass);
    const { page: _page, ...rest } = pass;
    return {
      ...rest,
      pdf,
      blocked: paginator.blocked,
      timings: {
        launchMs: paginator.launchMs,
        paginateMs: pass.ms,
        pagedjsMs: pass.pagedjsMs,
        pdfMs: Math.round(performance.now() - t),
      },
    };
  } finally {
    await paginator.close();
  }
}
