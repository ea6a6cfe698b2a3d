/**
 * The print fonts of the Chinese edition: Noto Serif SC and Noto Sans SC from @fontsource, woff2
 * files split by unicode-range (Chromium embeds them as CID TrueType subsets), in the weights the
 * print CSS uses; after each, Debian's Noto Serif/Sans CJK SC (fonts-noto-cjk) for what the web
 * subsets lack, which the print stage subsets per issue as "Folio Rare Serif" / "Folio Rare Sans".
 * The web subsets cover 13 664 (Serif) and 13 633 (Sans) code points; Noto CJK SC about 44 700.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SetupError } from "../../contract/errors.js";
import type { Edition, EditionFont } from "../../model/edition.js";
import type { PrintFonts, FallbackFace, FontStack } from "./edition.js";
import type { FontFace } from "./font-face.js";

const require = createRequire(import.meta.url);

export interface FontFaceSet {
  pkg: string; // @fontsource package
  weights: number[];
}

export const PRINT_FONTS: FontFaceSet[] = [
  { pkg: "@fontsource/noto-serif-sc", weights: [400, 700] },
  { pkg: "@fontsource/noto-sans-sc", weights: [400, 700, 900] },
];

/** The fontsource stylesheet of one weight. */
export const fontsourceCss = (pkg: string, weight: number): string => require.resolve(`${pkg}/${weight}.css`);

/** Every woff2 face of a fontsource stylesheet, with its family and unicode-range. */
export function fontsourceFaces(cssFile: string): { family: string; faces: FontFace[] } {
  const css = readFileSync(cssFile, "utf8");
  let family = "";
  const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, rule]) => {
    family ||= /font-family:\s*['"]([^'"]+)['"]/.exec(rule)?.[1] ?? "";
    const file = /url\(\.\/files\/([^)]+?\.woff2)\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (!file) throw new SetupError(`${cssFile}: an @font-face without a woff2 file`);
    const face: FontFace = { file: path.join(path.dirname(cssFile), "files", file) };
    return range ? { ...face, unicodeRange: range.trim() } : face;
  });
  if (!faces.length || !family) throw new SetupError(`${cssFile}: no @font-face with a family and a woff2 file`);
  return { family, faces };
}

const NOTO_CJK = "/usr/share/fonts/opentype/noto";

/** The Noto CJK SC face that stands behind a family in a weight (Debian ships Regular and Bold). */
function rareFace(family: string, weight: number): FallbackFace {
  const serif = /serif/i.test(family);
  const bold = weight >= 600;
  const style = bold ? "Bold" : "Regular";
  const kind = serif ? "Serif" : "Sans";
  return {
    family: `Folio Rare ${kind}`,
    weight: bold ? 700 : 400,
    name: `Noto ${kind} CJK SC`,
    file: `${NOTO_CJK}/Noto${kind}CJK-${style}.ttc`,
    face: `Noto${kind}CJKsc-${style}`,
    pkg: "fonts-noto-cjk",
  };
}

/** The Chinese edition's stacks: each fontsource family in each weight, with its rare-character fallback. */
export function chinesePrintFonts(sets: FontFaceSet[] = PRINT_FONTS): PrintFonts {
  const stacks: FontStack[] = sets.flatMap((set) =>
    set.weights.map((weight) => {
      const { family, faces } = fontsourceFaces(fontsourceCss(set.pkg, weight));
      return { family, weight, faces, fallback: rareFace(family, weight) };
    }),
  );
  return { stacks };
}

/**
 * The stacks an edition prints with: the Chinese edition's, or another script's own faces in front of
 * them as its edition.css sets them (src/render/print/edition-css.ts) — the body face (its bold for
 * weights from 600, where it has one) before Noto Serif SC, the heading face before Noto Sans SC.
 */
export function printFontsOf(edition: Edition, sets: FontFaceSet[] = PRINT_FONTS): PrintFonts {
  const chinese = chinesePrintFonts(sets);
  const own = edition.fonts;
  if (!own) return chinese;
  const face = (f: EditionFont): FontFace => ({ file: f.file, ...(f.package ? { pkg: f.package } : {}) });
  return {
    stacks: chinese.stacks.map((s) => {
      const f = /serif/i.test(s.family) ? (s.weight >= 600 && own.bold ? own.bold : own.body) : own.heading;
      return { ...s, family: f.family, faces: [face(f), ...s.faces], behind: [s.family] };
    }),
  };
}
