/**
 * Page thumbnails (MuPDF; about 2.5× faster than pdftoppm on these CJK pages) and one contact sheet of spreads
 * as the reader sees them: 封一 alone, then facing pages, 封四 alone. A page's pictures are kept in
 * the page cache (src/pdf/page-cache.ts): a rebuild draws only the pages that changed.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type OverlayOptions } from "sharp";
import { mupdfPictureCache, readPagesWithMupdf } from "../../pdf/mupdf-pages.js";
import { codeOf, onePage } from "../../pdf/page-cache.js";

/** Reader spreads for n pages, as 1-based page numbers (null = empty side). */
export function spreads(n: number): [number | null, number | null][] {
  const out: [number | null, number | null][] = [];
  if (n > 0) out.push([null, 1]);
  for (let p = 2; p <= n; p += 2) out.push([p, p + 1 <= n ? p + 1 : null]);
  return out;
}

/**
 * Every page to thumbnails/page-NNN.png with MuPDF (WebAssembly, in process); `keys` (the PDF's page
 * keys, src/pdf/page-keys.ts) take unchanged pages' pictures from the page cache.
 */
export async function renderThumbnails(pdfFile: string, dir: string, keys: string[], dpi = 48): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const cache = mupdfPictureCache(`thumbnails-${dpi}`, codeOf(import.meta.dirname, "thumbnails"));
  const { pages } = await readPagesWithMupdf(await readFile(pdfFile), keys, cache, (mupdf, page) => {
    const pix = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false, true);
    try {
      return Buffer.from(pix.asPNG());
    } finally {
      pix.destroy();
    }
  });
  const files = pages.map((_, i) => path.join(dir, `page-${String(i + 1).padStart(3, "0")}.png`));
  await Promise.all(pages.map((png, i) => writeFile(files[i], png)));
  return files;
}

/** One page as a PNG `widthPx` wide (the EPUB cover is the print front cover); `key`: the page's key, for the page cache. */
export async function renderPagePng(
  pdfFile: string,
  index: number,
  widthPx: number,
  out: string,
  key: string,
): Promise<string> {
  const cache = mupdfPictureCache(`page-${widthPx}px`, codeOf(import.meta.dirname, "thumbnails"));
  const png = await onePage(cache, key, async () => {
    const mupdf = await import("mupdf");
    const doc = mupdf.Document.openDocument(await readFile(pdfFile), "application/pdf");
    try {
      const page = doc.loadPage(index);
      const [x0, , x1] = page.getBounds();
      const scale = widthPx / (x1 - x0);
      const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
      const bytes = Buffer.from(pix.asPNG());
      pix.destroy();
      page.destroy();
      return bytes;
    } finally {
      doc.destroy();
    }
  });
  await writeFile(out, png);
  return out;
}

export async function renderSpreadSheet(pageFiles: string[], out: string, perRow = 4, pageHeight = 300): Promise<void> {
  const meta = await sharp(pageFiles[0]).metadata();
  const pageWidth = Math.round(((meta.width ?? 1) / (meta.height ?? 1)) * pageHeight);
  const gap = 16;
  const list = spreads(pageFiles.length);
  const rows = Math.ceil(list.length / perRow);
  const width = perRow * (2 * pageWidth + gap) + gap;
  const height = rows * (pageHeight + gap) + gap;
  const composites: OverlayOptions[] = [];
  await Promise.all(
    list.map(async ([l, r], i) => {
      const x = gap + (i % perRow) * (2 * pageWidth + gap);
      const y = gap + Math.floor(i / perRow) * (pageHeight + gap);
      for (const [p, dx] of [
        [l, 0],
        [r, pageWidth],
      ] as const) {
        if (p == null) continue;
        const input = await sharp(pageFiles[p - 1])
          .resize(pageWidth, pageHeight, { fit: "fill" })
          .toBuffer();
        composites.push({ input, left: x + dx, top: y });
      }
    }),
  );
  await sharp({ create: { width, height, channels: 3, background: "#6b6b6b" } })
    .composite(composites)
    .png()
    .toFile(out);
}
