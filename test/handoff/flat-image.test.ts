/**
 * The placeholder test on images (flat-image.ts): folio's own placeholder pictures and a plain grey
 * box are placeholders; real photographs (test/fixtures/photos: a grey photo with a plain sky, a cat,
 * coffee on a table, a portrait), also upscaled five times as a soft full-page photo would be, are not.
 */
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { describe, expect, it } from "vitest";
import { flatness, looksLikePlaceholder } from "../../src/handoff/preflight/flat-image.js";
import { placeholderSvg } from "../../scripts/make-placeholders.js";
import { present } from "../helpers/present.js";

const PHOTOS = path.resolve(import.meta.dirname, "../fixtures/photos");

async function measure(input: Sharp, cmyk = false) {
  const { data, info } = await input.raw().toBuffer({ resolveWithObject: true });
  return flatness(data, info.width, info.height, info.channels, info.width * info.channels, cmyk);
}

describe("placeholder photos", () => {
  it("finds folio's placeholder pictures, in RGB and after conversion to CMYK", async () => {
    const svg = Buffer.from(
      placeholderSvg({
        src: "images/x.jpg",
        caption: "新疆新特能源股份有限公司多晶硅园区",
        credit: "韩亮/摄",
        widthPx: 1200,
        heightPx: 800,
      }),
    );
    const rgb = await measure(sharp(svg).flatten({ background: "#c8c8c8" }));
    expect(rgb.share).toBeGreaterThan(0.8);
    expect(looksLikePlaceholder(rgb)).toBe(true);
    const cmyk = await measure(sharp(svg).flatten({ background: "#c8c8c8" }).toColourspace("cmyk"), true);
    expect(looksLikePlaceholder(cmyk)).toBe(true);
  });

  it("finds a plain grey FPO box", async () => {
    expect(
      looksLikePlaceholder(
        await measure(sharp({ create: { width: 600, height: 400, channels: 3, background: "#9a9a9a" } })),
      ),
    ).toBe(true);
  });

  it.each(["coffee", "astronaut", "camera", "chelsea"])(
    "does not take the real photo %s for one, as it is or upscaled 5×",
    async (name) => {
      const file = path.join(PHOTOS, `${name}.jpg`);
      const plain = await measure(sharp(file));
      expect(plain.share).toBeLessThan(0.35);
      expect(looksLikePlaceholder(plain)).toBe(false);
      const { width } = await sharp(file).metadata();
      const soft = await sharp(file)
        .resize(present(width, `the width of ${name}.jpg`) * 5)
        .jpeg({ quality: 90 })
        .toBuffer();
      expect(looksLikePlaceholder(await measure(sharp(soft)))).toBe(false);
    },
  );

  it("leaves paper white and solid black alone (a product on white, a night sky)", async () => {
    const white = await measure(sharp({ create: { width: 300, height: 300, channels: 3, background: "#ffffff" } }));
    expect(white.share).toBe(1);
    expect(looksLikePlaceholder(white)).toBe(false);
    expect(
      looksLikePlaceholder(
        await measure(sharp({ create: { width: 300, height: 300, channels: 3, background: "#000000" } })),
      ),
    ).toBe(false);
  });
});
