import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageReports, intakeImages, newImageStats, renderImages } from "../../src/images/index.js";
import { FolioError } from "../../src/contract/errors.js";
import { firstPixel, noisyJpeg, solidJpeg, tempDir, use } from "./helpers.js";

const A98 = "/usr/share/color/icc/ghostscript/a98.icc"; // Adobe RGB (1998)-compatible, from Debian's ghostscript
const near = (a: number[], b: number[], tol: number) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

describe("renderImages", () => {
  it("applies EXIF orientation: a rotated JPEG comes out upright", async () => {
    const dir = tempDir();
    await sharp({ create: { width: 600, height: 200, channels: 3, background: "#3a6" } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toFile(path.join(dir, "rot.jpg"));
    const [r] = await renderImages([use(dir, "rot.jpg")], "epub", { outDir: path.join(dir, "out"), cacheDir: false });
    const m = await sharp(r.path).metadata();
    expect([m.width, m.height, m.orientation]).toEqual([200, 600, undefined]);
    expect([r.widthPx, r.heightPx, r.file]).toEqual([200, 600, "rot.jpg"]);
  });

  it("converts a CMYK JPEG to 3-channel sRGB through its profile, keeping colours", async () => {
    const dir = tempDir();
    // sRGB → press CMYK → sRGB is not the identity (gamut mapping, black point): pick an in-gamut blue and
    // allow 12 per channel; a profile ignored or CMYK taken naively would be off by far more.
    const colour = { r: 90, g: 120, b: 160 };
    const base = () => sharp({ create: { width: 64, height: 48, channels: 3, background: colour } });
    await base().withIccProfile("cmyk").jpeg({ quality: 95 }).toFile(path.join(dir, "cmyk-icc.jpg"));
    await base().toColourspace("cmyk").jpeg({ quality: 95 }).toFile(path.join(dir, "cmyk.jpg"));
    for (const f of ["cmyk-icc.jpg", "cmyk.jpg"])
      expect((await sharp(path.join(dir, f)).metadata()).space).toBe("cmyk");
    const out = await renderImages([use(dir, "cmyk-icc.jpg"), use(dir, "cmyk.jpg")], "print", {
      outDir: path.join(dir, "out"),
      cacheDir: false,
    });
    for (const r of out) {
      const m = await sharp(r.path).metadata();
      expect([m.space, m.channels, m.chromaSubsampling]).toEqual(["srgb", 3, "4:4:4"]);
      expect(m.icc).toBeTruthy(); // print embeds sRGB
      expect(m.density).toBe(300);
      const px = await firstPixel(r.path);
      expect(px.channels).toBe(3);
      expect(near(px.rgb, [colour.r, colour.g, colour.b], 12), `${r.src}: ${px.rgb}`).toBe(true);
    }
  });

  it("converts Adobe RGB to sRGB (not washed out) and strips metadata for epub", async () => {
    const dir = tempDir();
    const colour = { r: 200, g: 60, b: 40 };
    await sharp({ create: { width: 32, height: 32, channels: 3, background: colour } })
      .withIccProfile(A98)
      .jpeg({ quality: 95 })
      .toFile(path.join(dir, "adobe.jpg"));
    const raw = await sharp(path.join(dir, "adobe.jpg")).keepIccProfile().raw().toBuffer(); // the stored Adobe RGB numbers
    expect(near([...raw.subarray(0, 3)], [200, 60, 40], 8)).toBe(false); // so ignoring the profile would be visibly wrong
    const [r] = await renderImages([use(dir, "adobe.jpg")], "epub", { outDir: path.join(dir, "out"), cacheDir: false });
    const m = await sharp(r.path).metadata();
    expect([m.space, m.icc, m.exif]).toEqual(["srgb", undefined, undefined]);
    expect(near((await firstPixel(r.path)).rgb, [200, 60, 40], 6)).toBe(true);
  });

  it("flags an image too small for its box with its effective ppi, and never upscales", async () => {
    const dir = tempDir();
    await solidJpeg(path.join(dir, "small.jpg"), 900, 600);
    await solidJpeg(path.join(dir, "mid.jpg"), 1500, 1000);
    await solidJpeg(path.join(dir, "big.jpg"), 2400, 1600);
    const uses = [use(dir, "small.jpg", "p1"), use(dir, "mid.jpg", "p2"), use(dir, "big.jpg", "p3")];
    const placed = () => ({ widthMm: 127, heightMm: 84.67 }); // 5 in wide
    const intake = await intakeImages(uses, { cacheDir: false });
    const out = await renderImages(uses, "print", { outDir: path.join(dir, "out"), cacheDir: false, placed, intake });
    const rep = imageReports(uses, intake, placed, out);
    expect(rep.map((r) => [r.src, r.effectivePpi, r.status])).toEqual([
      ["small.jpg", 180, "fail"],
      ["mid.jpg", 300, "ok"],
      ["big.jpg", 480, "ok"],
    ]);
    expect(rep.map((r) => r.renditions.print)).toEqual([
      { width: 900, height: 600 },
      { width: 1500, height: 1000 },
      { width: 1500, height: 1000 },
    ]);
    const warn = imageReports([use(dir, "mid.jpg", "p2")], intake, () => ({ widthMm: 152.4, heightMm: 101.6 }));
    expect([warn[0].effectivePpi, warn[0].status, warn[0].placedAssumed]).toEqual([250, "warn", false]);
  });

  it("rejects a truncated JPEG at render time with a one-line error naming it", async () => {
    const dir = tempDir();
    await noisyJpeg(path.join(dir, "whole.jpg"), 300, 200);
    const bytes = readFileSync(path.join(dir, "whole.jpg"));
    writeFileSync(path.join(dir, "cut.jpg"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await renderImages([use(dir, "whole.jpg"), use(dir, "cut.jpg", "p009-x")], "thumb", {
      outDir: path.join(dir, "out"),
      cacheDir: false,
    }).catch((x) => x);
    expect(e).toBeInstanceOf(FolioError);
    expect(e.problems).toHaveLength(1);
    expect(e.message).toMatch(/cut\.jpg: figure in p009-x: cannot make the thumb rendition/);
  });

  it("caches by content: the warm run does no sharp work; a changed file is redone", async () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, "cache");
    const uses = [0, 1, 2].map((i) => use(dir, `c${i}.jpg`, `p${i}`));
    for (let i = 0; i < 3; i++) await noisyJpeg(path.join(dir, `c${i}.jpg`), 400 + i * 10, 300);
    const cold = newImageStats();
    const first = await renderImages(uses, "screen", { outDir: path.join(dir, "out1"), cacheDir, stats: cold });
    expect([cold.pipelines, cold.metadata, first.every((r) => !r.cached)]).toEqual([3, 3, true]);
    const warm = newImageStats();
    const second = await renderImages(uses, "screen", { outDir: path.join(dir, "out2"), cacheDir, stats: warm });
    expect([warm.pipelines, warm.metadata, second.every((r) => r.cached)]).toEqual([0, 0, true]);
    expect(readFileSync(second[0].path).equals(readFileSync(first[0].path))).toBe(true);
    await noisyJpeg(path.join(dir, "c1.jpg"), 420, 300); // new content, same name
    const again = newImageStats();
    const third = await renderImages(uses, "screen", { outDir: path.join(dir, "out3"), cacheDir, stats: again });
    expect([again.pipelines, third.map((r) => r.cached)]).toEqual([1, [true, false, true]]);
  });

  it("keeps at most `concurrency` sharp jobs running at once", async () => {
    const dir = tempDir();
    const uses = [];
    for (let i = 0; i < 6; i++) {
      await noisyJpeg(path.join(dir, `n${i}.jpg`), 500, 400);
      uses.push(use(dir, `n${i}.jpg`, `p${i}`));
    }
    for (const concurrency of [1, 2]) {
      const stats = newImageStats();
      const out = await renderImages(uses, "thumb", {
        outDir: path.join(dir, `out${concurrency}`),
        cacheDir: false,
        concurrency,
        stats,
      });
      expect(out).toHaveLength(6);
      expect(stats.pipelines).toBe(6);
      expect(stats.maxActive).toBe(concurrency);
    }
    expect(sharp.concurrency()).toBeGreaterThan(0); // restored, not left at 0
  });
});
