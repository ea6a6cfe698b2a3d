/** Outputs a user can ask for with `folio build --only`. */
export const SELECTABLE_KINDS = ["screen-pdf", "print-pdf", "epub", "handoff"] as const;
export type SelectableKind = (typeof SELECTABLE_KINDS)[number];
