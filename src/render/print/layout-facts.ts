/**
 * The facts a layout pass returns, in one place: what each page holds (page starts, roles, article
 * starts), every image as placed, the pad-to-four decision, the warnings, and the fitter's measures
 * (src/flatplan/measure.ts) — with the DOM names they are read by. The names are the layout
 * contract's (src/contract/layout/names.cjs, window.FolioNames in the page), shared with the Paged.js
 * handlers that write these facts into the page; this module reads the facts back.
 */
import type { Page } from "puppeteer";
import type { Layout } from "../../flatplan/measure.js";
import { InternalError } from "../../contract/errors.js";
import type { PlacedImage } from "../../contract/placed-image.js";
import { DOM } from "../../contract/layout/dom.js";
import type { FontPreload, Padding, PageInfo } from "../../contract/layout/page-facts.js";

export type { Layout, Padding, PageInfo };
export { DOM };

export type { PlacedImage };

/** What the handlers leave on window, read back after a layout. */
export interface HandlerFacts {
  pages: PageInfo[];
  images: PlacedImage[];
  padding: Padding;
  warnings: string[];
  /** Photo addresses laid out (and printed) as their stand-ins (print-proxies.js, proxies.ts). */
  proxied: string[];
  /** The font preload (preload-fonts.js): faces asked for, font files loaded of those declared. */
  fonts?: Omit<FontPreload, "loaded">;
}

/** Reads the handlers' facts from the laid-out page (a string expression: no bundler helpers leak in). */
export async function readHandlerFacts(page: Page): Promise<HandlerFacts> {
  const g = DOM.globals;
  const facts = (await page.evaluate(
    `({ pages: window.${g.pageMap}, images: window.${g.images} || [], padding: window.${g.padding}, warnings: window.${g.warnings} || [], proxied: window.${g.proxied} || [], fonts: window.${g.fontPreload} && { faces: window.${g.fontPreload}.faces, files: window.${g.fontPreload}.files, declared: window.${g.fontPreload}.declared, ms: window.${g.fontPreload}.ms } })`,
  )) as Partial<HandlerFacts>;
  if (!Array.isArray(facts.pages)) throw new InternalError("print: the page-map handler did not run");
  if (!facts.padding) throw new InternalError("print: the pad-to-four handler did not run");
  return facts as HandlerFacts;
}
