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
  /** Top slug line and, optionally, bottom slug line. */
  top: string;
  bottom?: string;
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
    lines.flatMap((l) => [l.top, l.bottom ?? ""]),
  );
  const pages = doc.getPages();
  for (const l of lines) {
    const page = pages[l.page - 1];
    if (!page) continue;
    const bleed = page.getBleedBox();
    draw(page, l.top, bleed.x, bleed.y + bleed.height + 3, fonts);
    if (l.bottom) draw(page, l.bottom, bleed.x, bleed.y - 9, fonts);
  }
}

function draw(page: PDFPage, text: string, x: number, y: number, fonts: Map<string, PDFFont>): void {
  const size = 6.5;
  const media = page.getMediaBox();
  if (y < media.y + 1 || y > media.y + media.height - size) return;
  drawTextRuns(page, text, { x, y, size, color: cmyk(0, 0, 0, 1) }, fonts);
}
