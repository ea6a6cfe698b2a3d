/**
 * The EPUB's one style sheet (css/epub.css) and the fonts it loads. The Chinese edition: styles/epub.css,
 * with the subset Noto CJK faces when magazine.yaml sets epub.embed_fonts (fonts.ts). Another edition:
 * epub.css, then styles/epub-edition.css (logical sides, no letter-spacing), styles/epub-vertical.css
 * for a vertical edition, the edition's font stacks and its own fonts, always embedded (edition-fonts.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Issue } from "../../model/types.js";
import { editionFontStacks, embedEditionFonts } from "./edition-fonts.js";
import { embedFonts, type FontFile } from "./fonts.js";
import type { XhtmlPage } from "./xhtml.js";

const style = (name: string) => fileURLToPath(new URL(`../../../styles/${name}`, import.meta.url));
export const EPUB_CSS = style("epub.css");
export const EDITION_CSS = style("epub-edition.css");
export const VERTICAL_CSS = style("epub-vertical.css");

export interface Stylesheet {
  css: string;
  fonts: FontFile[];
}

/** The style sheet for these pages (the fonts are subset to their text). */
export async function epubStylesheet(issue: Issue, pages: XhtmlPage[]): Promise<Stylesheet> {
  const base = readFileSync(EPUB_CSS, "utf8");
  const { edition } = issue;
  if (edition.base) {
    if (!issue.magazine.epub?.embedFonts) return { css: base, fonts: [] };
    const embedded = await embedFonts(pages);
    return { css: `${base}\n${embedded.css}`, fonts: embedded.files }; // after @namespace, which must come first
  }
  const embedded = edition.fonts ? await embedEditionFonts(pages, edition.fonts) : undefined;
  const parts = [
    base,
    readFileSync(EDITION_CSS, "utf8"),
    edition.writingMode === "vertical-lr" ? readFileSync(VERTICAL_CSS, "utf8") : "",
    edition.fonts ? `${editionFontStacks(edition.fonts)}\n` : "",
    embedded?.css ?? "",
  ];
  return { css: parts.filter(Boolean).join("\n"), fonts: embedded?.files ?? [] };
}
