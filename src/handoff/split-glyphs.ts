/**
 * One glyph code per text: a glyph that stands for different letters in different places gets a code
 * of its own for each, before Ghostscript. HarfBuzz draws a default-ignorable character the font does
 * not substitute (the Mongolian vowel separator U+180E in Noto Sans Mongolian) with the font's space
 * glyph at zero advance; Chromium names that glyph U+0020 in ToUnicode and U+180E in an ActualText
 * span. Ghostscript drops the spans, and one code can have only one ToUnicode entry, so words with
 * U+180E would copy out of the press PDF with a space. A new CID mapped (CIDToGIDMap) to the same
 * glyph, with the same width and its own ToUnicode entry, draws the same and reads right.
 */
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFDocument,
} from "pdf-lib";
import { BARE, glyphShows, glyphTexts, type GlyphTexts } from "./actual-text.js";
import { replaceStream } from "./content-streams.js";
import { parseToUnicode, withEntries } from "./to-unicode.js";

/** Font ref → glyph code → the texts that get a code of their own (pure). */
export function planSplits(texts: GlyphTexts): Map<string, Map<number, string[]>> {
  const plan = new Map<string, Map<number, string[]>>();
  for (const [font, byCode] of texts) {
    for (const [code, set] of byCode) {
      if (set.size < 2) continue;
      // The code keeps its bare use (named by ToUnicode) or, drawn only in spans, its first text.
      const spans = [...set].filter((t) => t !== BARE).sort();
      const moved = set.has(BARE) ? spans : spans.slice(1);
      if (!moved.length) continue;
      plan.set(font, (plan.get(font) ?? new Map()).set(code, moved));
    }
  }
  return plan;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
const utf16Hex = (text: string) => Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase();

/** The width a CIDFont's W array gives `cid`, if any. */
function widthOf(w: PDFArray | undefined, cid: number): number | undefined {
  const items = w?.asArray() ?? [];
  for (let i = 0; i < items.length; ) {
    const first = (items[i] as PDFNumber).asNumber();
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      const at = cid - first;
      if (at >= 0 && at < next.size()) return (next.get(at) as PDFNumber).asNumber();
      i += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      if (cid >= first && cid <= last) return (items[i + 2] as PDFNumber).asNumber();
      i += 3;
    }
  }
  return undefined;
}

interface FontSplit {
  /** (code, text) → new code. */
  codes: Map<string, number>;
}

/** Gives the font its new codes: CIDToGIDMap, W and ToUnicode entries. Undefined when it cannot. */
function splitFont(
  doc: PDFDocument,
  fontRef: PDFRef,
  moves: Map<number, string[]>,
  used: number,
): FontSplit | undefined {
  const font = doc.context.lookup(fontRef, PDFDict);
  const cid = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.lookup(0, PDFDict);
  const toUnicodeRef = font.get(PDFName.of("ToUnicode"));
  const toUnicode = toUnicodeRef instanceof PDFRef ? doc.context.lookup(toUnicodeRef) : undefined;
  if (!cid || cid.get(PDFName.of("Subtype")) !== PDFName.of("CIDFontType2")) return undefined;
  if (cid.get(PDFName.of("CIDToGIDMap")) !== PDFName.of("Identity")) return undefined;
  if (!(toUnicodeRef instanceof PDFRef) || !(toUnicode instanceof PDFRawStream)) return undefined;
  const cmap = Buffer.from(decodePDFRawStream(toUnicode).decode()).toString("latin1");
  const map = parseToUnicode(cmap);
  let next = Math.max(used, ...map.keys()) + 1;
  const codes = new Map<string, number>();
  const w = cid.lookupMaybe(PDFName.of("W"), PDFArray);
  const gids: number[] = [];
  for (const [code, texts] of moves) {
    for (const text of texts) {
      if (next > 0xffff) return undefined;
      codes.set(`${code}\0${text}`, next);
      gids[next] = code;
      map.set(next, utf16Hex(text));
      const width = widthOf(w, code);
      if (width !== undefined && w) {
        w.push(PDFNumber.of(next));
        w.push(doc.context.obj([width]));
      }
      next++;
    }
  }
  const bytes = Buffer.alloc(next * 2);
  for (let c = 0; c < next; c++) bytes.writeUInt16BE(gids[c] ?? c, c * 2);
  cid.set(PDFName.of("CIDToGIDMap"), doc.context.register(doc.context.flateStream(bytes)));
  doc.context.assign(toUnicodeRef, doc.context.flateStream(Buffer.from(withEntries(cmap, map), "latin1")));
  return { codes };
}

/**
 * Splits every glyph code that stands for more than one text (see above). `texts`: glyphTexts(doc),
 * read by the caller. Returns how many codes were added and, when there were any, the texts read
 * again (the new codes drawn); otherwise `texts` as given.
 */
export function splitAmbiguousGlyphs(
  doc: PDFDocument,
  texts: GlyphTexts = glyphTexts(doc),
): { added: number; texts: GlyphTexts } {
  const plan = planSplits(texts);
  if (!plan.size) return { added: 0, texts };
  const shows = [...glyphShows(doc)];
  const maxUsed = new Map<string, number>();
  for (const s of shows) maxUsed.set(s.font, Math.max(maxUsed.get(s.font) ?? 0, ...s.codes));
  const splits = new Map<string, FontSplit>();
  for (const [font, moves] of plan) {
    const [n, g] = font.split(" ").map(Number);
    const split = splitFont(doc, PDFRef.of(n, g), moves, maxUsed.get(font) ?? 0);
    if (split) splits.set(font, split);
  }
  // Each span of one glyph whose text got a code of its own draws that code.
  const edits = new Map<PDFRef, { stream: string; at: { start: number; end: number; text: string }[] }>();
  for (const s of shows) {
    const code =
      s.codes.length === 1 && s.actual ? splits.get(s.font)?.codes.get(`${s.codes[0]}\0${s.actual}`) : undefined;
    const operand = s.operands.find((o) => o.text.startsWith("<") && !o.text.startsWith("<<"));
    if (code === undefined || !operand) continue;
    const e = edits.get(s.ref) ?? { stream: s.stream, at: [] };
    e.at.push({ start: operand.start, end: operand.end, text: `<${hex4(code)}>` });
    edits.set(s.ref, e);
  }
  for (const [ref, { stream, at }] of edits) {
    let out = "";
    let from = 0;
    for (const a of at.sort((x, y) => x.start - y.start)) {
      out += stream.slice(from, a.start) + a.text;
      from = a.end;
    }
    out += stream.slice(from);
    const old = doc.context.lookup(ref);
    if (old instanceof PDFRawStream) replaceStream(doc.context, ref, old, Buffer.from(out, "latin1"));
  }
  const added = [...splits.values()].reduce((n, s) => n + s.codes.size, 0);
  return { added, texts: added ? glyphTexts(doc) : texts };
}
