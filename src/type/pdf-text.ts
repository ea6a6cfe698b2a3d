/**
 * Text lines and images of a PDF as MuPDF reads them (npm `mupdf`): every line with its characters'
 * baseline, size and font, every image's box. The type report works on this alone, never on the
 * HTML or CSS that made the PDF. Coordinates in points, origin top-left.
 */
import { readFile } from "node:fs/promises";
import { mupdfCache, readPagesWithMupdf } from "../pdf/mupdf-pages.js";
import { codeOf } from "../pdf/page-cache.js";
import { readPageKeys } from "../pdf/page-keys.js";

export interface PdfChar {
  c: string;
  x: number;
  size: number;
}

export interface PdfLine {
  text: string;
  chars: PdfChar[];
  /** Baseline (y of the first character's origin). */
  baseline: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size and name of the first character. */
  size: number;
  font: string;
}

export interface PdfPage {
  index: number;
  width: number;
  height: number;
  lines: PdfLine[];
  images: { x0: number; y0: number; x1: number; y1: number }[];
}

/**
 * Every page's lines and images; a page's are kept in the page cache under its key
 * (src/pdf/page-keys.ts; read from the file when not given).
 */
export async function readPdfLines(file: string, keys?: string[]): Promise<PdfPage[]> {
  const bytes = await readFile(file);
  const cache = mupdfCache<Omit<PdfPage, "index">>("type-lines", codeOf(import.meta.dirname, "pdf-text"));
  const { pages } = await readPagesWithMupdf(bytes, keys ?? (await readPageKeys(file)), cache, (_mupdf, page) => {
    const [px0, py0, px1, py1] = page.getBounds();
    const st = page.toStructuredText("preserve-whitespace,preserve-images");
    const lines: PdfLine[] = [];
    const images: PdfPage["images"] = [];
    let cur: { chars: PdfChar[]; baseline: number; font: string; bbox: number[] } | undefined;
    st.walk({
      onImageBlock(bbox) {
        images.push({ x0: bbox[0] - px0, y0: bbox[1] - py0, x1: bbox[2] - px0, y1: bbox[3] - py0 });
      },
      beginLine(bbox) {
        cur = { chars: [], baseline: NaN, font: "", bbox: [...bbox] };
      },
      onChar(c, origin, font, size) {
        if (!cur) return;
        if (!cur.chars.length) {
          cur.baseline = origin[1] - py0;
          cur.font = font.getName();
        }
        cur.chars.push({ c, x: origin[0] - px0, size });
      },
      endLine() {
        if (cur?.chars.length) {
          const [x0, top, x1, bottom] = cur.bbox;
          const text = cur.chars.map((ch) => ch.c).join("");
          lines.push({
            text,
            chars: cur.chars,
            baseline: cur.baseline,
            x0: x0 - px0,
            x1: x1 - px0,
            top: top - py0,
            bottom: bottom - py0,
            size: cur.chars[0].size,
            font: cur.font,
          });
        }
        cur = undefined;
      },
    });
    st.destroy();
    return { width: px1 - px0, height: py1 - py0, lines, images };
  });
  return pages.map((p, index) => ({ index, ...p }));
}
