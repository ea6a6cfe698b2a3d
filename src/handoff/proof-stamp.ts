/**
 * The proof's marks, outside the bleed (in the slug, where crop marks are): "校样 · 非印刷用" (proof, not
 * for printing) with the issue and the page's printed name on every page, and for a draft "草稿 ·
 * draft" with each placeholder listed on its own page. Set in Noto Sans SC Bold from @fontsource
 * (WOFF files chosen per character by their unicode-range, embedded as subsets).
 */
import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cmyk, type Color, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { InternalError } from "../contract/errors.js";

const require = createRequire(import.meta.url);
export const PROOF_MARK = "校样 · 非印刷用";

interface FontFile {
  file: string;
  ranges: [number, number][];
}

let faces: FontFile[] | undefined;

/** @font-face blocks of a fontsource CSS: WOFF file and unicode-range (pure). */
export function parseFaces(css: string, dir: string): FontFile[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const woff = /url\(\.\/files\/([^)]+\.woff)\)\s*format\(['"]woff['"]\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!woff || !range) return [];
    const ranges = range
      .split(",")
      .map(
        (r) =>
          r
            .trim()
            .replace(/^U\+/i, "")
            .split("-")
            .map((h) => parseInt(h, 16)) as number[],
      )
      .map(([a, b]) => [a, b ?? a] as [number, number]);
    return [{ file: path.join(dir, woff), ranges }];
  });
}

function fontFaces(): FontFile[] {
  if (!faces) {
    const css = require.resolve("@fontsource/noto-sans-sc/700.css");
    faces = parseFaces(readFileSync(css, "utf8"), path.join(path.dirname(css), "files"));
  }
  return faces;
}

const faceByCodePoint = new Map<number, FontFile | undefined>();
/** The face whose unicode-range holds `cp` (the first one, as a browser picks), looked up once per code point. */
function faceOf(cp: number): FontFile | undefined {
  if (!faceByCodePoint.has(cp))
    faceByCodePoint.set(
      cp,
      fontFaces().find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b)),
    );
  return faceByCodePoint.get(cp);
}

/** Splits text into runs set in one font file each (pure apart from the font table). */
function runs(text: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const ch of text) {
    // A string's iterator yields whole code points, never an empty string.
    const face = faceOf(ch.codePointAt(0) ?? 0x3f) ?? faceOf(0x3f);
    if (!face) throw new InternalError('proof marks: no Noto Sans SC face covers "?"');
    const last = out.at(-1);
    if (last && last.file === face.file) last.text += ch;
    else out.push({ file: face.file, text: ch });
  }
  return out;
}

export interface ProofLine {
  /** 1-based page. */
  page: number;
  /** Top slug line (left of the centre register mark) and, optionally, the bottom one and their right halves. */
  top: string;
  topRight?: string;
  bottom?: string;
  bottomRight?: string;
}

/** Embeds the Noto Sans SC Bold subsets that `texts` need (one font per unicode-range file). */
export async function embedTextFonts(doc: PDFDocument, texts: string[]): Promise<Map<string, PDFFont>> {
  doc.registerFontkit(fontkit);
  const files = new Set(texts.flatMap((t) => runs(t).map((r) => r.file)));
  const fonts = new Map<string, PDFFont>();
  for (const f of files) fonts.set(f, await doc.embedFont(readFileSync(f), { subset: true }));
  return fonts;
}

/** Draws mixed CJK/Latin text in the fonts embedTextFonts made; returns the width drawn. */
export function drawTextRuns(
  page: PDFPage,
  text: string,
  o: { x: number; y: number; size: number; color: Color },
  fonts: Map<string, PDFFont>,
): number {
  let x = o.x;
  for (const r of runs(text)) {
    const font = fonts.get(r.file);
    if (!font) throw new InternalError(`proof marks: ${r.file} was not embedded (embedTextFonts) before drawing`);
    page.drawText(r.text, { x, y: o.y, size: o.size, font, color: o.color });
    x += font.widthOfTextAtSize(r.text, o.size);
  }
  return x - o.x;
}

export async function stampProof(doc: PDFDocument, lines: ProofLine[]): Promise<void> {
  const fonts = await embedTextFonts(
    doc,
    lines.flatMap((l) => [l.top, l.topRight ?? "", l.bottom ?? "", l.bottomRight ?? "", "…"]),
  );
  const pages = doc.getPages();
  for (const l of lines) {
    const page = pages[l.page - 1];
    if (!page) continue;
    const bleed = page.getBleedBox();
    const top = bleed.y + bleed.height + 3,
      bottom = bleed.y - 9;
    draw(page, l.top, "left", top, fonts);
    if (l.topRight) draw(page, l.topRight, "right", top, fonts);
    if (l.bottom) draw(page, l.bottom, "left", bottom, fonts);
    if (l.bottomRight) draw(page, l.bottomRight, "right", bottom, fonts);
  }
}

const MM = 72 / 25.4;
/** Room left clear each side of the page's centre line for the register marks. */
const CENTRE_CLEAR = 8 * MM;

/**
 * Draws a slug line in one half of the page's width: from 4 mm inside the trim's left edge (clear of
 * the crop marks) to the centre register mark, or from it to 4 mm inside the right edge; a line too
 * long for its half is set smaller (down to 5 pt), then cut with "…".
 */
function draw(page: PDFPage, text: string, half: "left" | "right", y: number, fonts: Map<string, PDFFont>): void {
  const media = page.getMediaBox();
  const trim = page.getTrimBox();
  const centre = trim.x + trim.width / 2;
  const [x0, x1] =
    half === "left" ? [trim.x + 4 * MM, centre - CENTRE_CLEAR] : [centre + CENTRE_CLEAR, trim.x + trim.width - 4 * MM];
  let size = 6.5;
  if (y < media.y + 1 || y > media.y + media.height - size) return;
  const width = (t: string, s: number) => widthOfRuns(t, s, fonts);
  while (size > 5 && width(text, size) > x1 - x0) size -= 0.25;
  let fitted = text;
  while (fitted.length > 1 && width(fitted, size) > x1 - x0) fitted = `${[...fitted].slice(0, -2).join("")}…`;
  drawTextRuns(page, fitted, { x: x0, y, size, color: cmyk(0, 0, 0, 1) }, fonts);
}

function widthOfRuns(text: string, size: number, fonts: Map<string, PDFFont>): number {
  return runs(text).reduce((w, r) => w + (fonts.get(r.file)?.widthOfTextAtSize(r.text, size) ?? 0), 0);
}
