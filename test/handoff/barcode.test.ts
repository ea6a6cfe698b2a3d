import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import {
  eanCheckDigit,
  issnCheckChar,
  issueAddon,
  periodicalBarcodeSvg,
  periodicalEan13,
} from "../../src/render/print/barcode.js";

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

describe("periodicalBarcodeSvg", () => {
  const svg = periodicalBarcodeSvg({ issn: "2096-7462", year: 2022, number: 8 });

  it("is vector, black only, sized in millimetres", () => {
    expect(svg).toMatch(/^<svg width="4\d\.\d\dmm" height="2\d\.\d\dmm"/);
    expect(svg).not.toMatch(/<image|<text/);
    const colours = new Set(svg.match(/(?:fill|stroke)="[^"]*"/g));
    expect([...colours].sort()).toEqual(['fill="#000000"', 'stroke="#000000"']);
  });

  it("scans as EAN-13 9772096746223 with add-on 08", async () => {
    const dir = mkdtempSync(join(tmpdir(), "folio-barcode-"));
    const png = join(dir, "barcode.png");
    writeFileSync(png, await sharp(Buffer.from(svg), { density: 150 }).flatten({ background: "#ffffff" }).png().toBuffer());
    const out = execFileSync("zbarimg", ["-q", "-Sean2.enable", png], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(out).toContain("EAN-13:9772096746223");
    expect(out).toContain("EAN-2:08");
  });
});
