/**
 * Reading which characters font files cover (src/type/fonts/): every file format the editions use,
 * unicode-ranges, the kept maps, and which characters of a text no font needs to draw.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SetupError } from "../../src/contract/errors.js";
import { coverage, toRanges } from "../../src/type/fonts/coverage.js";
import { type FontFace, parseUnicodeRange, uPlus } from "../../src/type/fonts/font-face.js";
import { neverDrawn, uncovered } from "../../src/type/fonts/uncovered.js";

const TT = "/usr/share/fonts/truetype";
const LIBERATION: FontFace = { file: `${TT}/liberation2/LiberationSans-Regular.ttf`, pkg: "fonts-liberation2" };
const DEJAVU: FontFace = { file: `${TT}/dejavu/DejaVuSans.ttf`, pkg: "fonts-dejavu-core" };
const C059: FontFace = { file: "/usr/share/fonts/opentype/urw-base35/C059-Roman.otf", pkg: "fonts-urw-base35" };
const NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
const WOFF2 = path.resolve(
  import.meta.dirname,
  "../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2",
);

/** The font's file, or a failure naming the package to install (never a skip). */
function installed(ff: FontFace): FontFace {
  if (!existsSync(ff.file)) throw new Error(`${ff.file} is missing: apt-get install ${ff.pkg}`);
  return ff;
}

let tmp: string;
let cacheBefore: string | undefined;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "folio-coverage-"));
  cacheBefore = process.env.FOLIO_CACHE_DIR;
  process.env.FOLIO_CACHE_DIR = path.join(tmp, "cache");
});
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.FOLIO_CACHE_DIR;
  else process.env.FOLIO_CACHE_DIR = cacheBefore;
  rmSync(tmp, { recursive: true, force: true });
});

describe("unicode-range", () => {
  it("reads single points, ranges and wildcards", () => {
    expect(parseUnicodeRange("U+4E00-9FFF, U+20bb7,U+30??", "x.css")).toEqual([
      [0x4e00, 0x9fff],
      [0x20bb7, 0x20bb7],
      [0x3000, 0x30ff],
    ]);
  });
  it("names the file of a malformed one", () => {
    expect(() => parseUnicodeRange("U+4E00, 4E01", "noto.css")).toThrow("noto.css: not a unicode-range: 4E01");
  });
  it("writes code points as Unicode does", () => {
    expect([0x41, 0x20bb7].map(uPlus)).toEqual(["U+0041", "U+20BB7"]);
    expect(toRanges([5, 3, 4, 9, 9, 1])).toEqual([
      [1, 1],
      [3, 5],
      [9, 9],
    ]);
  });
});

describe("coverage of font files", () => {
  it("reads .ttf and .otf files", () => {
    const latin = coverage([installed(LIBERATION)]);
    expect(latin.has(0x41) && latin.has(0x416)).toBe(true); // A, Cyrillic Ж
    expect(latin.has(0x626)).toBe(false);
    const otf = coverage([installed(C059)]);
    expect(otf.has(0xe9) && !otf.has(0x4e00)).toBe(true);
  });
  it("reads a face of a .ttc collection by PostScript name or index", () => {
    installed({ file: NOTO_CJK, pkg: "fonts-noto-cjk" });
    const byName = coverage([{ file: NOTO_CJK, face: "NotoSerifCJKsc-Regular" }]);
    expect(byName.has(0x20bb7) && byName.has(0x2cc56)).toBe(true);
    expect(coverage([{ file: NOTO_CJK, face: 2 }])).toEqual(byName);
    expect(() => coverage([{ file: NOTO_CJK, face: "NotoSerifCJKxx-Regular" }])).toThrow(
      /has no face NotoSerifCJKxx-Regular \(it holds 0: NotoSerifCJKjp-Regular, .*2: NotoSerifCJKsc-Regular/,
    );
  });
  it("reads .woff2 and keeps to the face's unicode-range", () => {
    const all = coverage([{ file: WOFF2 }]);
    expect(all.has(0x41) && all.has(0xa0)).toBe(true);
    const ranged = coverage([{ file: WOFF2, unicodeRange: "U+41-5A" }]);
    expect([...ranged].sort((a, b) => a - b)).toEqual(Array.from({ length: 26 }, (_, i) => 0x41 + i));
  });
  it("a missing file names its Debian package", () => {
    const missing = { file: "/usr/share/fonts/truetype/none/Missing.ttf", pkg: "fonts-missing" };
    expect(() => coverage([missing])).toThrow(SetupError);
    expect(() => coverage([missing])).toThrow(/Missing\.ttf not found: install the Debian package fonts-missing/);
  });
  it("reads a file again when it changed (kept by path and time)", () => {
    const file = path.join(tmp, "font.ttf");
    copyFileSync(installed(LIBERATION).file, file);
    expect(coverage([{ file }]).has(0x626)).toBe(false);
    copyFileSync(installed(DEJAVU).file, file);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(coverage([{ file }]).has(0x626)).toBe(true); // DejaVu Sans has Arabic
  });
});

describe("characters no font is asked for", () => {
  it("white space and the default-ignorable format characters", () => {
    for (const c of [" ", "\t", "\u00a0", "\u3000", "\u202f", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f"])
      expect(neverDrawn(c), uPlus(c.codePointAt(0) ?? 0)).toBe(true);
    for (const c of ["\u2066", "\u2069", "\u202a", "\ufe0f", "\u{e0100}", "\u00ad", "\ufeff", "\u2060", "\u061c"])
      expect(neverDrawn(c), uPlus(c.codePointAt(0) ?? 0)).toBe(true);
  });
  it("but the Mongolian variation selectors and vowel separator, and other controls, need a glyph", () => {
    for (const c of ["\u180b", "\u180c", "\u180d", "\u180e", "\u180f", "\u0085", "a", "中"])
      expect(neverDrawn(c), uPlus(c.codePointAt(0) ?? 0)).toBe(false);
  });
  it("uncovered gives each character a font lacks, with its place in UTF-16 units", () => {
    const covered = new Set([..."吉同志"].map((c) => c.codePointAt(0) ?? 0));
    expect(uncovered("吉\u200d𠮷 同志😀\u180e", covered)).toEqual([
      { char: "𠮷", codepoint: 0x20bb7, index: 2 },
      { char: "😀", codepoint: 0x1f600, index: 7 },
      { char: "\u180e", codepoint: 0x180e, index: 9 },
    ]);
  });
});
