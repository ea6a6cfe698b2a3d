/**
 * Live text at least 5 mm inside the trim: every character of the press PDF (MuPDF's structured
 * text: origin, size, advance) against each page's TrimBox. Text closer to a trim edge risks being
 * cut, or looks cut, after trimming. A character's box is its advance wide and from 0.88 em above the
 * baseline to 0.12 em below: the fonts' own bounding boxes are no guide (measured: Chromium's subset
 * of Noto Sans SC gives 月 a box three times its size, and pdftotext and MuPDF both report it).
 */
import type { Box } from "../boxes.js";
import { MM } from "./geometry.js";
import { mupdfCache, readPagesWithMupdf } from "../../pdf/mupdf-pages.js";
import { codeOf } from "../../pdf/page-cache.js";
import type { CheckResult } from "./types.js";

export interface Word {
  page: number;
  text: string;
  /** xMin, yMin, xMax, yMax in points from the top left of the page's CropBox. */
  box: Box;
}

/**
 * Every visible character with its box, in points from the top left of the page (MuPDF); a page's
 * characters are kept in the page cache under its key (src/pdf/page-keys.ts).
 */
export async function pageWords(pdf: Uint8Array, keys: string[]): Promise<Word[]> {
  const { pages } = await readPagesWithMupdf(
    pdf,
    keys,
    mupdfCache<Omit<Word, "page">[]>("words", codeOf(import.meta.dirname, "safety")),
    (_mupdf, page) => {
      const words: Omit<Word, "page">[] = [];
      const st = page.toStructuredText("preserve-whitespace");
      st.walk({
        onChar(c: string, origin: number[], _font: unknown, size: number, quad: number[]) {
          if (!c.trim()) return;
          const x0 = Math.min(quad[0], quad[4]),
            x1 = Math.max(quad[2], quad[6]);
          words.push({ text: c, box: [x0, origin[1] - 0.88 * size, x1, origin[1] + 0.12 * size] });
        },
      });
      st.destroy();
      return words;
    },
  );
  return pages.flatMap((words, i) => words.map((w) => ({ page: i + 1, ...w })));
}

export interface SafetyPage {
  /** TrimBox and CropBox in PDF points (bottom-left origin). */
  trim: Box;
  crop: Box;
}

/** Words (page by page) that come closer than `marginMm` to a trim edge or lie outside the trim. */
export function checkSafety(words: Word[], pages: SafetyPage[], marginMm = 5): CheckResult[] {
  const found = new Map<number, { words: string[]; box: Box; closest: number }>();
  for (const w of words) {
    const p = pages[w.page - 1];
    if (!p || !w.text.trim()) continue;
    // The trim in the words' coordinates (top-left origin of the CropBox).
    const t: Box = [p.trim[0] - p.crop[0], p.crop[3] - p.trim[3], p.trim[2] - p.crop[0], p.crop[3] - p.trim[1]];
    const gap = Math.min(w.box[0] - t[0], w.box[1] - t[1], t[2] - w.box[2], t[3] - w.box[3]) / MM;
    if (gap >= marginMm) continue;
    const f = found.get(w.page) ?? { words: [], box: w.box, closest: gap };
    f.words.push(w.text);
    f.box = [
      Math.min(f.box[0], w.box[0]),
      Math.min(f.box[1], w.box[1]),
      Math.max(f.box[2], w.box[2]),
      Math.max(f.box[3], w.box[3]),
    ];
    f.closest = Math.min(f.closest, gap);
    found.set(w.page, f);
  }
  const results: CheckResult[] = [...found].map(([page, f]) => {
    const p = pages[page - 1];
    const pt: Box = [f.box[0] + p.crop[0], p.crop[3] - f.box[3], f.box[2] + p.crop[0], p.crop[3] - f.box[1]];
    const where =
      f.closest < 0 ? `${(-f.closest).toFixed(1)} mm outside the trim` : `${f.closest.toFixed(1)} mm from the trim`;
    return {
      check: "safety",
      status: "fail",
      page,
      pt,
      message: `live text ${where} (needs ≥ ${marginMm} mm): "${f.words.slice(0, 12).join("")}"`,
    };
  });
  return results.length
    ? results
    : [{ check: "safety", status: "pass", message: `all live text ≥ ${marginMm} mm inside the trim` }];
}
