/** The layout contract's names for TypeScript: the one runtime object of names.cjs, typed by it. */
import { createRequire } from "node:module";
import type { LayoutNames } from "./types.js";

export type { LayoutNames, PageRole } from "./types.js";

export const DOM: LayoutNames = createRequire(import.meta.url)("./names.cjs");

export const ROLES: LayoutNames["roles"] = DOM.roles;

/** Opens a run in print.html: pages laid out on their own. */
export const RUN_MARK: LayoutNames["runMark"] = DOM.runMark;

/** The cover pages (封面, 封二, 封三, 封四): no folio, not counted. */
export const isCoverRole = (role: string): boolean => (DOM.coverRoles as readonly string[]).includes(role);

/** The attribute a selector of the form [name] tests (DOM.pageRole → data-page-role). */
export const attributeOf = (selector: `[${string}]`): string => selector.slice(1, -1);
