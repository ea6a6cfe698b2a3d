/**
 * The edition style sheet (styles/epub-edition.css) sets again, with logical properties, every rule of
 * styles/epub.css that names a physical side, a left or right alignment, two-valued margins or
 * padding, or letter-spacing: a rule added to epub.css without its edition counterpart fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EDITION_CSS, EPUB_CSS, VERTICAL_CSS } from "../../src/render/epub/stylesheet.js";

/** selector → declarations, comments and at-rules left out. */
function rules(css: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const plain = css.replace(/\/\*[^]*?\*\//g, "").replace(/@[^{;]*;/g, "");
  for (const m of plain.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations = m[2]
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean);
    for (const selector of m[1].split(",").map((s) => s.trim().replace(/\s+/g, " "))) {
      out.set(selector, [...(out.get(selector) ?? []), ...declarations]);
    }
  }
  return out;
}

/** A declaration that depends on the direction or the writing mode. */
function physical(declaration: string): boolean {
  const [property, value = ""] = declaration.split(":").map((s) => s.trim());
  if (/letter-spacing/.test(property)) return value !== "normal";
  if (property === "text-align") return /left|right/.test(value);
  if (/^(margin|padding)$/.test(property)) return new Set(value.split(/\s+/)).size > 1;
  return /(^|-)(left|right|top|bottom)(-|$)/.test(property);
}

describe("styles/epub-edition.css", () => {
  const base = rules(readFileSync(EPUB_CSS, "utf8"));
  const edition = rules(readFileSync(EDITION_CSS, "utf8"));

  it("sets again every rule of epub.css that depends on the direction or writing mode", () => {
    const physicalRules = [...base].filter(([, declarations]) => declarations.some(physical)).map(([s]) => s);
    expect(physicalRules).toEqual(expect.arrayContaining(["body", "h1", ".lead", ".imprint dd", ".section-name"]));
    expect(physicalRules.filter((selector) => !edition.has(selector))).toEqual([]);
  });

  it("uses no physical side itself except to reset it, and no letter-spacing", () => {
    const kept = [...edition].flatMap(([selector, declarations]) =>
      declarations
        .filter(physical)
        .filter((d) => !/:\s*0$/.test(d) && !/^(margin|padding)\s*:\s*0$/.test(d))
        .map((d) => `${selector} { ${d} }`),
    );
    expect(kept).toEqual([]);
    expect([...edition.values()].flat().filter((d) => d.startsWith("letter-spacing") && !d.endsWith("normal"))).toEqual(
      [],
    );
  });

  it("never sets the direction in CSS (EPUB style sheets may not: the dir attribute does)", () => {
    for (const file of [EDITION_CSS, VERTICAL_CSS]) {
      const declarations = [...rules(readFileSync(file, "utf8")).values()].flat();
      expect(declarations.filter((d) => /^(direction|unicode-bidi)\s*:/.test(d))).toEqual([]);
    }
  });

  it("styles/epub-vertical.css sets vertical-lr on the root, with the -epub- and -webkit- names", () => {
    const html = rules(readFileSync(VERTICAL_CSS, "utf8")).get("html") ?? [];
    expect(html).toEqual(
      expect.arrayContaining([
        "-epub-writing-mode: vertical-lr",
        "-webkit-writing-mode: vertical-lr",
        "writing-mode: vertical-lr",
      ]),
    );
  });
});
