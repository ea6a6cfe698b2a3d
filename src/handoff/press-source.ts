/**
 * The print PDF made ready for Ghostscript (pure PDF edits, then one save): interactive features
 * removed, vector colours rewritten from the palette, photos converted to CMYK with the output
 * profile, ToUnicode ranges written out. After this, all gs still has to do is write PDF/X.
 */
import type { PDFDocument } from "pdf-lib";
import type { Palette } from "../model/types.js";
import { removeInteractive, type InteractiveFacts } from "./interactive.js";
import { convertImagesToCmyk, type ImageConversionFacts } from "./press-images.js";
import { rewriteColoursInDocument, type ColourRewriteFacts } from "./rewrite-colours-pdf.js";
import { splitAmbiguousGlyphs } from "./split-glyphs.js";
import { expandToUnicodeInDocument, sourceMaps, type SourceMaps } from "./to-unicode.js";

export interface PressSourceFacts {
  interactive: InteractiveFacts;
  colours: ColourRewriteFacts;
  images: ImageConversionFacts;
  toUnicodeExpanded: number;
  /** Glyph codes added so that each code stands for one text (split-glyphs.ts). */
  glyphsSplit: number;
}

export async function preparePressSource(
  doc: PDFDocument,
  palette: Palette,
  profile: string,
  imageCache?: string | false,
): Promise<{ facts: PressSourceFacts; maps: SourceMaps }> {
  const interactive = removeInteractive(doc);
  const colours = rewriteColoursInDocument(doc, palette);
  const images = await convertImagesToCmyk(doc, profile, imageCache);
  const toUnicodeExpanded = expandToUnicodeInDocument(doc);
  // The glyphs' texts are read once here, and again only when some glyph got new codes.
  const split = splitAmbiguousGlyphs(doc);
  return {
    facts: { interactive, colours, images, toUnicodeExpanded, glyphsSplit: split.added },
    maps: sourceMaps(doc, split.texts),
  };
}
