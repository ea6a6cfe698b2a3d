/**
 * The print stylesheet of an edition in another script (html/styles/edition.css, last in the
 * cascade): its fonts (files from Debian packages, copied next to the HTML), its direction, and, for
 * a right-to-left edition, the page mirrored. The Chinese edition gets an empty one.
 *
 * Right to left, the magazine is bound on its right edge: an odd (recto) page is a left-hand page,
 * its binding margin on its right, its running head and folio on its left. Paged.js still calls odd
 * pages `:right` (it has no notion of binding side), so the page rules keep their selectors and swap
 * their physical sides (`mirrorPageSides`). The document itself stays left to right for Paged.js,
 * which lays out only the first page of a `<body dir="rtl">` (pagedjs#308); each page's content is
 * set right to left instead.
 */
import type { Edition, EditionFont } from "../../model/edition.js";

/** Where an edition's font files are copied, under html/. */
export const EDITION_FONTS_DIR = "fonts/edition";

export function editionFontFile(font: EditionFont): string {
  return `${EDITION_FONTS_DIR}/${font.file.split("/").pop()}`;
}

/** Swaps left and right in page margins and margin boxes: the page as seen in a mirror. */
export function mirrorPageSides(css: string): string {
  return css.replace(
    /\b(top|bottom|margin)-(left|right)\b/g,
    (_, edge: string, side: string) => `${edge}-${side === "left" ? "right" : "left"}`,
  );
}

function fontFace(f: EditionFont, family = f.family): string {
  return `@font-face { font-family: "${family}"; src: url(../${editionFontFile(f)}); font-weight: ${f.weight}; font-style: normal; }`;
}

export function editionCss(edition: Edition): string {
  if (edition.base || !edition.fonts) return "/* The Chinese edition: nothing to add. */\n";
  const { body, heading, bold } = edition.fonts;
  const lines = [
    `/* Generated for the ${edition.tag} edition (magazine.yaml editions.${edition.tag}); do not edit. */`,
    fontFace(body),
    ...(bold ? [fontFace(bold, body.family)] : []),
    fontFace(heading),
    // The Chinese faces stay behind the edition's, for Chinese names inside the text; the rare-character
    // faces behind those (src/render/print/rare-fonts.ts).
    `:root { --font-body: "${body.family}", "Noto Serif SC", "Folio Rare Serif"; --font-head: "${heading.family}", "Noto Sans SC", "Folio Rare Sans"; }`,
    // A bold the fonts do not have would be drawn by the browser as a Type 3 font: never synthesise.
    "html { font-synthesis: none; }",
    // Cursive scripts are never tracked: letter-spacing breaks the joins.
    "body * { letter-spacing: 0 !important; }",
  ];
  lines.push(
    // The masthead holds a title of many letters, not four characters: one line, smaller.
    ".masthead-title { font-size: 42pt; white-space: nowrap; }",
    // Imprint labels are words, not two spaced characters: a wider column, set as words.
    ".imprint-list { grid-template-columns: 34mm 1fr; }",
    ".imprint-list dt { text-align: start; text-align-last: auto; }",
    // A value in another script (a Chinese name, a telephone number, an address in Latin letters)
    // takes its own direction: "(0991)2698306" must not come out as "2698306(0991)".
    ".imprint-list dd, .imprint-numbers, .back-cover-facts p { unicode-bidi: plaintext; }",
  );
  if (edition.direction === "rtl")
    lines.push(
      "body > section, body > nav, body > article, .pagedjs_page_content > div > * { direction: rtl; unicode-bidi: isolate; }",
      ".pagedjs_margin-content { direction: rtl; }",
      // The cover's issue number goes to the other side of the title, as the page is mirrored.
      ".masthead-issue { right: auto; left: calc(15mm + var(--bleed)); text-align: left; }",
      ".cover-issn { right: auto; left: 15mm; }",
      ".imprint-list dd { text-align: right; }",
    );
  return `${lines.join("\n")}\n`;
}
