/** The kinds of output a build lists in build.json, and those a user can ask for with `folio build --only`. */
export type OutputKind =
  | "print-html"
  | "screen-pdf"
  | "print-pdf"
  | "print-rgb-pdf"
  | "epub"
  | "epub-check"
  | "preflight"
  | "handoff"
  | "thumbnails"
  | "flatplan"
  | "proof";

/** Outputs a user can ask for with `folio build --only`. */
export const SELECTABLE_KINDS = ["screen-pdf", "print-pdf", "epub", "handoff"] as const satisfies readonly OutputKind[];
export type SelectableKind = (typeof SELECTABLE_KINDS)[number];

export function isSelectableKind(kind: string): kind is SelectableKind {
  return (SELECTABLE_KINDS as readonly string[]).includes(kind);
}
