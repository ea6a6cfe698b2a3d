/**
 * The Debian fonts for the editions in other scripts cover every letter of their alphabets
 * (alphabets.ts), read from the files' character maps; and an edition whose font lacks a letter is
 * refused by the font check, naming the letter. A missing font file fails with its Debian package.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judgeFonts } from "../../src/check/fonts.js";
import type { PrintFonts } from "../../src/type/fonts/edition.js";
import { coverage } from "../../src/type/fonts/coverage.js";
import { type FontFace, uPlus } from "../../src/type/fonts/font-face.js";
import { ARABIC_PUNCTUATION, KAZAKH, KYRGYZ, MONGOLIAN_LETTERS, MONGOLIAN_PUNCTUATION, UYGHUR } from "./alphabets.js";

const TT = "/usr/share/fonts/truetype";
const UKIJ_TUZ: FontFace = { file: `${TT}/fonts-ukij-uyghur/UKIJTuz.ttf`, pkg: "fonts-ukij-uyghur" };
const NASKH: FontFace = { file: `${TT}/noto/NotoNaskhArabic-Regular.ttf`, pkg: "fonts-noto-core" };
const MONGOLIAN: FontFace = { file: `${TT}/noto/NotoSansMongolian-Regular.ttf`, pkg: "fonts-noto-core" };
/** Latin, Greek and Cyrillic only. */
const LIBERATION: FontFace = { file: `${TT}/liberation2/LiberationSans-Regular.ttf`, pkg: "fonts-liberation2" };

/** The font's file, or a failure naming the package to install (never a skip). */
function installed(ff: FontFace): FontFace {
  if (!existsSync(ff.file)) throw new Error(`${ff.file} is missing: apt-get install ${ff.pkg}`);
  return ff;
}

/** The code points of `wanted` the face lacks, as U+ codes (empty: all there). */
const lacking = (ff: FontFace, wanted: readonly number[]) => {
  const covered = coverage([installed(ff)]);
  return wanted.filter((cp) => !covered.has(cp)).map(uPlus);
};

describe("fonts of the editions in Arabic script", () => {
  for (const ff of [UKIJ_TUZ, NASKH]) {
    const name = ff.file.split("/").pop();
    it(`${name} has every Uyghur letter`, () => expect(lacking(ff, UYGHUR)).toEqual([]));
    it(`${name} has every Kazakh letter and the high hamza U+0674`, () => expect(lacking(ff, KAZAKH)).toEqual([]));
    it(`${name} has every Kyrgyz letter (ۅ U+06C5, ۉ U+06C9)`, () => expect(lacking(ff, KYRGYZ)).toEqual([]));
    it(`${name} has the Arabic comma, semicolon, question mark and tatweel`, () =>
      expect(lacking(ff, ARABIC_PUNCTUATION)).toEqual([]));
  }
});

describe("font of the edition in traditional Mongolian", () => {
  it("Noto Sans Mongolian has the letters U+1820–U+1842", () =>
    expect(lacking(MONGOLIAN, MONGOLIAN_LETTERS)).toEqual([]));
  it("and the punctuation U+1800–U+180A", () => expect(lacking(MONGOLIAN, MONGOLIAN_PUNCTUATION)).toEqual([]));
});

describe("an edition whose font lacks a letter", () => {
  const edition = (ff: FontFace): PrintFonts => ({
    stacks: [{ family: ff === LIBERATION ? "Liberation Sans" : "UKIJ Tuz", weight: 400, faces: [installed(ff)] }],
  });
  // "Uyghur" in Uyghur, then "Kyrgyz" in Kyrgyz (with ۉ U+06C9).
  const sources = [{ file: "articles/p001-uyghur.md", lines: ["# ئۇيغۇرچە", "", "قىرغىزچە تۈرۈك ۉ"] }];

  it("is refused by the check, naming each letter, its U+ code and the line", () => {
    const problems = judgeFonts(sources, edition(LIBERATION));
    const messages = problems.map((p) => `${p.file}:${p.line}: ${p.message.split(":")[0]}`);
    expect(messages).toContain("articles/p001-uyghur.md:1: ئ (U+0626) is in no font of this edition (Liberation Sans)");
    expect(messages).toContain("articles/p001-uyghur.md:1: ۇ (U+06C7) is in no font of this edition (Liberation Sans)");
    expect(messages).toContain("articles/p001-uyghur.md:3: ۉ (U+06C9) is in no font of this edition (Liberation Sans)");
    // One problem per letter and file, at its first line.
    expect(problems.filter((p) => p.message.startsWith("ى "))).toHaveLength(1);
  });

  it("passes with a font that has them", () => {
    expect(judgeFonts(sources, edition(UKIJ_TUZ))).toEqual([]);
  });
});
