import { describe, expect, it } from "vitest";
import { editionCss, mirrorPageSides } from "../../src/render/print/edition-css.js";
import { baseEdition } from "../../src/model/edition-cascade.js";
import type { Edition } from "../../src/model/edition.js";
import { gridCss, typeGrid } from "../../src/type/grid.js";
import { DEFAULT_TYPE_SYSTEM } from "../../src/model/cascade.js";
import { CHINESE_WORDS } from "../../src/model/words.js";
import { readFileSync } from "node:fs";

const uyghur: Edition = {
  ...baseEdition({ title: "党员之友", language: "zh-CN" }, "2022-12", "/x"),
  tag: "ug",
  base: false,
  language: "ug",
  direction: "rtl",
  words: CHINESE_WORDS,
  fonts: {
    body: { family: "UKIJ Tuz", file: "/usr/share/fonts/truetype/fonts-ukij-uyghur/UKIJTuz.ttf", weight: 400 },
    heading: {
      family: "UKIJ Tuz Basma",
      file: "/usr/share/fonts/truetype/fonts-ukij-uyghur/UKIJTuzB.ttf",
      weight: 400,
    },
  },
};

describe("a right-to-left edition's pages are mirrored", () => {
  it("moves an odd page's binding margin to its right and its folio and running head to its left", () => {
    const page = readFileSync(new URL("../../styles/page.css", import.meta.url), "utf8");
    const mirrored = mirrorPageSides(page);
    const odd = (css: string) => css.slice(css.indexOf("@page :right"), css.indexOf("@page :left"));
    expect(odd(page)).toContain("@bottom-right");
    expect(odd(mirrored)).toContain("@bottom-left");
    expect(odd(mirrored)).not.toContain("@bottom-right");
    expect(odd(mirrored)).toContain("@top-left");
    const grid = gridCss(typeGrid({ widthMm: 210, heightMm: 285 }, DEFAULT_TYPE_SYSTEM));
    const oddRule = (css: string) => css.split("\n").find((l) => l.startsWith("@page :right")) ?? "";
    const mm = (rule: string, side: string) => Number(rule.match(new RegExp(`margin-${side}: ([\\d.]+)mm`))?.[1]);
    // The binding (inner, the wider margin) is on the left of an odd page bound on the left, on its right here.
    const ltr = oddRule(grid);
    const rtl = oddRule(mirrorPageSides(grid));
    expect(mm(ltr, "left")).toBeGreaterThan(mm(ltr, "right"));
    expect(mm(rtl, "right")).toBe(mm(ltr, "left"));
    expect(mm(rtl, "left")).toBe(mm(ltr, "right"));
  });

  it("mirroring twice gives the page back", () => {
    const css = "@page :left { margin-left: 1mm; @top-left { content: 'a' } @bottom-right { content: counter(page) } }";
    expect(mirrorPageSides(mirrorPageSides(css))).toBe(css);
  });

  it("sets an edition's content right to left with its own fonts, never synthesised bold or tracking", () => {
    const css = editionCss(uyghur);
    expect(css).toContain('font-family: "UKIJ Tuz"');
    expect(css).toContain("url(../fonts/edition/UKIJTuz.ttf)");
    expect(css).toContain("font-synthesis: none");
    expect(css).toContain("letter-spacing: 0 !important");
    expect(css).toMatch(/direction: rtl/);
    expect(editionCss({ ...uyghur, direction: "ltr" })).not.toMatch(/direction: rtl/);
    expect(editionCss(baseEdition({ title: "党员之友", language: "zh-CN" }, "2022-08", "/x"))).not.toContain(
      "@font-face",
    );
  });
});
