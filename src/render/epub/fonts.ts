/**
 * Optional embedded fonts (magazine.yaml `epub.embed_fonts: true`): a reading system with no CJK font
 * of its own still shows the text. Debian's Noto CJK collections (package fonts-noto-cjk) give the
 * Simplified Chinese faces, the same designs as the print edition's Noto Serif SC / Noto Sans SC; each
 * face is subset (subset-font, harfbuzz) to the characters the EPUB uses and written as WOFF2:
 * the body face to all text, the heading face to the headings' text. styles/epub.css names these
 * families first in its font stacks, so without embedding the stacks fall through to the system fonts.
 */
import { readFile } from "node:fs/promises";
import subsetFont from "subset-font";
import { decodeEntities } from "./page-map.js";
import { extractFace } from "./ttc.js";
import type { XhtmlPage } from "./xhtml.js";

export const FONT_DIR = "fonts";
const NOTO = "/usr/share/fonts/opentype/noto";

export interface EmbeddedFace {
  /** CSS family name, as styles/epub.css names it first. */
  family: "Folio Serif" | "Folio Sans";
  weight: "normal" | "bold";
  file: string;
  face: string;
  /** Which text it must cover. */
  covers: "all" | "headings";
  href: string;
}

export const EMBEDDED_FACES: EmbeddedFace[] = [
  {
    family: "Folio Serif",
    weight: "normal",
    file: `${NOTO}/NotoSerifCJK-Regular.ttc`,
    face: "Noto Serif CJK SC",
    covers: "all",
    href: `${FONT_DIR}/serif-regular.woff2`,
  },
  {
    family: "Folio Sans",
    weight: "bold",
    file: `${NOTO}/NotoSansCJK-Bold.ttc`,
    face: "Noto Sans CJK SC",
    covers: "headings",
    href: `${FONT_DIR}/sans-bold.woff2`,
  },
];

export interface FontFile {
  href: string;
  data: Buffer;
  glyphs: number;
}

/** The text a face must cover: all character data of the pages, or only what sits in h1–h4. */
export function textFor(pages: XhtmlPage[], covers: EmbeddedFace["covers"]): string {
  const bodies = pages.map((p) => p.xhtml.slice(p.xhtml.indexOf("<body")));
  const parts =
    covers === "all"
      ? bodies
      : bodies.flatMap((b) => [...b.matchAll(/<h[1-4][^>]*>([^]*?)<\/h[1-4]>/g)].map((m) => m[1]));
  const text = decodeEntities(parts.join("\n").replace(/<[^>]*>/g, ""));
  return [...new Set(text)]
    .filter((c) => !/\s/.test(c))
    .sort()
    .join("");
}

/** Subset fonts for these pages, and the @font-face rules that load them (relative to css/). */
export async function embedFonts(pages: XhtmlPage[]): Promise<{ files: FontFile[]; css: string }> {
  const files = await Promise.all(
    EMBEDDED_FACES.map(async (f) => {
      const text = textFor(pages, f.covers);
      const face = extractFace(await readFile(f.file), f.face);
      const data = await subsetFont(face, text, { targetFormat: "woff2" });
      return { href: f.href, data, glyphs: [...text].length };
    }),
  );
  const css = EMBEDDED_FACES.map(
    (f) =>
      `@font-face { font-family: "${f.family}"; font-weight: ${f.weight}; font-style: normal; src: url(../${f.href}) format("woff2"); }`,
  ).join("\n");
  return {
    files,
    css: `/* Embedded subset fonts (magazine.yaml epub.embed_fonts): Noto CJK SC, SIL Open Font License 1.1 */\n${css}\n`,
  };
}
