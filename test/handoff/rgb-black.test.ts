import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/handoff/content-tokens.js";
import { planBlackRewrites, rewriteRgbBlack } from "../../src/handoff/rgb-black.js";

describe("rewriteRgbBlack", () => {
  it("rewrites pure RGB black fill and stroke to DeviceGray", () => {
    expect(rewriteRgbBlack("0 0 0 RG 0 0 0 rg\nBT /F1 10 Tf (a) Tj ET").text).toBe("0 G 0 g\nBT /F1 10 Tf (a) Tj ET");
    expect(rewriteRgbBlack("0.0 .0 0 rg").text).toBe("0 g");
  });
  it("leaves colours, CMYK and other operators alone", () => {
    const s = ".7529 0 0 RG .7529 0 0 rg 0 0 0 1 k 0 0 0 sc 1 1 1 rg 0 0 0.001 rg";
    expect(rewriteRgbBlack(s)).toEqual({ text: s, count: 0 });
  });
  it("is not fooled by strings, comments, hex strings or inline images", () => {
    const s = "(0 0 0 rg) Tj % 0 0 0 rg\n<30203020> Tj BI /W 1 /H 1 /BPC 8 /CS /RGB ID \n0 0 0 rg EI 0 0 0 rg";
    const { text, count } = rewriteRgbBlack(s);
    expect(count).toBe(1);
    expect(text.endsWith("EI 0 g")).toBe(true);
    expect(text.startsWith("(0 0 0 rg) Tj % 0 0 0 rg\n<30203020>")).toBe(true);
  });
  it("handles nested and escaped parentheses in strings", () => {
    expect(rewriteRgbBlack("(a\\) (b) 0 0 0 rg) Tj 0 0 0 RG").text).toBe("(a\\) (b) 0 0 0 rg) Tj 0 G");
  });
  it("plans edits as byte spans", () => {
    expect(planBlackRewrites("q 0 0 0 rg Q")).toEqual([{ start: 2, end: 10, text: "0 g" }]);
  });
  it("tokenizes operators, numbers and names", () => {
    const kinds = [...tokenize("/F1 12 Tf [(a) -3 (b)] TJ")].map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual(["other:/F1", "number:12", "operator:Tf", "other:[", "other:(a)", "number:-3", "other:(b)", "other:]", "operator:TJ"]);
  });
});
