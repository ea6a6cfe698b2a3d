/** The layout contract's types, taken from its one runtime object (names.cjs): no second list. */

/** names.cjs's object (window.FolioNames in the page), as its own literal types. */
export type LayoutNames = typeof import("./names.cjs");

/** A page role (data-page-role) the templates write: front-cover, imprint, toc, filler, pad, … */
export type PageRole = LayoutNames["roles"][keyof LayoutNames["roles"]];
