/**
 * EPUB image renditions with sharp: at most 1600 px on the long edge, sRGB, metadata stripped (sharp
 * keeps no EXIF/XMP/ICC unless asked), JPEG for photos, PNG where the source has transparency.
 * Names are derived from the source file names, so the same issue always gives the same files.
 * Opaque sources go through the image pipeline's "epub" edition (src/images: bounded concurrency,
 * content-hash cache in .cache/images, so a warm build does no sharp work); sources with transparency
 * stay PNG and are made here.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import { DEFAULT_CONCURRENCY, intakeImages, renderImages as renderEdition, type ImageUse } from "../../images/index.js";
import { IMAGE_DIR } from "./xhtml.js";

export const MAX_EDGE = 1600;

export interface Rendition {
  /** Path relative to EPUB/, e.g. "images/p016-1.jpg". */
  href: string;
  mediaType: "image/jpeg" | "image/png";
  data: Buffer;
}

export interface ImageOptions {
  /** The image pipeline's cache (default <project>/.cache/images); false: no cache. */
  cacheDir?: string | false;
}

/** A file goes through the cached pipeline (unless it has transparency); a Buffer is made here. */
export async function renderImage(input: string | Buffer, base: string, opts: ImageOptions = {}): Promise<Rendition> {
  if (typeof input === "string") {
    const [made] = await viaPipeline([input], [base], opts);
    if (made) return made;
  }
  return renderWithSharp(input, base);
}

/** The EPUB rendition made here with sharp: PNG for transparency, else mozjpeg (uncached). */
async function renderWithSharp(input: string | Buffer, base: string): Promise<Rendition> {
  const img = sharp(input, { failOn: "error" }).rotate(); // honour EXIF orientation before it is stripped
  const meta = await img.metadata();
  const png = Boolean(meta.hasAlpha);
  const pipeline = img
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
    .toColourspace("srgb");
  const data = png
    ? await pipeline.png({ compressionLevel: 9, palette: false }).toBuffer()
    : await pipeline
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: "4:2:0" })
        .toBuffer();
  return { href: `${IMAGE_DIR}/${base}.${png ? "png" : "jpg"}`, mediaType: png ? "image/png" : "image/jpeg", data };
}

/** The pipeline's "epub" edition of each opaque file (undefined for files with transparency). */
async function viaPipeline(files: string[], bases: string[], opts: ImageOptions): Promise<(Rendition | undefined)[]> {
  const uses: ImageUse[] = files.map((file, i) => ({
    image: { path: file, src: `${bases[i]}.jpg` },
    slot: "figure",
    usedBy: "epub",
  }));
  const intake = await intakeImages(uses, { cacheDir: opts.cacheDir });
  const opaque = uses.filter((u) => !intake.byPath.get(u.image.path)?.hasAlpha);
  if (!opaque.length) return files.map(() => undefined);
  const work = await mkdtemp(path.join(tmpdir(), "folio-epub-images-"));
  try {
    const made = await renderEdition(opaque, "epub", { outDir: work, intake, cacheDir: opts.cacheDir });
    const bySrc = new Map(made.map((r) => [r.src, r]));
    return await Promise.all(
      uses.map(async (u, i): Promise<Rendition | undefined> => {
        const r = bySrc.get(u.image.src);
        return r && { href: `${IMAGE_DIR}/${bases[i]}.jpg`, mediaType: "image/jpeg", data: await readFile(r.path) };
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One rendition per distinct source file (in first-use order), keyed by source path. */
export async function renderImages(sources: string[], opts: ImageOptions = {}): Promise<Map<string, Rendition>> {
  const unique = [...new Set(sources)];
  const used = new Set<string>(["cover"]); // "cover" is the cover rendition's
  const bases = unique.map((src) => {
    const stem =
      path
        .basename(src)
        .replace(/\.[^.]*$/, "")
        .replace(/[^A-Za-z0-9_-]/g, "-") || "image";
    let base = stem;
    for (let n = 2; used.has(base); n++) base = `${stem}-${n}`;
    used.add(base);
    return base;
  });
  const made = await viaPipeline(unique, bases, opts);
  const limit = pLimit(DEFAULT_CONCURRENCY);
  const done = await Promise.all(unique.map((file, i) => made[i] ?? limit(() => renderWithSharp(file, bases[i]))));
  return new Map(unique.map((src, i) => [src, done[i]]));
}
