/**
 * An edition's own fonts in its EPUB (magazine.yaml `editions.<tag>.fonts`: body, heading and bold,
 * from Debian packages): each file subset (subset-font, harfbuzz, every layout feature kept, so
 * Arabic and Mongolian joining forms come along) to the characters of the EPUB's documents and
 * written as WOFF2, declared with @font-face under the families the edition stylesheet names first.
 * Always embedded (docs/epub.md): few reading systems have a Uyghur or Mongolian face of their own,
 * and without one the text shows as empty boxes; the subsets are small (an alphabet, not thousands
 * of ideographs).
 */
import { readFile } from "node:fs/promises";
import subsetFont from "subset-font";
import { SetupError } from "../../contract/errors.js";
import type { EditionFont, EditionFonts } from "../../model/edition.js";
import { FONT_DIR, type FontFile } from "./fonts.js";
import { decodeEntities } from "./page-map.js";
import type { XhtmlPage } from "./xhtml.js";

/** The families the edition stylesheet's stacks name first (before the fonts' own names). */
export const BODY_FAMILY = "Folio Body";
export const HEADING_FAMILY = "Folio Heading";

export interface EditionFace {
  family: typeof BODY_FAMILY | typeof HEADING_FAMILY;
  weight: number;
  font: EditionFont;
  href: string;
}

/** The faces to declare: body, bold (under the body family) and heading; one file per font file. */
export function editionFaces(fonts: EditionFonts): EditionFace[] {
  const hrefs = new Map<string, string>();
  const hrefOf = (font: EditionFont, role: string) => {
    if (!hrefs.has(font.file)) hrefs.set(font.file, `${FONT_DIR}/edition-${role}.woff2`);
    return hrefs.get(font.file) as string;
  };
  const face = (family: EditionFace["family"], font: EditionFont, role: string, weight = font.weight) => ({
    family,
    weight,
    font,
    href: hrefOf(font, role),
  });
  return [
    face(BODY_FAMILY, fonts.body, "body"),
    ...(fonts.bold ? [face(BODY_FAMILY, fonts.bold, "bold", Math.max(fonts.bold.weight, 600))] : []),
    face(HEADING_FAMILY, fonts.heading, "heading"),
  ];
}

/**
 * Every character of the documents' bodies and titles, line breaks and tabs left out. Unlike the CJK
 * subset (fonts.ts), spaces are kept: U+0020 and the narrow no-break space U+202F that joins a
 * Mongolian suffix to its word are glyphs the faces must set.
 */
export function editionText(pages: XhtmlPage[]): string {
  const text = pages.map((p) => {
    const title = /<title>([^<]*)<\/title>/.exec(p.xhtml)?.[1] ?? "";
    return `${title}${p.xhtml.slice(p.xhtml.indexOf("<body"))}`;
  });
  const chars = decodeEntities(text.join("\n").replace(/<[^>]*>/g, ""));
  return [...new Set(chars)]
    .filter((c) => !/[\t\n\r]/.test(c))
    .sort()
    .join("");
}

async function readFont(font: EditionFont): Promise<Buffer> {
  return readFile(font.file).catch((cause: unknown) => {
    const from = font.package ? ` (Debian package ${font.package})` : "";
    throw new SetupError(`font ${font.family}: cannot read ${font.file}${from}`, { cause });
  });
}

/** The subset WOFF2 files and the @font-face rules that load them (relative to css/). */
export async function embedEditionFonts(
  pages: XhtmlPage[],
  fonts: EditionFonts,
): Promise<{ files: FontFile[]; css: string }> {
  const faces = editionFaces(fonts);
  const text = editionText(pages);
  const unique = [...new Map(faces.map((f) => [f.href, f.font])).entries()];
  const files = await Promise.all(
    unique.map(async ([href, font]) => ({
      href,
      data: await subsetFont(await readFont(font), text, { targetFormat: "woff2" }),
      glyphs: [...text].length,
    })),
  );
  const rules = faces.map(
    (f) =>
      `@font-face { font-family: "${f.family}"; font-weight: ${f.weight}; font-style: normal; src: url(../${f.href}) format("woff2"); }`,
  );
  const named = [...new Set(faces.map((f) => f.font.family))].join(", ").replace(/\*\//g, "");
  return { files, css: `/* Embedded subset fonts of this edition: ${named} */\n${rules.join("\n")}\n` };
}

/** A CSS string literal (a family name). */
const quoted = (s: string) => `"${s.replace(/["\\]/g, "\\$&")}"`;

/**
 * The edition's font stacks: the embedded faces first, then the fonts' own names (a reading system
 * that has them installed), then a generic family. Headings are set at the heading face's weight.
 */
export function editionFontStacks(fonts: EditionFonts): string {
  const stack = (...families: string[]) => [...new Set(families)].join(", ");
  const body = [quoted(BODY_FAMILY), quoted(fonts.body.family)];
  const heading = [quoted(HEADING_FAMILY), quoted(fonts.heading.family), ...body];
  return [
    `body { font-family: ${stack(...body, "serif")}; }`,
    `h1, h2, h3, h4, .section-name, .cover-page-label { font-family: ${stack(...heading, "sans-serif")}; }`,
    `h1, h2, h3, h4 { font-weight: ${fonts.heading.weight}; }`,
  ].join("\n");
}
