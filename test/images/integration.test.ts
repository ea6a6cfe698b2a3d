/**
 * The image pipeline in the build: print.html references the print renditions (not the originals),
 * sized for the placed box at 300 ppi and never upscaled; build.json has an image report per use
 * with the size measured in the layout; a warm second build does no sharp work.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildIssue } from "../../src/pipeline/build.js";
import { present } from "../helpers/present.js";
import { checkImageSources } from "../../src/handoff/preflight/image-sources.js";
import type { ImageReport } from "../../src/images/index.js";
import { copyMini } from "../helpers/mini.js";
import { noisyJpeg } from "./helpers.js";

interface ImagesFacts {
  sharpPipelines: number;
  summary: { images: number; ok: number; warn: number; fail: number };
  reports: ImageReport[];
}

describe("image pipeline in the build (mini issue, screen PDF)", () => {
  it("print uses renditions at ≤ 300 ppi of the measured box; report per use; warm run does no sharp work", {
    timeout: 240_000,
  }, async () => {
    const mini = copyMini();
    const images = path.join(mini.issueDir, "images");
    await sharp({ create: { width: 2800, height: 3800, channels: 3, background: "#a03030" } })
      .png()
      .toFile(path.join(images, "cover.png"));
    await noisyJpeg(path.join(images, "photo.jpg"), 3000, 2000);
    await noisyJpeg(path.join(images, "small.jpg"), 800, 600); // ~240 ppi in a column: under 200 is refused before the build (test/monthly/corpus.test.ts)
    mini.edit("2099-01/articles/p002-news.md", (s) =>
      s.replace(
        "![图片说明](images/cover.png",
        "![大图](images/photo.jpg)\n\n![小图](images/small.jpg)\n\n![图片说明](images/cover.png",
      ),
    );
    // No flatplan: the fitter's settings (and the extra figures' pages) are not what this test is about.
    mini.edit("2099-01/issue.yaml", (s) => s.replace("{ id: p001-editorial, page: 1 }", "{ id: p001-editorial }"));
    mini.edit("2099-01/articles/p002-news.md", (s) => s.replace(/^page: \d+\n/m, ""));
    const out = mkdtempSync(path.join(tmpdir(), "folio-img-build-"));

    const { manifest, outDir } = await buildIssue(mini.issueDir, { outRoot: out, only: ["screen-pdf"] });
    const html = readFileSync(path.join(outDir, "html", "print.html"), "utf8");
    const srcs = [...html.matchAll(/<img[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(srcs)).toEqual(new Set(["images/cover.jpg", "images/photo.jpg", "images/small.jpg"]));
    for (const original of ["cover.png", "photo.jpg", "small.jpg"]) {
      // photo.jpg and small.jpg keep their names as renditions: they must not be the originals.
      const file = path.join(outDir, "html", "images", original);
      if (original === "cover.png") expect(existsSync(file)).toBe(false);
      else expect(readFileSync(file).equals(readFileSync(path.join(images, original)))).toBe(false);
    }

    const facts = manifest.facts.images as ImagesFacts;
    expect(facts.reports.map((r) => [r.slot, r.src])).toEqual([
      ["cover", "images/cover.png"],
      ["figure", "images/photo.jpg"],
      ["figure", "images/small.jpg"],
      ["figure", "images/cover.png"],
    ]);
    for (const r of facts.reports) {
      expect(r.placedAssumed, r.src).toBe(false);
      expect(r.page, r.src).toBeGreaterThan(0);
      expect(r.effectivePpi, r.src).toBeGreaterThan(0);
      expect(r.renditions.print, r.src).toBeDefined();
    }
    const [cover, photo, small] = facts.reports;
    const ppiOf = (px: number, mm: number) => px / (mm / 25.4);
    // Full bleed 216 × 291 mm; the figure one column wide.
    expect(cover.placedMm).toEqual({ width: 216, height: 291 });
    expect(photo.placedMm.width).toBeLessThan(176);
    // The rendition in print.html's folder is the one reported, at 300 ppi (+1% headroom) of the measured box.
    const meta = await sharp(path.join(outDir, "html", "images", "photo.jpg")).metadata();
    const photoPrint = present(photo.renditions.print, "the photo's print rendition");
    expect([meta.width, meta.height]).toEqual([photoPrint.width, photoPrint.height]);
    const metaWidth = present(meta.width, "the width of photo.jpg");
    expect(ppiOf(metaWidth, photo.placedMm.width)).toBeGreaterThanOrEqual(299.5);
    expect(ppiOf(metaWidth, photo.placedMm.width)).toBeLessThanOrEqual(306);
    const coverPrint = present(cover.renditions.print, "the cover's print rendition");
    expect(ppiOf(coverPrint.width, cover.placedMm.width)).toBeLessThanOrEqual(306);
    // A small source stays small (no upscaling) and warns at its placed size.
    expect(small.renditions.print).toEqual({ width: 800, height: 600 });
    expect(small.status).toBe("warn");
    expect(facts.summary).toMatchObject({ images: 4, warn: 1, fail: 0 });
    expect(manifest.warnings.some((w) => w.includes("images/small.jpg"))).toBe(true);

    const warm = await buildIssue(mini.issueDir, { outRoot: out, only: ["screen-pdf"] });
    expect((warm.manifest.facts.images as ImagesFacts).sharpPipelines).toBe(0);
    expect((warm.manifest.facts.images as ImagesFacts).reports).toEqual(facts.reports);
  });
});

describe("preflight image rows", () => {
  it("lists every use with src, page, px, mm and ppi; below 300 warns, below 200 fails", () => {
    const base = {
      usedBy: "p002-news",
      slot: "figure" as const,
      format: "jpeg",
      colourSpace: "srgb",
      iccProfile: false,
      placedAssumed: false,
      renditions: {},
    };
    const rows = checkImageSources([
      {
        ...base,
        src: "images/a.jpg",
        page: 5,
        sourcePx: { width: 1795, height: 1193 },
        placedMm: { width: 84.5, height: 56.1 },
        effectivePpi: 539.6,
        status: "ok",
      },
      {
        ...base,
        src: "images/b.jpg",
        page: 6,
        sourcePx: { width: 800, height: 600 },
        placedMm: { width: 84.5, height: 63.4 },
        effectivePpi: 240.5,
        status: "warn",
      },
      {
        ...base,
        src: "images/c.jpg",
        sourcePx: { width: 400, height: 300 },
        placedMm: { width: 84.5, height: 63.4 },
        effectivePpi: 120.2,
        status: "fail",
      },
    ]);
    expect(rows.map((r) => [r.status, r.page])).toEqual([
      ["pass", 5],
      ["warn", 6],
      ["fail", undefined],
    ]);
    expect(rows[0].message).toBe("images/a.jpg (p002-news): 1795×1193 px placed at 84.5×56.1 mm = 539.6 ppi");
    expect("page" in rows[2]).toBe(false);
  });
});
