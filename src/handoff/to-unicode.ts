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
    const entries = [...parseToUnicode(`${block.replace(/^\d+\s+/, "")}`)].map(
      ([c, d]) => `<${c.toString(16).toUpperCase().padStart(4, "0")}> <${d}>`,
    );
    const out: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const part = entries.slice(i, i + 100);
      out.push(`${part.length} beginbfchar\n${part.join("\n")}\nendbfchar`);
    }
    return out.join("\n");
  });
}

interface FontMap {
  base: string;
  ref: PDFRef;
  cmap: string;
  map: Map<number, string>;
}

/** Every font with a ToUnicode stream: its name without the subset tag, and its map. */
function fontMaps(doc: PDFDocument): FontMap[] {
  const out: FontMap[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const ref = obj.get(PDFName.of("ToUnicode"));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    const name = obj.get(PDFName.of("BaseFont"));
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream) || !(name instanceof PDFName)) continue;
    const cmap = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    out.push({ base: name.decodeText().replace(/^[A-Z]{6}\+/, ""), ref, cmap, map: parseToUnicode(cmap) });
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
  fonts: { base: string; cmap: string; map: Map<number, string> }[];
}

export function sourceMaps(doc: PDFDocument): SourceMaps {
  return { fonts: fontMaps(doc).map(({ base, cmap, map }) => ({ base, cmap, map })) };
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
export function agreement(written: Map<number, string>, source: Map<number, string>): number {
  let score = 0;
  for (const [code, text] of written) {
    const want = source.get(code);
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
    for (const s of source.fonts) {
      if (s.base !== f.base) continue;
      const score = agreement(f.map, s.map);
      if (score >= 0) fitting.push(s);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (!best && fitting.length === 1 && f.map.size > 0) best = fitting[0];
    if (!best) continue;
    doc.context.assign(f.ref, doc.context.flateStream(Buffer.from(lettersNotForms(best.cmap), "latin1")));
    restored++;
  }
  return { fonts: fonts.length, restored };
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
  const entries = [...map].map(([c, d]) => {
    const text = decode(d);
    const dest = PRESENTATION_FORMS.test(text)
      ? Buffer.from(text.normalize("NFKC"), "utf16le").swap16().toString("hex").toUpperCase()
      : d;
    return `<${c.toString(16).toUpperCase().padStart(4, "0")}> <${dest}>`;
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    blocks.push(`${part.length} beginbfchar\n${part.join("\n")}\nendbfchar`);
  }
  const head = cmap.slice(0, cmap.search(/\d+\s+begin(bfchar|bfrange)/));
  const tail = cmap.slice(cmap.lastIndexOf("endbf") + "endbfchar".length);
  return `${head}${blocks.join("\n")}${tail}`;
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
