/**
 * ToUnicode CMaps: what makes the press PDF's text copy out as the print PDF's does.
 *
 * Measured with Ghostscript 10.0 on the 2022-08 print PDF: about four 10-character runs in five
 * copied out wrong from its press PDF. gs keeps every glyph code (Identity-H CIDs) but rewrites the
 * ToUnicode maps, and gets two things wrong: bfrange entries (`<000E> <000F> <4E8B>` came out as
 * `<000e>` → U+00CF) and destinations of more than one character (`<20142014>`, "——", came out as
 * `<20141414>`). So: before gs every bfrange is written out as bfchar entries (expandBfRanges), and
 * after gs each font gets the source font's map back (restoreToUnicode), the source font being the
 * one whose mappings agree with every single-character entry gs wrote. A font whose every entry is
 * more than one UTF-16 unit (a rare-character face holding only characters beyond U+FFFF, such as
 * U+20BB7: gs garbled its surrogate pairs) has no entry to agree on: it takes the one source font of
 * its name that has all its codes, when there is exactly one.
 */
import { PDFDict, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument } from "pdf-lib";
import { BARE, glyphTexts, type GlyphTexts } from "./actual-text.js";

/** code → UTF-16BE hex of its text (pure). */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(parseInt(m[1], 16), m[2].toUpperCase());
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1], 16),
        hi = parseInt(m[2], 16);
      if (hi < lo || hi - lo > 0xffff) continue;
      if (m[3].startsWith("[")) {
        const items = [...m[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1].toUpperCase());
        items.forEach((d, i) => lo + i <= hi && map.set(lo + i, d));
      } else {
        const d = m[3].slice(1, -1);
        const base = BigInt(`0x${d}`);
        for (let c = lo; c <= hi; c++)
          map.set(c, (base + BigInt(c - lo)).toString(16).toUpperCase().padStart(d.length, "0"));
      }
    }
  }
  return map;
}

/** The same CMap with every bfrange written out as bfchar entries, at most 100 per block (pure). */
export function expandBfRanges(cmap: string): string {
  return cmap.replace(/\d+\s+beginbfrange[\s\S]*?endbfrange/g, (block) => {
    return bfcharBlocks([...parseToUnicode(`${block.replace(/^\d+\s+/, "")}`)]);
  });
}

/** code → destination entries as bfchar blocks of at most 100, in the order given (pure). */
function bfcharBlocks(entries: [number, string][]): string {
  const lines = entries.map(([c, d]) => `<${c.toString(16).toUpperCase().padStart(4, "0")}> <${d}>`);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 100) {
    const part = lines.slice(i, i + 100);
    out.push(`${part.length} beginbfchar\n${part.join("\n")}\nendbfchar`);
  }
  return out.join("\n");
}

interface FontMap {
  base: string;
  /** The font dictionary. */
  font: PDFRef;
  /** Its ToUnicode stream. */
  ref: PDFRef;
  cmap: string;
  map: Map<number, string>;
}

/** Every font with a ToUnicode stream: its name without the subset tag, and its map. */
function fontMaps(doc: PDFDocument): FontMap[] {
  const out: FontMap[] = [];
  for (const [font, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const ref = obj.get(PDFName.of("ToUnicode"));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    const name = obj.get(PDFName.of("BaseFont"));
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream) || !(name instanceof PDFName)) continue;
    const cmap = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    out.push({ base: name.decodeText().replace(/^[A-Z]{6}\+/, ""), font, ref, cmap, map: parseToUnicode(cmap) });
  }
  return out;
}

/** Writes every bfrange of every ToUnicode map out as bfchar entries; returns how many maps changed. */
export function expandToUnicodeInDocument(doc: PDFDocument): number {
  let n = 0;
  const done = new Set<PDFRef>();
  for (const f of fontMaps(doc)) {
    if (done.has(f.ref) || !/beginbfrange/.test(f.cmap)) continue;
    done.add(f.ref);
    doc.context.assign(f.ref, doc.context.flateStream(Buffer.from(expandBfRanges(f.cmap), "latin1")));
    n++;
  }
  return n;
}

export interface SourceMaps {
  /** `map`: the source's ToUnicode (what gs's map is matched against); `cmap`: the map to give back. */
  fonts: SourceFont[];
}

export interface SourceFont {
  base: string;
  cmap: string;
  map: Map<number, string>;
  /** Glyph code → the letters the source's ActualText spans always give it (cursive scripts only). */
  actual?: Map<number, string>;
}

/**
 * Each font's map, with the letters the source's ActualText spans give a glyph wherever they always
 * give it the same letters (src/handoff/actual-text.ts): the map the press PDF gets back. `spans`:
 * glyphTexts(doc), when the caller has read them already.
 */
export function sourceMaps(doc: PDFDocument, spans: GlyphTexts = glyphTexts(doc)): SourceMaps {
  return {
    fonts: fontMaps(doc).map(({ base, font, cmap, map }) => {
      const actual = new Map<number, string>();
      for (const [code, texts] of spans.get(font.toString()) ?? [])
        if (texts.size === 1 && !texts.has(BARE))
          actual.set(
            code,
            Buffer.from([...texts][0], "utf16le")
              .swap16()
              .toString("hex")
              .toUpperCase(),
          );
      return actual.size ? { base, cmap, map, actual } : { base, cmap, map };
    }),
  };
}

