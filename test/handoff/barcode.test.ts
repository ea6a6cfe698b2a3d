import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { periodicalBarcodeSvg } from "../../src/render/print/barcode.js";

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
    writeFileSync(
      png,
      await sharp(Buffer.from(svg), { density: 150 }).flatten({ background: "#ffffff" }).png().toBuffer(),
    );
    const out = execFileSync("zbarimg", ["-q", "-Sean2.enable", png], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    expect(out).toContain("EAN-13:9772096746223");
    expect(out).toContain("EAN-2:08");
  });
});
