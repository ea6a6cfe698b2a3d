/**
 * The facts a layout pass returns, in one place: what each page holds (page starts, roles, article
 * starts), every image as placed, the pad-to-four decision, the warnings, and the fitter's measures
 * (src/flatplan/measure.ts) — with the DOM names they are read by. The names live in
 * src/browser/paged/names.js, shared with the Paged.js handlers that write these facts into the page
 * (window.FolioNames there); this module types them for TypeScript and reads the facts back.
 */
import { createRequire } from "node:module";
import type { Page } from "puppeteer";
import type { Layout } from "../../flatplan/measure.js";
import { InternalError } from "../../contract/errors.js";
import type { PlacedImage } from "../../contract/placed-image.js";

export type { Layout };

export interface DomNames {
  /** Every laid-out page, in order. */
  pages: string;
  page: string;
  pageContent: string;
  rightPage: string;
  leftPage: string;
  firstPage: string;
  /** Prefix of Paged.js's running-string custom properties. */
  runningString: string;
  article: string;
  articleBody: string;
  articleTitle: string;
  pageRole: string;
  innerStart: string;
  splitFrom: string;
  /** Blocks that go whole to the next page rather than split. */
  unbreakable: string;
  /** Attribute keeping a photo's own address while its stand-in is laid out (print-proxies.js). */
  fullSrc: string;
  /** The elements that set the issue's running-head strings (magazine, issue, latin title). */
  issueStrings: string;
  /** window properties the handlers set once the pages are laid out. */
  globals: { pageMap: string; images: string; padding: string; warnings: string; fontPreload: string; proxies: string; proxied: string; runLayout: string };
}

export const DOM = createRequire(import.meta.url)("../../browser/paged/names.js") as DomNames;

export interface PageInfo {
  index: number; // 0-based PDF page index
  right: boolean;
  roles: string[]; // data-page-role values on the page (front-cover, toc, pad, …)
  innerStart: boolean;
  articleStarts: string[]; // article ids whose title is on this page
  articles: string[]; // article ids with content on this page
  /** Where the page's article text starts: a block id and a character offset in its text. */
  start: { blockId: string; charOffset: number } | null;
}

export type { PlacedImage };

/** The notes pages kept before 封三 so the page count is a multiple of 4 (pad-to-four.js). */
export interface Padding {
  base: number;
  kept: number;
  removed: number;
  available: number;
}

/** What the handlers leave on window, read back after a layout. */
export interface HandlerFacts {
  pages: PageInfo[];
  images: PlacedImage[];
  padding: Padding;
  warnings: string[];
  /** Photo addresses laid out (and printed) as their stand-ins (print-proxies.js, proxies.ts). */
  proxied: string[];
  /** The font preload (preload-fonts.js): faces asked for, font files loaded of those declared. */
  fonts?: { faces: number; files: number; declared: number; ms: number };
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