/** A CMap with the given entries, written as bfchar blocks of at most 100 (pure). */
export function withEntries(cmap: string, map: Map<number, string>): string {
  const blocks = bfcharBlocks([...map].sort(([a], [b]) => a - b));
  const first = cmap.search(/\d+\s+begin(bfchar|bfrange)/);
  const last = Math.max(cmap.lastIndexOf("endbfchar"), cmap.lastIndexOf("endbfrange"));
  if (first < 0 || last < 0) return cmap;
  return `${cmap.slice(0, first)}${blocks}${cmap.slice(last + "endbfchar".length)}`;
}

/** UTF-16BE hex → text, compatibility-normalised (NFKC). */
function textOf(hex: string): string {
  return Buffer.from(hex, "hex").swap16().toString("utf16le").normalize("NFKC");
}

/**
 * Agreement of gs's map with a source map: -1 on any single-character disagreement (pure). gs names a
 * shaped Arabic glyph by the presentation form the font's cmap gives it (U+FE8B) where the source says
 * the letter (U+0626): the same text once compatibility-normalised, so that agrees.
 */
export function agreement(
  written: Map<number, string>,
  source: Map<number, string>,
  actual?: Map<number, string>,
): number {
  let score = 0;
  for (const [code, text] of written) {
    const want = source.get(code);
    // A glyph the source names by ActualText (its ToUnicode may lack it or name another letter): gs's
    // guess is no evidence; nor is a glyph of a cursive face's subset the source never drew (gs names
    // every glyph of the subset, Chromium only those its text maps).
    if (actual?.has(code) || (actual && want === undefined)) continue;
    if (want === undefined) return -1;
    if (text.length !== 4) continue; // gs garbles multi-character destinations and surrogate pairs
    if (want !== text && textOf(want) !== textOf(text)) return -1;
    score++;
  }
  return score;
}

/** Gives each font of the converted PDF its source font's ToUnicode map; returns counts. */
export function restoreToUnicode(doc: PDFDocument, source: SourceMaps): { fonts: number; restored: number } {
  let restored = 0;
  const fonts = fontMaps(doc);
  for (const f of fonts) {
    let best: SourceMaps["fonts"][number] | undefined;
    let bestScore = 0;
    const fitting: SourceMaps["fonts"] = [];
    const same = source.fonts.filter((s) => s.base === f.base);
    // gs may write two subsets of one face as one font: then the subsets together are its source.
    for (const s of same.length > 1 ? [...same, unionOf(same)] : same) {
      if (!s) continue;
      const score = agreement(f.map, s.map, s.actual);
      if (score >= 0 && same.includes(s)) fitting.push(s);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (!best && fitting.length === 1 && f.map.size > 0) best = fitting[0];
    if (!best) continue;
    // With ActualText: gs's entries, under the source's map, under the letters the spans say.
    const cmap = best.actual ? withEntries(best.cmap, new Map([...f.map, ...best.map, ...best.actual])) : best.cmap;
    doc.context.assign(f.ref, doc.context.flateStream(Buffer.from(lettersNotForms(cmap), "latin1")));
    restored++;
  }
  return { fonts: fonts.length, restored };
}

/** Several sources of one face as one: their maps together, where they never disagree (else undefined). */
function unionOf(fonts: SourceMaps["fonts"]): SourceMaps["fonts"][number] | undefined {
  const map = new Map<number, string>();
  const actual = new Map<number, string>();
  for (const f of fonts) {
    for (const [c, d] of f.map) if ((map.get(c) ?? d) !== d) return undefined;
    for (const [c, d] of f.map) map.set(c, d);
    for (const [c, d] of f.actual ?? []) actual.set(c, actual.get(c) ?? d);
  }
  const union = { base: fonts[0].base, map, cmap: withEntries(fonts[0].cmap, map) };
  return actual.size ? { ...union, actual } : union;
}

/** Arabic presentation forms (shaped letters and ligatures): text is their letters, not them. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * The same CMap with every destination that is an Arabic presentation form replaced by its letters
 * (NFKC: U+FE8B → U+0626, U+FEFB → U+0644 U+0627), written as bfchar entries; unchanged when there
 * is none (pure). Chromium maps each shaped glyph to its presentation form; copied out, such text
 * neither searches nor reads as the letters the editor typed.
 */
export function lettersNotForms(cmap: string): string {
  const map = parseToUnicode(cmap);
  const decode = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");
  if (![...map.values()].some((d) => PRESENTATION_FORMS.test(decode(d)))) return cmap;
  const letters = new Map(
    [...map].map(([c, d]) => {
      const text = decode(d);
      return [
        c,
        PRESENTATION_FORMS.test(text)
          ? Buffer.from(text.normalize("NFKC"), "utf16le").swap16().toString("hex").toUpperCase()
          : d,
      ] as const;
    }),
  );
  return withEntries(cmap, letters);
}

/** Rewrites every ToUnicode map that names presentation forms (lettersNotForms); returns how many. */
export function lettersNotFormsInDocument(doc: PDFDocument): number {
  let n = 0;
  for (const f of fontMaps(doc)) {
    const fixed = lettersNotForms(f.cmap);
    if (fixed === f.cmap) continue;
    doc.context.assign(f.ref, doc.context.flateStream(Buffer.from(fixed, "latin1")));
    n++;
  }
  return n;
}
