/**
 * The letters a glyph stands for, as the print PDF itself says: Chromium wraps each shaped glyph of
 * a cursive script in a marked-content span with /ActualText (`/Span <</ActualText <feff06d5>>> BDC
 * <030d> Tj EMC`), since its ToUnicode map can only name the glyph by the font's own cmap (the final
 * form of ە is the glyph of ﻪ, U+FEEA, in UKIJ Tuz and Noto Naskh Arabic alike). Ghostscript 10.0 drops
 * marked content, so the press PDF keeps only the ToUnicode map; giving each glyph the letters its
 * spans say (where, in this document, it always stands for the same letters) keeps its text.
 */
import { PDFDict, PDFName, PDFRef, decodePDFRawStream, type PDFDocument, PDFRawStream } from "pdf-lib";
import { pageContentRefs } from "./content-streams.js";
import { tokenize, type Token } from "./content-tokens.js";

/**
 * Font ref (as "n gen R") → glyph code → the texts its ActualText spans give it; a code also drawn
 * outside any span (its ToUnicode entry then names it) has the empty text among them.
 */
export type GlyphTexts = Map<string, Map<number, Set<string>>>;

/** The text of a glyph drawn outside any ActualText span. */
export const BARE = "";

function decodeHexText(hex: string): string {
  const h = hex.replace(/[<>\s]/g, "");
  const bytes = Buffer.from(h.length % 2 ? `${h}0` : h, "hex");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  return bytes.toString("latin1");
}

/** Glyph codes of a Tj operand or a TJ array's strings (two-byte codes: Identity-H). */
function codesOf(operands: string[]): number[] {
  const codes: number[] = [];
  for (const o of operands) {
    if (!o.startsWith("<") || o.startsWith("<<")) continue;
    const h = o.slice(1, -1).replace(/\s/g, "");
    for (let i = 0; i + 4 <= h.length; i += 4) codes.push(parseInt(h.slice(i, i + 4), 16));
  }
  return codes;
}

/** One text-showing operator (Tj or TJ) as drawn: its font, its glyph codes and the span it is in. */
export interface GlyphShow {
  /** The font dictionary's ref, as "n gen R". */
  font: string;
  codes: number[];
  /** The innermost ActualText span's text, BARE outside any, null inside a span without one. */
  actual: string | null;
  /** The content stream, its text (latin1) and the operand tokens of the operator. */
  ref: PDFRef;
  operands: Token[];
}

/** Every Tj and TJ of every page's content streams, in order, with the fonts the page names. */
export function* glyphShows(doc: PDFDocument): Generator<GlyphShow & { stream: string }> {
  const pages = doc.getPages();
  for (let i = 0; i < pages.length; i++) {
    const fonts = pages[i].node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
    const refOf = (name: string) => {
      const r = fonts?.get(PDFName.of(name.slice(1)));
      return r instanceof PDFRef ? r.toString() : undefined;
    };
    for (const ref of pageContentRefs(doc, i)) {
      const obj = doc.context.lookup(ref);
      if (!(obj instanceof PDFRawStream)) continue;
      const stream = Buffer.from(decodePDFRawStream(obj).decode()).toString("latin1");
      let font: string | undefined;
      const spans: (string | null)[] = [];
      let operands: Token[] = [];
      for (const t of tokenize(stream)) {
        if (t.kind !== "operator") {
          operands.push(t);
          continue;
        }
        const texts = operands.map((o) => o.text);
        if (t.text === "Tf") font = refOf(texts[0] ?? "");
        else if (t.text === "BDC") {
          const at = texts.indexOf("/ActualText");
          spans.push(at >= 0 && texts[at + 1]?.startsWith("<") ? decodeHexText(texts[at + 1]) : null);
        } else if (t.text === "BMC") spans.push(null);
        else if (t.text === "EMC") spans.pop();
        else if ((t.text === "Tj" || t.text === "TJ") && font) {
          const actual = spans.some((a) => a) ? (spans[spans.length - 1] ?? null) : BARE;
          yield { font, codes: codesOf(texts), actual, ref, operands, stream };
        }
        operands = [];
      }
    }
  }
}

export function glyphTexts(doc: PDFDocument): GlyphTexts {
  const out: GlyphTexts = new Map();
  for (const { font, codes, actual } of glyphShows(doc)) {
    const byCode = out.get(font) ?? new Map<number, Set<string>>();
    const add = (code: number, text: string) => byCode.set(code, (byCode.get(code) ?? new Set()).add(text));
    // Only a span of one glyph tells what that glyph stands for; a glyph drawn bare is named by ToUnicode
    // (one glyph of a font may stand for a space there and for U+180E in a span: split-glyphs.ts).
    if (actual === BARE) for (const c of codes) add(c, BARE);
    else if (actual && codes.length === 1) add(codes[0], actual);
    if (byCode.size) out.set(font, byCode);
  }
  return out;
}
