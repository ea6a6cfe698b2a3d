/**
 * Every image drawn on every page of a PDF, where it is and how flat it is (flat-image.ts), read with
 * MuPDF: its device reports each drawn image with its matrix, and decodes it whatever its encoding
 * or Decode array, as a printer's RIP would. What a page showed is kept in the page cache
 * (src/pdf/page-cache.ts) under the page's key: a rebuild runs only the pages that changed.
 */
import type { Box } from "../boxes.js";
import { flatness, type FlatFigures } from "./flat-image.js";
import { mupdfCache, readPagesWithMupdf } from "../../pdf/mupdf-pages.js";
import { codeOf } from "../../pdf/page-cache.js";

export interface PlacedImage {
  page: number;
  widthPx: number;
  heightPx: number;
  /** Where it is drawn, PDF points from the top left of the page. */
  topLeftBox: Box;
  flat: FlatFigures;
}

/** `keys`: the page keys of the PDF (src/pdf/page-keys.ts), one per page. */
export async function placedImages(pdf: Uint8Array, keys: string[]): Promise<PlacedImage[]> {
  const { pages } = await readPagesWithMupdf(
    pdf,
    keys,
    mupdfCache<Omit<PlacedImage, "page">[]>(
      "placed-images",
      codeOf(import.meta.dirname, "placed-images", "flat-image"),
    ),
    (mupdf, page) => {
      const onPage: Omit<PlacedImage, "page">[] = [];
      const drawn: { image: InstanceType<typeof mupdf.Image>; ctm: number[] }[] = [];
      const device = new mupdf.Device({ fillImage: (image, ctm) => void drawn.push({ image, ctm: [...ctm] }) });
      page.run(device, mupdf.Matrix.identity);
      device.close();
      const seen = new Map<string, FlatFigures>();
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
        onPage.push({ widthPx: image.getWidth(), heightPx: image.getHeight(), topLeftBox: box, flat });
      }
      return onPage;
    },
  );
  return pages.flatMap((onPage, i) => onPage.map((img) => ({ page: i + 1, ...img })));
}
