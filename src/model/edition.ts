/**
 * An edition: the same issue in one language and script. The Chinese edition is the base (its
 * articles, photos and plan); every other edition (magazine.yaml `editions:`) has its own article
 * files under issues/<id>/editions/<tag>/, each naming the Chinese article it translates.
 */
import type { Words } from "./words.js";

export type Direction = "ltr" | "rtl";
export type WritingMode = "horizontal-tb" | "vertical-lr";

/** A font file an edition prints with (from a Debian package). */
export interface EditionFont {
  family: string;
  /** Absolute path. */
  file: string;
  /** The Debian package that installs it, for the message when it is missing. */
  package?: string;
  weight: number;
}

export interface EditionFonts {
  body: EditionFont;
  bold?: EditionFont;
  heading: EditionFont;
}

/** One translated article: which Chinese article it translates, and that article's digest then. */
export interface Translation {
  /** The translation's id (its file stem in editions/<tag>/articles/). */
  id: string;
  /** The Chinese article's id. */
  translates: string;
  /** First 12 hex digits of SHA-256 of the Chinese file's bytes when it was translated. */
  sourceDigest?: string;
  file: string;
  /** The line of `translates:`. */
  line: number;
  /** The line of `source_digest:`, when it is there. */
  digestLine?: number;
}

export interface Edition {
  /** "zh" for the Chinese (base) edition; otherwise the key under magazine.yaml `editions:`. */
  tag: string;
  /** True for the Chinese edition, whose files are the issue folder itself. */
  base: boolean;
  /** The language's name in its own script (汉文, ئۇيغۇرچە …), for the shelf. */
  name: string;
  /** BCP 47 tag: zh-CN, ug, kk-Arab, ky-Arab, mn-Mong. */
  language: string;
  direction: Direction;
  writingMode: WritingMode;
  /** The edition's own fonts; undefined for the Chinese edition (its web fonts, src/render/print/fonts.ts). */
  fonts?: EditionFonts;
  words: Words;
  /** The Chinese issue's id ("2022-08"); the edition's own id is "2022-08-<tag>". */
  baseIssueId: string;
  /** The Chinese issue's folder (photos and covers are found there). */
  baseDir: string;
  /** The magazine's Chinese title, which a minority-script edition's cover also carries. */
  baseTitle: string;
  translations: Translation[];
}

/** The output id of an edition of an issue: "2022-08" for Chinese, "2022-08-ug" otherwise. */
export function editionIssueId(baseIssueId: string, tag: string, base: boolean): string {
  return base ? baseIssueId : `${baseIssueId}-${tag}`;
}

/** The edition's tag as a CSS-safe, file-safe token ("mn-Mong" stays as it is). */
export const EDITION_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/;
