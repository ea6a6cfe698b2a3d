/**
 * The page's window as the layout contract has it: the names (names.cjs), the facts folio's
 * handlers leave under DOM.globals' names, the run-layout functions (run-layout.js) and the
 * preview's (src/preview/client/). Seen by TypeScript's page.evaluate callbacks and, through
 * tsconfig.browser.json, by the browser scripts themselves.
 */
import type { LayoutNames } from "./types.js";
import type { FontPreload, KeptRun, Padding, PageInfo, ProxyEntry } from "./page-facts.js";
import type { PreviewState } from "./preview-facts.js";
import type { PlacedImage } from "../placed-image.js";

type Globals = LayoutNames["globals"];

/** The value each of DOM.globals names on window. */
interface GlobalFacts {
  pageMap: PageInfo[];
  /** Every image as laid out. */
  images: PlacedImage[];
  padding: Padding;
  warnings: string[];
  fontPreload: FontPreload;
  proxies: Record<string, ProxyEntry>;
  proxied: string[];
  runLayout: boolean;
}

/** window.folioPageMap, window.folioImages, …: named by DOM.globals, typed by GlobalFacts. */
type LayoutGlobals = { -readonly [K in keyof Globals as Globals[K]]?: GlobalFacts[K] };

declare global {
  interface Window extends LayoutGlobals {
    /** names.cjs, loaded before every handler. */
    FolioNames: LayoutNames;
    /** Lays out one run (its body HTML, its own rules, the folio pages before it); resolves with its page count. */
    folioLayOutRun(body: string, css: string, counted: number): Promise<number>;
    /** Keeps the run just laid out for printing and describes it for the run cache. */
    folioKeepRun(index: number, spacer: boolean, css: string, counted: number): Promise<KeptRun>;
    /** Puts a run from the run cache back for printing. */
    folioPutRun(index: number, pages: string, rules: string, css: string, counted: number): void;
    /** Shows every kept run for printing (with the given stylesheets, by hash); resolves with the page count. */
    folioPrintReady(texts: Record<string, string>): Promise<number>;
    /** The preview's frame (frame.js): reports what is laid out to the viewer. */
    folioReport(): void;
    /** The preview's frame: lays out other content (a patch) in this document, addresses against baseHref. */
    folioRelayout(bodyHtml: string, baseHref?: string): void;
    /** The preview's viewer (viewer.js): its state. */
    folioPreview: PreviewState;
  }
}
