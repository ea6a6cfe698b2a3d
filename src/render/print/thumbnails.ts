/**
 * Page thumbnails (MuPDF; about 2.5× faster than pdftoppm on these CJK pages) and one contact sheet of spreads
 * as the reader sees them: 封一 alone, then facing pages, 封四 alone.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type OverlayOptions } from "sharp";

/** Reader spreads for n pages, as 1-based page numbers (null = empty side). */
export function spreads(n: number): [number | null, number | null][] {
  const out: [number | null, number | null][] = [];
  if (n > 0) out.push([null, 1]);
  for (let p = 2; p <= n; p += 2) out.push([p, p + 1 <= n ? p + 1 : null]);
  return out;
}

/** Render every page to thumbnails/page-NNN.png with MuPDF (WebAssembly, in process). */
export async function renderThumbnails(pdfFile: string, dir: string, dpi = 48): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(await readFile(pdfFile), "application/pdf");
  const files: string[] = [];
  const writes: Promise<void>[] = [];
  try {
    const scale = mupdf.Matrix.scale(dpi / 72, dpi / 72);
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const pix = page.toPixmap(scale, mupdf.ColorSpace.DeviceRGB, false, true);
      const file = path.join(dir, `page-${String(i + 1).padStart(3, "0")}.png`);
      writes.push(writeFile(file, pix.asPNG()));
      files.push(file);
      pix.destroy();
      page.destroy();
    }
  } finally {
    doc.destroy();
  }
  await Promise.all(writes);
  return files;
}

/** One page as a PNG `widthPx` wide (the EPUB cover is the print front cover). */
export async function renderPagePng(pdfFile: string, index: number, widthPx: number, out: string): Promise<string> {
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(await readFile(pdfFile), "application/pdf");
  try {
    const page = doc.loadPage(index);
    const [x0, , x1] = page.getBounds();
    const scale = widthPx / (x1 - x0);
    const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
    await writeFile(out, pix.asPNG());
    pix.destroy();
    page.destroy();
  } finally {
    doc.destroy();
  }
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
      for (const [p, dx] of [[l, 0], [r, pageWidth]] as const) {
        if (p == null) continue;
        const input = await sharp(pageFiles[p - 1]).resize(pageWidth, pageHeight, { fit: "fill" }).toBuffer();
        composites.push({ input, left: x + dx, top: y });
      }
    }),
  );
  await sharp({ create: { width, height, channels: 3, background: "#6b6b6b" } }).composite(composites).png().toFile(out);
}
