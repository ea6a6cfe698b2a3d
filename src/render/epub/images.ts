/**
 * EPUB image renditions with sharp: at most 1600 px on the long edge, sRGB, metadata stripped (sharp
 * keeps no EXIF/XMP/ICC unless asked), JPEG for photos, PNG where the source has transparency.
 * Names are derived from the source file names, so the same issue always gives the same files.
 */
import path from "node:path";
import sharp from "sharp";
import { IMAGE_DIR } from "./xhtml.js";

export const MAX_EDGE = 1600;

export interface Rendition {
  /** Path relative to EPUB/, e.g. "images/p016-1.jpg". */
  href: string;
  mediaType: "image/jpeg" | "image/png";
  data: Buffer;
}

export async function renderImage(input: string | Buffer, base: string): Promise<Rendition> {
  const img = sharp(input, { failOn: "error" }).rotate(); // honour EXIF orientation before it is stripped
  const meta = await img.metadata();
  const png = Boolean(meta.hasAlpha);
  const pipeline = img
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
    .toColourspace("srgb");
  const data = png
    ? await pipeline.png({ compressionLevel: 9, palette: false }).toBuffer()
    : await pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: "4:2:0" }).toBuffer();
  return { href: `${IMAGE_DIR}/${base}.${png ? "png" : "jpg"}`, mediaType: png ? "image/png" : "image/jpeg", data };
}

/** One rendition per distinct source file (in first-use order), keyed by source path. */
export async function renderImages(sources: string[]): Promise<Map<string, Rendition>> {
  const unique = [...new Set(sources)];
  const used = new Set<string>(["cover"]); // "cover" is the cover rendition's
  const bases = unique.map((src) => {
    const stem = path.basename(src).replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]/g, "-") || "image";
    let base = stem;
    for (let n = 2; used.has(base); n++) base = `${stem}-${n}`;
    used.add(base);
    return base;
  });
  const done = await Promise.all(unique.map((src, i) => renderImage(src, bases[i])));
  return new Map(unique.map((src, i) => [src, done[i]]));
}
