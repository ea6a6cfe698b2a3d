/** The layout contract's names for TypeScript: the one runtime object of names.js, typed by it. */
import { createRequire } from "node:module";

/** names.cjs’s object (window.FolioNames in the page), as its own literal types. */
export type LayoutNames = typeof import("./names.cjs");

export const DOM: LayoutNames = createRequire(import.meta.url)("./names.cjs");

/** A page role (data-page-role) the templates write: front-cover, imprint, toc, filler, pad, … */
export type PageRole = LayoutNames["roles"][keyof LayoutNames["roles"]];

export const ROLES: LayoutNames["roles"] = DOM.roles;

/** Opens a run in print.html: pages laid out on their own. */
export const RUN_MARK: LayoutNames["runMark"] = DOM.runMark;

/** The cover pages (封面, 封二, 封三, 封四): no folio, not counted. */
export const isCoverRole = (role: string): boolean => (DOM.coverRoles as readonly string[]).includes(role);

/** The attribute a selector of the form [name] tests (DOM.pageRole → data-page-role). */
export const attributeOf = (selector: `[${string}]`): string => selector.slice(1, -1);
