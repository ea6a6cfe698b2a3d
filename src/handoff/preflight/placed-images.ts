/**
 * Every image drawn on every page of a PDF, where it is and how flat it is (flat-image.ts), read with
 * MuPDF: its device reports each drawn image with its matrix, and decodes it whatever its encoding
 * or Decode array, as a printer's RIP would.
 */
import type { Box } from "../boxes.js";
import { flatness, type FlatFigures } from "./flat-image.js";

export interface PlacedImage {
  page: number;
  widthPx: number;
  heightPx: number;
  /** Where it is drawn, PDF points from the top left of the page. */
  topLeftBox: Box;
  flat: FlatFigures;
}

export async function placedImages(pdf: Uint8Array): Promise<PlacedImage[]> {
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(pdf, "application/pdf");
  const out: PlacedImage[] = [];
  const seen = new Map<string, FlatFigures>();
  try {
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const drawn: { image: InstanceType<typeof mupdf.Image>; ctm: number[] }[] = [];
      const device = new mupdf.Device({ fillImage: (image, ctm) => void drawn.push({ image, ctm: [...ctm] }) });
      page.run(device, mupdf.Matrix.identity);
      device.close();
      for (const { image, ctm } of drawn) {
        const box = mupdf.Rect.transform([0, 0, 1, 1], ctm as [number, number, number, number, number, number]) as Box;
        const key = `${image.getWidth()}x${image.getHeight()}:${image.pointer}`;
        let flat = seen.get(key);
        if (!flat) {
          const pix = image.toPixmap();
          try {
            const n = Math.round(pix.getStride() / pix.getWidth()); // bytes per pixel, alpha included
            const cmyk = pix.getColorSpace()?.isCMYK() ?? false;
            flat = flatness(pix.getPixels(), pix.getWidth(), pix.getHeight(), n, pix.getStride(), cmyk);
          } finally {
            pix.destroy();
          }
          seen.set(key, flat);
        }
        out.push({ page: i + 1, widthPx: image.getWidth(), heightPx: image.getHeight(), topLeftBox: box, flat });
      }
      page.destroy();
    }
  } finally {
    doc.destroy();
  }
  return out;
}
