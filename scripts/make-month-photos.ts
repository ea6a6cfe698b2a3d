/**
 * Writes the photos of the second test month (test/fixtures/monthly/2022-09/images/): one of every
 * kind editors send, small enough to commit, large enough for 300 ppi at a column's width.
 *   exif-rotated.jpg  stored landscape with EXIF orientation 6 (a camera held upright)
 *   cmyk.jpg          CMYK JPEG without an ICC profile (as agencies send them)
 *   alpha.png         RGBA PNG with transparent parts
 *   gray.tif          8-bit grayscale TIFF
 *   photo.webp        WebP
 *   deep.png          16-bit RGB PNG
 *   cover.jpg, fenger.jpg, fengdi.jpg   cover photo pages (full bleed, over 200 ppi)
 * Run: npx tsx scripts/make-month-photos.ts (rewrites the files).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const DIR = path.resolve(import.meta.dirname, "../test/fixtures/monthly/2022-09/images");

/** A labelled picture: a two-colour gradient, a frame and a caption naming the kind (so a wrong rotation or colour shows). */
function svg(w: number, h: number, from: string, to: string, label: string, alpha = false): Buffer {
  const size = Math.round(Math.min(w, h) / 9);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  ${alpha ? "" : `<rect width="100%" height="100%" fill="url(#g)"/>`}
  ${alpha ? `<circle cx="${w / 2}" cy="${h / 2}" r="${Math.min(w, h) * 0.42}" fill="url(#g)"/>` : ""}
  <rect x="${w * 0.06}" y="${h * 0.06}" width="${w * 0.88}" height="${h * 0.88}" fill="none" stroke="#ffffff" stroke-width="${size / 6}"/>
  <text x="50%" y="${h * 0.2}" font-family="Noto Sans CJK SC" font-size="${size}" fill="#ffffff" text-anchor="middle">↑ 上</text>
  <text x="50%" y="${h * 0.55}" font-family="Noto Sans CJK SC" font-size="${size * 0.8}" fill="#ffffff" text-anchor="middle">${label}</text>
</svg>`);
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const out = (name: string) => path.join(DIR, name);
  // Upright 1000×1300 as shown; stored 1300×1000 with orientation 6 (rotate 90° clockwise to view).
  await sharp(svg(1000, 1300, "#2f6f4f", "#a9d18e", "EXIF 旋转"))
    .rotate(-90)
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .toFile(out("exif-rotated.jpg"));
  await sharp(svg(1100, 760, "#8b1a1a", "#f2c14e", "CMYK"))
    .toColourspace("cmyk")
    .jpeg({ quality: 80 })
    .toFile(out("cmyk.jpg"));
  await sharp(svg(1000, 1000, "#1f4e79", "#9dc3e6", "透明 PNG", true))
    .png({ compressionLevel: 9 })
    .toFile(out("alpha.png"));
  await sharp(svg(1100, 800, "#202020", "#d0d0d0", "灰度 TIFF"))
    .removeAlpha()
    .toColourspace("b-w")
    .tiff({ compression: "deflate" })
    .toFile(out("gray.tif"));
  await sharp(svg(1100, 760, "#5b3a8c", "#e4c1f9", "WebP"))
    .removeAlpha()
    .webp({ quality: 75 })
    .toFile(out("photo.webp"));
  await sharp(svg(1100, 760, "#0b5563", "#c6e2e9", "16 位 PNG"))
    .removeAlpha()
    .toColourspace("rgb16")
    .png({ compressionLevel: 9 })
    .toFile(out("deep.png"));
  for (const [name, from, to, label] of [
    ["cover.jpg", "#b22222", "#f4a261", "封面"],
    ["fenger.jpg", "#264653", "#2a9d8f", "封二"],
    ["fengdi.jpg", "#3d405b", "#e07a5f", "封四"],
  ]) {
    await sharp(svg(1760, 2380, from, to, label))
      .jpeg({ quality: 70 })
      .toFile(out(name));
  }
  for (const f of ["exif-rotated.jpg", "cmyk.jpg", "alpha.png", "gray.tif", "photo.webp", "deep.png"]) {
    const m = await sharp(out(f)).metadata();
    process.stdout.write(
      `${f}: ${m.format} ${m.width}×${m.height} ${m.space} ${m.depth} alpha=${m.hasAlpha} orientation=${m.orientation ?? 1}\n`,
    );
  }
}

await main();
