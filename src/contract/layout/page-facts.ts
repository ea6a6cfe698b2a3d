/** What folio's handlers write into the laid-out page about each page, read back by the build. */

export interface PageInfo {
  index: number; // 0-based PDF page index
  right: boolean;
  roles: string[]; // data-page-role values on the page (front-cover, toc, pad, …: DOM.roles)
  innerStart: boolean;
  articleStarts: string[]; // article ids whose title is on this page
  articles: string[]; // article ids with content on this page
  /** Where the page's article text starts: a block id and a character offset in its text. */
  start: { blockId: string; charOffset: number } | null;
}

/** The notes pages kept before 封三 so the page count is a multiple of 4 (pad-to-four.js). */
export interface Padding {
  base: number;
  kept: number;
  removed: number;
  available: number;
}

/** The font preload (preload-fonts.js): faces asked for, font files loaded of those declared. */
export interface FontPreload {
  faces: number;
  files: number;
  declared: number;
  ms: number;
  /** The faces loaded before layout (family, weight, unicode range). */
  loaded: string[];
}

/** A photo's stand-in, by the photo's address (window.folioProxies, src/render/print/proxies.ts). */
export interface ProxyEntry {
  src: string;
  width: number;
  height: number;
}

/** A run laid out in the runs' page, as run-layout.js hands it back for the run cache. */
export interface KeptRun {
  /** Its pages' HTML as Paged.js made them. */
  pages: string;
  /** Paged.js's stylesheets by SHA-256, and the texts not handed out before. */
  styles: string[];
  texts: Record<string, string>;
  /** The rules Paged.js added while laying it out. */
  rules: string;
}
