/**
 * The characters of a text that no font of an edition draws. Left out are only the characters
 * Chromium prints without asking any font for them, as measured (print to PDF, then pdffonts) with
 * each one between Chinese characters set in Noto Serif SC, whose subsets have none of them:
 *  - white space (JavaScript's \s: space, tab, line ends, U+00A0, U+2000–U+200A, U+202F NNBSP,
 *    U+3000 …): a space the font lacks is made from its U+0020 (HarfBuzz), no other font is embedded;
 *  - the default-ignorable format characters: soft hyphen U+00AD, U+034F, ZWSP/ZWNJ/ZWJ and the bidi
 *    marks U+200B–U+200F, embeddings U+202A–U+202E, word joiner, invisible operators and isolates
 *    U+2060–U+206F, variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, U+FEFF, tags U+E0000–U+E007F,
 *    the Arabic letter mark U+061C: never drawn.
 * Checked like any letter: the Mongolian free variation selectors U+180B–U+180D, U+180F and the vowel
 * separator U+180E (printed in a Type 3 font from another face when the font lacks them; they choose
 * letter forms through the face's own tables, so a Mongolian face must have them), and control
 * characters other than white space (U+0085 printed as a glyph of Noto Sans Symbols 2).
 */

export interface Uncovered {
  char: string;
  codepoint: number;
  /** Where it starts in the text, in UTF-16 units (String.prototype.indexOf's unit). */
  index: number;
}

/** What a set of fonts can draw: a Set<number> of code points, or anything with its `has`. */
export interface Covered {
  has(codepoint: number): boolean;
}

const IGNORABLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

/** True for a character Chromium prints without a glyph from any font (see above). */
export function neverDrawn(char: string): boolean {
  if (/^\s$/u.test(char)) return true;
  const cp = char.codePointAt(0) ?? 0;
  return IGNORABLE.some(([a, b]) => cp >= a && cp <= b);
}

/** Every occurrence in `text` of a character `covered` lacks, in text order. */
export function uncovered(text: string, covered: Covered): Uncovered[] {
  const out: Uncovered[] = [];
  let index = 0;
  for (const char of text) {
    const codepoint = char.codePointAt(0) ?? 0;
    if (!covered.has(codepoint) && !neverDrawn(char)) out.push({ char, codepoint, index });
    index += char.length;
  }
  return out;
}
