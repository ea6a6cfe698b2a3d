/**
 * The character map of one font face, read with fontkit: .ttf, .otf, .woff, .woff2 and one face of
 * a .ttc collection (by PostScript name or index). A missing file names its Debian package; a file
 * fontkit cannot read, or a collection without the face, is a SetupError naming the file.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Font, FontCollection } from "fontkit";
import { SetupError } from "../../contract/errors.js";
import { MissingToolError } from "../../util/tool-errors.js";
import type { FontFace } from "./font-face.js";

// Required when a map is first read, not at import: loading fontkit takes 0.4 s, and a check whose
// coverage comes from the cache (coverage.ts) never needs it.
const require = createRequire(import.meta.url);
let fontkit: typeof import("fontkit") | undefined;

const isCollection = (f: Font | FontCollection): f is FontCollection => "fonts" in f;

function open(file: string): Font | FontCollection {
  try {
    fontkit ??= require("fontkit") as typeof import("fontkit");
    return fontkit.openSync(file);
  } catch (e) {
    throw new SetupError(`${file}: not a font file fontkit can read (${e instanceof Error ? e.message : e})`, {
      cause: e,
    });
  }
}

/** The face `ff` names in its file; throws when the file is missing or holds no such face. */
export function openFace(ff: FontFace): Font {
  if (!existsSync(ff.file)) throw new MissingToolError(ff.file, undefined, ff.pkg);
  const font = open(ff.file);
  if (!isCollection(font)) {
    if (ff.face === undefined || ff.face === 0 || ff.face === font.postscriptName) return font;
    throw new SetupError(`${ff.file} is one face (${font.postscriptName}), not a collection holding ${ff.face}`);
  }
  const face =
    ff.face === undefined
      ? font.fonts[0]
      : typeof ff.face === "number"
        ? font.fonts[ff.face]
        : font.fonts.find((f) => f.postscriptName === ff.face);
  if (!face) {
    const names = font.fonts.map((f, i) => `${i}: ${f.postscriptName}`).join(", ");
    throw new SetupError(`${ff.file} has no face ${ff.face} (it holds ${names})`);
  }
  return face;
}

/** Every code point the face maps to a glyph (its unicode-range not applied). */
export function readCmap(ff: FontFace): number[] {
  return openFace(ff).characterSet;
}
