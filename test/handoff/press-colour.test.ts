/**
 * Vector colour for the press (palette-colour.ts, rewrite-colours.ts): palette RGB → the palette's
 * exact CMYK, neutral greys → DeviceGray (K only), anything else → a problem naming the colour.
 */
import { describe, expect, it } from "vitest";
import { pressColour } from "../../src/handoff/palette-colour.js";
import { applyEdits, planColourRewrites } from "../../src/handoff/rewrite-colours.js";
import { tokenize } from "../../src/handoff/content-tokens.js";
import type { Palette } from "../../src/model/types.js";

const palette: Palette = [
  { name: "text", cmyk: [0, 0, 0, 100], rgb: "#1a1a1a", solid: false },
  { name: "brand_red", cmyk: [0, 100, 90, 20], rgb: "#b3121d", solid: false },
  { name: "rich_black", cmyk: [50, 40, 40, 100], rgb: "#0d0d0d", solid: true },
];
const rewrite = (s: string) => {
  const plan = planColourRewrites(s, palette);
  return { text: applyEdits(s, plan.edits), plan };
};

describe("press colour of an RGB", () => {
  it("gives a palette colour its own CMYK, as Chromium rounds it", () => {
    expect(pressColour([0.102, 0.102, 0.102], palette)).toMatchObject({ kind: "palette", operands: "0 0 0 1" });
    expect(pressColour([0.702, 0.0706, 0.1137], palette)).toMatchObject({
      kind: "palette",
      colour: { name: "brand_red" },
      operands: "0 1 0.9 0.2",
    });
  });
  it("puts any other neutral grey on K only, and refuses other colours", () => {
    expect(pressColour([0.5333, 0.5333, 0.5333], palette)).toEqual({ kind: "neutral", operands: "0.5333" });
    expect(pressColour([0, 0, 0], palette)).toEqual({ kind: "neutral", operands: "0" });
    expect(pressColour([0.2, 0.5, 0.8], palette)).toEqual({ kind: "unknown", hex: "#3380cc" });
  });
});

describe("content stream rewrite", () => {
  it("rewrites fill and stroke, leaving everything else byte for byte", () => {
    const { text, plan } = rewrite(
      "q .102 .102 .102 rg BT /F1 10 Tf (a) Tj ET .702 .0706 .1137 RG 1 w 0 0 m 10 0 l S 1 1 1 rg Q",
    );
    expect(text).toBe("q 0 0 0 1 k BT /F1 10 Tf (a) Tj ET 0 1 0.9 0.2 K 1 w 0 0 m 10 0 l S 1 g Q");
    expect(Object.fromEntries(plan.used)).toEqual({ text: 1, brand_red: 1, neutral: 1 });
  });
  it("reports a colour in no palette instead of guessing", () => {
    const { plan } = rewrite(".2 .5 .8 rg 0 0 10 10 re f");
    expect([...plan.unknown]).toEqual(["#3380cc"]);
    expect(plan.edits).toEqual([]);
  });
  it("reports text in a colour for solids only, but not a solid area in it", () => {
    expect([...rewrite(".051 .051 .051 rg 0 0 100 100 re f").plan.textInSolid]).toEqual([]);
    expect([...rewrite(".051 .051 .051 rg BT (a) Tj ET").plan.textInSolid]).toEqual(["rich_black"]);
    expect([...rewrite("q .051 .051 .051 rg Q BT (a) Tj ET").plan.textInSolid]).toEqual([]);
  });
  it("is not fooled by strings, comments, hex strings or inline images", () => {
    const s = "(0 0 0 rg) Tj % 0 0 0 rg\n<30203020> Tj BI /W 1 /H 1 /BPC 8 /CS /RGB ID \n0 0 0 rg EI 0 0 0 rg";
    const { text, plan } = rewrite(s);
    expect(plan.edits).toHaveLength(1);
    expect(text.endsWith("EI 0 g")).toBe(true);
    expect(text.startsWith("(0 0 0 rg) Tj % 0 0 0 rg\n<30203020>")).toBe(true);
  });
  it("tokenizes operators, numbers and names", () => {
    const kinds = [...tokenize("/F1 12 Tf [(a) -3 (b)] TJ")].map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      "other:/F1",
      "number:12",
      "operator:Tf",
      "other:[",
      "other:(a)",
      "number:-3",
      "other:(b)",
      "other:]",
      "operator:TJ",
    ]);
  });
});
