/**
 * A small PDF for the line-composition check (pdf-lib): text drawn where a page would print it, in
 * Noto Serif SC (body) and Noto Sans SC Bold (headlines) from @fontsource, each character in the
 * WOFF file whose unicode-range holds it. Pages are 210 × 285 mm with 3 mm bleed, two columns of
 * 9.5 pt body text on a 15.75 pt leading. `linePage` lays out lines as given: the faults are in the
 * text itself (a line that starts with "，"), never in how the check is called.
 */
import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { parseFaces } from "../../src/handoff/proof-stamp.js";

const require = createRequire(import.meta.url);
const MM = 72 / 25.4;
const BLEED = 3 * MM;
export const BODY = 9.5;
export const LEADING = 15.75;
/** Left edges of the two columns and their width (pt from the trim's left edge), and the type area's top. */
export const COLUMNS = [19 * MM, 19 * MM + 86 * MM] as const;
export const MEASURE = 16 * BODY;
export const TOP = 30 * MM;

export type Face = "serif" | "sans-bold";

/** One line as printed: its text, column, line number from the type area's top, and face and size. */
export interface Line {
  text: string;
  column: 0 | 1;
  line: number;
  face?: Face;
  size?: number;
  /** Indent in ems (a paragraph's first line: 2). */
  indent?: number;
}

const files = (face: Face) => {
  const css = require.resolve(`@fontsource/${face === "serif" ? "noto-serif-sc/400" : "noto-sans-sc/700"}.css`);
  return parseFaces(readFileSync(css, "utf8"), path.join(path.dirname(css), "files"));
};

export class LinePdf {
  private fonts = new Map<string, PDFFont>();
  private constructor(private doc: PDFDocument) {}

  static async create(): Promise<LinePdf> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    return new LinePdf(doc);
  }

  private async font(face: Face, ch: string): Promise<PDFFont> {
    const cp = ch.codePointAt(0) ?? 0x3f;
    const f = files(face).find((x) => x.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!f) throw new Error(`no ${face} face covers ${ch}`);
    let font = this.fonts.get(f.file);
    if (!font) {
      font = await this.doc.embedFont(readFileSync(f.file), { subset: true });
      this.fonts.set(f.file, font);
    }
    return font;
  }

  /** A page with `lines` set full-width characters one em apart. */
  async page(lines: Line[]): Promise<PDFPage> {
    const page = this.doc.addPage([210 * MM + 2 * BLEED, 285 * MM + 2 * BLEED]);
    page.setTrimBox(BLEED, BLEED, 210 * MM, 285 * MM);
    page.setBleedBox(0, 0, 210 * MM + 2 * BLEED, 285 * MM + 2 * BLEED);
    for (const l of lines) {
      const size = l.size ?? BODY;
      let x = BLEED + COLUMNS[l.column] + (l.indent ?? 0) * size;
      const y = BLEED + 285 * MM - TOP - l.line * LEADING;
      for (const ch of l.text) {
        const font = await this.font(l.face ?? "serif", ch);
        page.drawText(ch, { x, y, size, font, color: rgb(0, 0, 0) });
        x += /[\x20-\x7e]/.test(ch) ? font.widthOfTextAtSize(ch, size) : size;
      }
    }
    return page;
  }

  save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}

/** Body text of `n` characters (a full line at the fixture's measure is 16). */
export const body = (n: number, from = 0): string => {
  const text =
    "新疆各级党组织认真学习贯彻总书记重要讲话精神完整准确贯彻新时代党的治疆方略牢牢扭住社会稳定和长治久安总目标";
  return [...text.repeat(4)].slice(from, from + n).join("");
};
