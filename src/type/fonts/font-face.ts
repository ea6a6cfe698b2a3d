/**
 * A font face as the print CSS offers it to the browser: one file (or one face of a collection),
 * optionally limited by the `unicode-range` of its @font-face rule. Only the characters in both the
 * face's character map and its range are drawn from it: the browser never asks a face for a character
 * outside its range, and falls back to another font for one in the range that the face lacks.
 */
import { SetupError } from "../../contract/errors.js";

/** A range of code points, both ends included. */
export type CodeRange = readonly [first: number, last: number];

export interface FontFace {
  /** Absolute path of a .ttf, .otf, .ttc, .woff or .woff2 file. */
  file: string;
  /** In a collection (.ttc): the face's PostScript name (e.g. NotoSerifCJKsc-Regular) or its index. */
  face?: string | number;
  /**
   * The @font-face rule's unicode-range as CSS writes it (`U+4E00-9FFF, U+20BB7`); absent: every
   * character of the face. Parsed only when the face's map is read, not on a cached check.
   */
  unicodeRange?: string;
  /** Debian package that ships the file, named when it is missing. */
  pkg?: string;
}

/** A CSS `unicode-range` value (`U+4E00-9FFF, U+20BB7, U+30??`) as ranges; `where` names its file in the error. */
export function parseUnicodeRange(value: string, where: string): CodeRange[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!m) throw new SetupError(`${where}: not a unicode-range: ${part}`);
      if (m[1].includes("?")) {
        return [Number.parseInt(m[1].replace(/\?/g, "0"), 16), Number.parseInt(m[1].replace(/\?/g, "f"), 16)] as const;
      }
      const first = Number.parseInt(m[1], 16);
      return [first, m[2] ? Number.parseInt(m[2], 16) : first] as const;
    });
}

/** True when `cp` lies in one of `ranges`. */
export function inRanges(cp: number, ranges: readonly CodeRange[]): boolean {
  return ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** `U+20BB7`: the code point as Unicode writes it (at least four hex digits). */
export function uPlus(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
