/**
 * Proves by rendering, not by the text layer, that a page is set in vertical lines of joined
 * letters. The page is drawn in grey (MuPDF, 100 dpi), photos masked out, and the ink's runs are
 * measured: a joined Mongolian word draws one unbroken stem down its length, so vertical lines of
 * joined text give many vertical ink runs of 1.5 em or more and no horizontal ones. Horizontal lines
 * give the opposite (the stems lie across); letters set apart (isolated forms) give neither.
 * Measured on Article 1 of the declaration at 10 pt: 20 long vertical runs and 0 horizontal ones set
 * vertically; 0 and 20 set horizontally; 0 and 0 with the letters isolated.
 */
import { readFile } from "node:fs/promises";
import { FolioError } from "../../../contract/errors.js";

const DPI = 100;
/** A stem: an ink run this many ems long. */
export const STEM_EM = 1.5;

export interface InkMeasure {
  /** Vertical ink runs of STEM_EM or more (stems), and horizontal ones (rules across the page left out). */
  stems: number;
  bars: number;
}

/** Measures a grey image (one byte a pixel, w × h), `em` pixels an em, outside the `masks` rectangles. */
export function measureInk(
  px: Uint8Array | Uint8ClampedArray,
  w: number,
  h: number,
  em: number,
  masks: number[][] = [],
): InkMeasure {
  const masked = new Uint8Array(w * h);
  for (const [x0, y0, x1, y1] of masks)
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++)
      masked.fill(1, y * w + Math.max(0, Math.floor(x0)), y * w + Math.min(w, Math.ceil(x1)));
  const ink = (x: number, y: number) => !masked[y * w + x] && px[y * w + x] < 128;
  const long = em * STEM_EM;
  let stems = 0;
  let bars = 0;
  for (let x = 0; x < w; x++) {
    let run = 0;
    for (let y = 0; y <= h; y++) {
      if (y < h && ink(x, y)) run++;
      else {
        if (run >= long) stems++;
        run = 0;
      }
    }
  }
  for (let y = 0; y < h; y++) {
    let run = 0;
    let row = 0;
    for (let x = 0; x < w; x++) if (ink(x, y)) row++;
    if (row > 0.4 * w) continue; // a rule across the page (the rule between tiers)
    for (let x = 0; x <= w; x++) {
      if (x < w && ink(x, y)) run++;
      else {
        if (run >= long) bars++;
        run = 0;
      }
    }
  }
  return { stems, bars };
}

export const isVerticalJoined = (m: InkMeasure): boolean => m.stems >= 10 && m.stems >= 4 * m.bars;

/** Draws PDF page `index` and measures it; throws unless its text is set in vertical lines of joined letters. */
export async function proveVerticalText(
  pdfFile: string,
  index: number,
  bodyPt: number,
): Promise<InkMeasure & { summary: string }> {
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(await readFile(pdfFile), "application/pdf");
  try {
    const page = doc.loadPage(index);
    const s = DPI / 72;
    const blocks = (
      JSON.parse(page.toStructuredText("preserve-images").asJSON()) as {
        blocks: { type: string; bbox: { x: number; y: number; w: number; h: number } }[];
      }
    ).blocks;
    const masks = blocks
      .filter((b) => b.type === "image")
      .map(({ bbox: b }) => [b.x * s, b.y * s, (b.x + b.w) * s, (b.y + b.h) * s]);
    const pix = page.toPixmap([s, 0, 0, s, 0, 0], mupdf.ColorSpace.DeviceGray, false);
    const measure = measureInk(pix.getPixels(), pix.getWidth(), pix.getHeight(), bodyPt * s, masks);
    pix.destroy();
    const summary = `${measure.stems} vertical stems of ${STEM_EM} em or more, ${measure.bars} horizontal`;
    if (!isVerticalJoined(measure))
      throw new FolioError({
        file: pdfFile,
        message: `PDF page ${index + 1} is not set in vertical lines of joined letters: ${summary} (need ≥ 10, and 4 times the horizontal)`,
      });
    return { ...measure, summary };
  } finally {
    doc.destroy();
  }
}
