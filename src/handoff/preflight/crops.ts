/**
 * A picture for every finding that needs one: the part of the page the finding is about (10 mm
 * around it), or the whole page when it has no place. Pages are rendered once each with MuPDF (the
 * document is parsed once, not once per crop) and cut with sharp; crops are kept in the page cache.
 */
import sharp from "sharp";
import type { Box } from "../boxes.js";
import { MM, toPt } from "./geometry.js";
import { mupdfPictureCache } from "../../pdf/mupdf-pages.js";
import { codeOf } from "../../pdf/page-cache.js";
import type { CheckResult } from "./types.js";

export const MAX_CROPS = 40;
const DPI = 100;

/** The finding's place in PDF points (MediaBox space), if it has one. */
export function findingBox(r: CheckResult, media: Box): Box | undefined {
  if (r.pt) return r.pt;
  if (r.px && r.dpi) return toPt(r.px, media, r.dpi);
  return undefined;
}

/** Pixel rectangle of `box` with 10 mm around it in a `dpi` render of the MediaBox (pure). */
export function cropRect(
  box: Box | undefined,
  media: Box,
  dpi: number,
): { left: number; top: number; width: number; height: number } {
  const b: Box = box ? [box[0] - 10 * MM, box[1] - 10 * MM, box[2] + 10 * MM, box[3] + 10 * MM] : media;
  const c: Box = [
    Math.max(media[0], b[0]),
    Math.max(media[1], b[1]),
    Math.min(media[2], b[2]),
    Math.min(media[3], b[3]),
  ];
  const s = dpi / 72;
  const left = Math.floor((c[0] - media[0]) * s),
    top = Math.floor((media[3] - c[3]) * s);
  return {
    left,
    top,
    width: Math.max(1, Math.ceil((c[2] - c[0]) * s)),
    height: Math.max(1, Math.ceil((c[3] - c[1]) * s)),
  };
}

/**
 * PNGs keyed by the finding's index in `results`. `keys`: the PDF's page keys (src/pdf/page-keys.ts);
 * a crop of an unchanged page at the same place comes from the page cache, and a page is rendered
 * only when one of its crops is not there.
 */
export async function cropFindings(
  pdf: Uint8Array,
  keys: string[],
  results: CheckResult[],
  media: (page: number) => Box,
): Promise<Map<number, Buffer>> {
  const wanted = results
    .flatMap((r, i) => (r.status !== "pass" && r.page !== undefined ? [{ r, i, page: r.page }] : []))
    .slice(0, MAX_CROPS);
  const out = new Map<number, Buffer>();
  if (!wanted.length) return out;
  const cache = mupdfPictureCache("crops", codeOf(import.meta.dirname, "crops"));
  const crops = wanted.map(({ r, i, page }) => {
    const m = media(page);
    const rect = cropRect(findingBox(r, m), m, DPI);
    return { i, page, rect, key: `${keys[page - 1]} ${JSON.stringify(rect)}` };
  });
  for (const c of crops) {
    const png = cache.get(c.key);
    if (png) out.set(c.i, png);
  }
  const pages = [...new Set(crops.filter((c) => !out.has(c.i)).map((c) => c.page))];
  if (!pages.length) return out;
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(pdf, "application/pdf");
  try {
    for (const page of pages) {
      const p = doc.loadPage(page - 1);
      const pix = p.toPixmap(mupdf.Matrix.scale(DPI / 72, DPI / 72), mupdf.ColorSpace.DeviceRGB, false, true);
      const raw = Buffer.from(pix.getPixels());
      const img = { width: pix.getWidth(), height: pix.getHeight(), channels: 3 as const };
      pix.destroy();
      p.destroy();
      for (const { i, rect, key } of crops.filter((c) => c.page === page && !out.has(c.i))) {
        const left = Math.min(rect.left, img.width - 1),
          top = Math.min(rect.top, img.height - 1);
        const region = {
          left,
          top,
          width: Math.min(rect.width, img.width - left),
          height: Math.min(rect.height, img.height - top),
        };
        const png = await sharp(raw, { raw: img })
          .extract(region)
          .resize({ width: 480, height: 480, fit: "inside", withoutEnlargement: true })
          .png()
          .toBuffer();
        out.set(i, png);
        cache.put(key, png);
      }
    }
  } finally {
    doc.destroy();
  }
  cache.prune();
  return out;
}
