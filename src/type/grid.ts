/**
 * The type grid: the magazine's one type setting (magazine.yaml `type:`) turned into page geometry.
 *  - Columns are a whole number of characters wide, so justified Chinese lines are set solid; the
 *    type area is the standard column count's columns plus their gaps, centred in the given margins.
 *  - The type area is a whole number of grid lines (the leading) high, so every column ends on the
 *    same baseline; everything vertical (heads, captions, pull quotes, figures) is sized in grid lines.
 * Pure.
 */
import { FolioError } from "../contract/errors.js";
import type { Issue, Trim, TypeSystem } from "../model/types.js";

export const MM_PER_PT = 25.4 / 72;
export const ptToMm = (pt: number): number => pt * MM_PER_PT;

export interface ColumnGrid {
  count: 1 | 2 | 3;
  /** Characters per line of one column. */
  chars: number;
  widthMm: number;
  gapMm: number;
}

export interface TypeGrid {
  bodyPt: number;
  leadingPt: number;
  /** Grid lines in a column of a full page. */
  lines: number;
  typeArea: { widthMm: number; heightMm: number };
  /** Page margins after fitting the type area to whole characters and lines. */
  marginsMm: { top: number; bottom: number; inner: number; outer: number };
  columns: Record<1 | 2 | 3, ColumnGrid>;
}

const round = (n: number, d = 3): number => Math.round(n * 10 ** d) / 10 ** d;

export function typeGrid(trim: Pick<Trim, "widthMm" | "heightMm">, type: TypeSystem): TypeGrid {
  const em = ptToMm(type.bodyPt);
  const lead = ptToMm(type.leadingPt);
  const m = type.marginsMm;
  const available = trim.widthMm - m.inner - m.outer;
  const base = type.columns;
  const baseChars = Math.floor((available - (base - 1) * type.columnGapMm) / (base * em) + 1e-9);
  if (baseChars < 8)
    throw unsettable(
      type,
      "columnsLine",
      `${base} column(s) of ${type.bodyPt} pt leave ${baseChars} characters per line`,
    );
  const width = base * baseChars * em + (base - 1) * type.columnGapMm;
  const spare = (available - width) / 2;
  const lines = Math.floor((trim.heightMm - m.top - m.bottom) / lead + 1e-9);
  if (lines < 10)
    throw unsettable(type, "leadingLine", `the type area holds only ${lines} lines of ${type.leadingPt} pt`);
  const height = lines * lead;
  const column = (count: 1 | 2 | 3): ColumnGrid => {
    if (count === 1) return { count, chars: Math.floor(width / em + 1e-9), widthMm: round(width), gapMm: 0 };
    const gapMin = count === base ? type.columnGapMm : Math.min(type.columnGapMm, 0.75 * type.columnGapMm + 1);
    const chars = Math.floor((width - (count - 1) * gapMin) / (count * em) + 1e-9);
    return { count, chars, widthMm: round(chars * em), gapMm: round((width - count * chars * em) / (count - 1)) };
  };
  return {
    bodyPt: type.bodyPt,
    leadingPt: type.leadingPt,
    lines,
    typeArea: { widthMm: round(width), heightMm: round(height) },
    marginsMm: {
      top: m.top,
      bottom: round(trim.heightMm - m.top - height),
      inner: round(m.inner + spare),
      outer: round(m.outer + spare),
    },
    columns: { 1: column(1), 2: column(2), 3: column(3) },
  };
}

/** A type setting no grid can be made of: the editor's to change, at magazine.yaml's `type:`. */
function unsettable(type: TypeSystem, at: "columnsLine" | "leadingLine", message: string): FolioError {
  const s = type.source;
  return new FolioError({ file: s?.file ?? "magazine.yaml", line: s?.[at], field: "type", message });
}

/**
 * The grid as CSS (html/styles/grid.css, before page.css): custom properties the stylesheets size
 * everything with, and the page margins. The bottom margin is a hair smaller than the grid asks, so
 * that rounding in the browser never pushes the last line off the page.
 */
export function gridCss(g: TypeGrid): string {
  const mm = (v: number) => `${round(v)}mm`;
  const c = g.columns;
  return [
    "/* Generated from magazine.yaml type: (src/type/grid.ts). Do not edit. */",
    ":root {",
    `  --body-size: ${g.bodyPt}pt;`,
    `  --grid: ${g.leadingPt}pt;`,
    `  --grid-lines: ${g.lines};`,
    `  --type-width: ${mm(g.typeArea.widthMm)};`,
    `  --type-height: ${mm(g.typeArea.heightMm)};`,
    `  --col-gap-2: ${mm(c[2].gapMm)};`,
    `  --col-gap-3: ${mm(c[3].gapMm)};`,
    `  --col-width-2: ${mm(c[2].widthMm)};`,
    `  --col-width-3: ${mm(c[3].widthMm)};`,
    "}",
    `@page { margin: ${mm(g.marginsMm.top)} ${mm(g.marginsMm.outer)} ${mm(g.marginsMm.bottom - 0.05)} ${mm(g.marginsMm.outer)}; }`,
    `@page :right { margin-left: ${mm(g.marginsMm.inner)}; margin-right: ${mm(g.marginsMm.outer)}; }`,
    `@page :left { margin-left: ${mm(g.marginsMm.outer)}; margin-right: ${mm(g.marginsMm.inner)}; }`,
    "",
  ].join("\n");
}

/** Characters per line of an article's columns on the magazine's type grid. */
export function charsPerLine(issue: Pick<Issue, "magazine" | "articles">): (articleId: string) => number {
  const grid = typeGrid(issue.magazine.trim, issue.magazine.type);
  const cols = new Map(issue.articles.map((a) => [a.id, a.layout.columns]));
  return (id) => grid.columns[cols.get(id) ?? grid.columns[2].count].chars;
}
