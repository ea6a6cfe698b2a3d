/**
 * Line composition, proven from the press PDF: every page's printed lines (MuPDF's characters joined
 * per baseline, printed-lines.ts) judged by the rules of Chinese line breaking (line-rules.ts) and
 * headlines kept whole with their text (headline-breaks.ts). One result per fault, with its page and
 * the lines' place for the report's crop; one passing result per rule that found nothing.
 */
import type { Box } from "../boxes.js";
import { FOLIO_STRIP_MM } from "./folio-side.js";
import { MM } from "./geometry.js";
import { bodySize, headlineFaults } from "./headline-breaks.js";
import { lineRuleFaults, type LineFault, type LineFaultKind } from "./line-rules.js";
import { printedLines, readGlyphPages, type GlyphPage } from "./printed-lines.js";
import type { CheckResult } from "./types.js";

export interface CompositionPage {
  /** TrimBox and CropBox in PDF points (bottom-left origin). */
  trim: Box;
  crop: Box;
}

/** Height of the strip under the trim's head where running heads are printed (the top margin). */
export const HEAD_STRIP_MM = 20;

/** What each rule's passing result says. */
const RULES: Record<LineFaultKind, string> = {
  "line-start": "no line starts with closing punctuation",
  "line-end": "no line ends with opening punctuation",
  "mark-split": "no —— or …… split between lines",
  "number-unit": "no number parted from its unit",
  "lone-character": "no paragraph or caption leaves one character alone on its last line",
  "headline-split": "no headline split across columns or pages, or left at a column's foot",
};

/** The faults on every page (pure): the four covers get the line rules, the inner pages the headline rule too. */
export function checkLineComposition(glyphs: GlyphPage[], pages: CompositionPage[]): CheckResult[] {
  const results: CheckResult[] = [];
  const all = glyphs.map(printedLines);
  const body = bodySize(all);
  const read = all.flat().length;
  glyphs.forEach((g, i) => {
    const page = pages[i];
    const lines = all[i];
    const cover = i < 2 || i >= glyphs.length - 2;
    // The head strip's foot and the foot strip's top, from the top of the CropBox.
    const strips = {
      head: page.crop[3] - page.trim[3] + HEAD_STRIP_MM * MM,
      foot: page.crop[3] - page.trim[1] - FOLIO_STRIP_MM * MM,
    };
    const faults: LineFault[] = [
      ...lineRuleFaults(lines),
      ...(cover ? [] : headlineFaults(lines, g.images, strips, body)),
    ];
    for (const f of faults)
      results.push({
        check: f.kind,
        status: "fail",
        page: i + 1,
        pt: [f.box[0] + page.crop[0], page.crop[3] - f.box[3], f.box[2] + page.crop[0], page.crop[3] - f.box[1]],
        message: f.message,
      });
  });
  const passes = (Object.keys(RULES) as LineFaultKind[])
    .filter((k) => !results.some((r) => r.check === k))
    .map((k): CheckResult => ({ check: k, status: "pass", message: `${RULES[k]} (${read} printed lines read)` }));
  return [...results, ...passes];
}

/**
 * Reads the press PDF's characters (page cache by page key) and checks them. The rules are those of
 * Chinese text: an edition in another language (`language`, a BCP 47 tag) gets one passing result.
 */
export async function lineComposition(
  pdf: Uint8Array,
  keys: string[],
  pages: CompositionPage[],
  language: string,
): Promise<CheckResult[]> {
  if (!/^zh\b/i.test(language))
    return [{ check: "line-composition", status: "pass", message: `rules of Chinese text, not read in ${language}` }];
  return checkLineComposition(await readGlyphPages(pdf, keys), pages);
}
