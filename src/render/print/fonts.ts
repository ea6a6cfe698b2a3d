/**
 * Self-hosted CJK fonts for the print HTML: the @fontsource woff2 files (CID TrueType in the PDF),
 * copied into html/fonts/ with one generated fonts.css holding every unicode-range @font-face, and
 * after them the faces for the characters the web fonts lack (rare-fonts.ts).
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { SetupError } from "../../contract/errors.js";
import type { PrintFonts } from "../../type/fonts/edition.js";
import { type FontFaceSet, fontsourceCss, PRINT_FONTS } from "../../type/fonts/print-fonts.js";
import { writeRareFaces } from "./rare-fonts.js";

const URL_RE = /url\(\.\/files\/([^)]+?\.woff2)\)\s*format\(['"]woff2['"]\)(?:\s*,\s*url\([^)]*\)\s*format\([^)]*\))*/g;

/**
 * Rewrite one fontsource CSS file: woff2 only, files next to the CSS. Returns the CSS and the
 * woff2 file names it references. Pure (for tests).
 */
export function rewriteFontCss(css: string): { css: string; files: string[] } {
  const files: string[] = [];
  const out = css
    .replace(URL_RE, (_m, file: string) => {
      files.push(file);
      return `url(${file}) format('woff2')`;
    })
    .replace(/font-display:\s*swap;/g, "font-display: block;");
  return { css: out, files };
}

/**
 * Copy the fonts into `fontsDir` and write fonts.css there, with the rare-character faces that
 * `rare.text` (the text the page prints) needs beyond `rare.fonts`; returns its path and the file count.
 */
export async function installFonts(
  fontsDir: string,
  sets: FontFaceSet[] = PRINT_FONTS,
  rare?: { fonts: PrintFonts; text: string },
): Promise<{ css: string; files: number }> {
  await mkdir(fontsDir, { recursive: true });
  const parts: string[] = [];
  const copies: Promise<void>[] = [];
  for (const set of sets) {
    for (const weight of set.weights) {
      const cssPath = fontsourceCss(set.pkg, weight);
      const { css, files } = rewriteFontCss(await readFile(cssPath, "utf8"));
      if (files.length === 0) throw new SetupError(`no woff2 files in ${cssPath}`);
      parts.push(`/* ${set.pkg} ${weight} */\n${css}`);
      const srcDir = path.join(path.dirname(cssPath), "files");
      for (const file of files) copies.push(copyFile(path.join(srcDir, file), path.join(fontsDir, file)));
    }
  }
  const [faces] = await Promise.all([rare ? writeRareFaces(fontsDir, rare.fonts, rare.text) : undefined, ...copies]);
  if (faces?.css) parts.push(faces.css);
  const cssFile = path.join(fontsDir, "fonts.css");
  await writeFile(cssFile, parts.join("\n"));
  return { css: cssFile, files: copies.length + (faces?.faces.length ?? 0) };
}
