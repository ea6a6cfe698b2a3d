/**
 * Colours are specified once, in magazine.yaml `palette:`: the print styles and templates use only
 * var(--…) (no colour literal anywhere), every var they use is defined, and the generated palette.css
 * gives each colour its RGB with its CMYK beside it.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { STYLESHEETS } from "../../src/render/print/html.js";
import { cssVarName, paletteCss } from "../../src/render/print/palette-css.js";
import { gridCss, typeGrid } from "../../src/type/grid.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const templates = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(path.join(dir, e.name)) : e.name.endsWith(".hbs") ? [path.join(dir, e.name)] : [],
  );
const printFiles = [
  ...STYLESHEETS.map((s) => path.join(ROOT, "styles", s)),
  ...templates(path.join(ROOT, "templates")),
];
const NAMED = "white|black|red|green|blue|gray|grey|silver|maroon|navy|yellow|orange|purple|transparent|currentcolor";
const LITERAL = new RegExp(
  `#[0-9a-f]{3,8}\\b|\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|:\\s*(${NAMED})\\b|\\s(${NAMED})\\s*[;}]`,
  "i",
);

describe("colours in the print styles and templates", () => {
  it.each(printFiles.map((f) => [path.relative(ROOT, f), f]))("%s has no colour literal", (_name, file) => {
    // Comments may mention issue numbers (pagedjs#153): blank them out, keeping the line count.
    const blank = (m: string) => m.replace(/[^\n]/g, " ");
    const lines = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, blank)
      .replace(/\{\{!--[\s\S]*?--\}\}/g, blank)
      .split("\n");
    const bad = lines.map((l, i) => [i + 1, l] as const).filter(([, l]) => LITERAL.test(l));
    expect(bad).toEqual([]);
  });

  it("finds a literal if one is left (the check itself)", () => {
    expect(LITERAL.test("color: #444;")).toBe(true);
    expect(LITERAL.test("background: rgb(10, 20, 30);")).toBe(true);
    expect(LITERAL.test("border: 1pt solid white;")).toBe(true);
    expect(LITERAL.test("color: var(--grey-85);")).toBe(false);
  });

  it("uses only custom properties that the palette or the styles define", async () => {
    const issue = await loadIssue(path.join(ROOT, "issues", "2022-08"));
    const defined = new Set(issue.magazine.palette.map((c) => cssVarName(c.name)));
    const all =
      printFiles.map((f) => readFileSync(f, "utf8")).join("\n") +
      readFileSync(path.join(ROOT, "templates", "print.hbs"), "utf8");
    const grid = gridCss(typeGrid(issue.magazine.trim, issue.magazine.type)); // html/styles/grid.css
    for (const m of (all + grid).matchAll(/(--[a-z][a-z0-9-]*)\s*:/g)) defined.add(m[1]);
    // set per article or block by the flatplan fitter (src/flatplan/apply.ts, src/render/print/body-edits.ts)
    const fitVars = [
      "--fig-lines",
      "--head-space",
      "--head-above",
      "--subhead-space",
      "--pull-quote-space",
      "--photo-space",
      "--track",
    ];
    const used = [...new Set([...all.matchAll(/var\((--[a-z][a-z0-9-]*)/g)].map((m) => m[1]))].filter(
      (v) => !fitVars.includes(v),
    );
    expect(used.filter((v) => !defined.has(v))).toEqual([]);
  });

  it("generates palette.css from magazine.yaml with RGB and CMYK", async () => {
    const issue = await loadIssue(path.join(ROOT, "issues", "2022-08"));
    const css = paletteCss(issue.magazine.palette);
    expect(css).toContain("--text: #1a1a1a; /* C0 M0 Y0 K100 */");
    expect(css).toContain("--brand-red: #b3121d; /* C0 M100 Y90 K20 */");
    expect(css).toMatch(/--rich-black: #0d0d0d; \/\* C50 M40 Y40 K100, solids only \*\//);
  });
});
