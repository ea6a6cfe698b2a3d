/**
 * The printed lines of a PDF page, read with MuPDF's structured text (npm `mupdf`): every character
 * with its baseline, size, face and horizontal extent, then gathered into lines as a reader sees them.
 * A PDF line is not a printed line: poppler and MuPDF both cut one printed line into pieces where
 * compressed punctuation leaves a gap (`人”` + `“贴心人”。`), and may run two columns together. So
 * characters on one baseline are joined left to right, and cut only where the gap is wider than
 * `GAP_EM` ems (a column gap, never a compressed mark). Coordinates in points from the top left of
 * the page's CropBox.
 */
import { mupdfCache, readPagesWithMupdf } from "../../pdf/mupdf-pages.js";
import { codeOf } from "../../pdf/page-cache.js";

export interface Glyph {
  c: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  /** Index into the page's `fonts`. */
  font: number;
}

export interface GlyphPage {
  fonts: string[];
  glyphs: Glyph[];
  /** Image boxes: x0, top, x1, bottom. */
  images: [number, number, number, number][];
}

export interface PrintedLine {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  /** Face names (subset prefix removed) of the line's visible characters, one per character. */
  faces: string[];
}

/** A gap between two characters on one baseline wider than this (in ems) ends a line. */
export const GAP_EM = 1.2;

const round = (n: number) => Math.round(n * 100) / 100;

/** Every page's glyphs and images, kept in the page cache under the page's key (src/pdf/page-keys.ts). */
export async function readGlyphPages(pdf: Uint8Array, keys: string[]): Promise<GlyphPage[]> {
  const cache = mupdfCache<GlyphPage>("printed-lines", codeOf(import.meta.dirname, "printed-lines"));
  const { pages } = await readPagesWithMupdf(pdf, keys, cache, (_mupdf, page) => {
    const [px0, py0] = page.getBounds();
    const st = page.toStructuredText("preserve-whitespace,preserve-images");
    const out: GlyphPage = { fonts: [], glyphs: [], images: [] };
    const fontIndex = new Map<string, number>();
    st.walk({
      onImageBlock(bbox) {
        out.images.push([round(bbox[0] - px0), round(bbox[1] - py0), round(bbox[2] - px0), round(bbox[3] - py0)]);
      },
      onChar(c, origin, font, size, quad) {
        // Only horizontal text: a rotated or vertical run has its corners elsewhere.
        if (Math.abs(quad[1] - quad[3]) > 0.01 * size) return;
        const name = font.getName().replace(/^[A-Z]{6}\+/, "");
        let f = fontIndex.get(name);
        if (f === undefined) {
          f = out.fonts.length;
          fontIndex.set(name, f);
          out.fonts.push(name);
        }
        out.glyphs.push({
          c,
          x0: round(Math.min(quad[0], quad[4]) - px0),
          x1: round(Math.max(quad[2], quad[6]) - px0),
          baseline: round(origin[1] - py0),
          size: round(size),
          font: f,
        });
      },
    });
    st.destroy();
    return out;
  });
  return pages;
}

/** The page's printed lines, top to bottom and left to right (pure). */
export function printedLines(page: GlyphPage): PrintedLine[] {
  const rows: Glyph[][] = [];
  // Content order breaks ties: a ligature's second character has no width and sits where the next begins.
  const order = new Map(page.glyphs.map((g, i) => [g, i]));
  const byX = (a: Glyph, b: Glyph) =>
    Math.abs(a.x0 - b.x0) > 0.05 ? a.x0 - b.x0 : (order.get(a) ?? 0) - (order.get(b) ?? 0);
  for (const g of [...page.glyphs].sort((a, b) => a.baseline - b.baseline || byX(a, b))) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].baseline - g.baseline) < 0.5) row.push(g);
    else rows.push([g]);
  }
  const lines: PrintedLine[] = [];
  for (const row of rows) {
    row.sort(byX);
    let cur: Glyph[] = [];
    const flush = () => {
      const visible = cur.filter((g) => g.c.trim());
      if (visible.length)
        lines.push({
          text: cur
            .map((g) => g.c)
            .join("")
            .trim(),
          x0: visible[0].x0,
          x1: Math.max(...visible.map((g) => g.x1)),
          baseline: visible[0].baseline,
          size: Math.max(...visible.map((g) => g.size)),
          faces: visible.map((g) => page.fonts[g.font]),
        });
      cur = [];
    };
    for (const g of row) {
      const last = cur.at(-1);
      const em = Math.max(g.size, last?.size ?? 0);
      if (last && g.x0 - last.x1 > GAP_EM * em) flush();
      cur.push(g);
    }
    flush();
  }
  return lines;
}
