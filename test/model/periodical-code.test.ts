import { describe, expect, it } from "vitest";
import { eanCheckDigit, issnCheckChar, issueAddon, periodicalEan13 } from "../../src/model/periodical-code.js";

describe("EAN check digits", () => {
  it("computes the EAN-13 check digit", () => {
    expect(eanCheckDigit("977209674622")).toBe(3);
    expect(eanCheckDigit("400638133393")).toBe(1); // 4006381333931, a textbook example
    expect(eanCheckDigit("978030640615")).toBe(7); // ISBN 978-0-306-40615-7
  });
  it("computes the ISSN check character", () => {
    expect(issnCheckChar("2096746")).toBe("2");
    expect(issnCheckChar("0317847")).toBe("1");
    expect(issnCheckChar("0311175")).toBe("X");
  });
  it("builds the periodical code with the two-digit year", () => {
    expect(periodicalEan13("2096-7462", 2022)).toBe("9772096746223");
    expect(periodicalEan13("20967462", 2023)).toMatch(/^977209674623\d$/);
    expect(() => periodicalEan13("2096-7463", 2022)).toThrow(/check digit/);
    expect(issueAddon(8)).toBe("08");
    expect(() => issueAddon(0)).toThrow();
  });
});
