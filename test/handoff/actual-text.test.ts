import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { glyphTexts } from "../../src/handoff/actual-text.js";
import { parseToUnicode, restoreToUnicode, sourceMaps } from "../../src/handoff/to-unicode.js";

/** A one-page PDF whose font F1 (ToUnicode `entries`) shows `content`. */
async function pdfWith(entries: string, content: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const cmap = doc.context.register(doc.context.stream(`begincmap\n${entries}\nendcmap`));
  const font = doc.context.register(
    doc.context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "ABCDEF+UKIJTuz",
      Encoding: "Identity-H",
      ToUnicode: cmap,
    }),
  );
  page.node.setFontDictionary(PDFName.of("F1"), font);
  const stream = doc.context.register(doc.context.stream(content));
  page.node.set(PDFName.of("Contents"), stream);
  return doc;
}

const fontOf = (doc: PDFDocument) => {
  const dict = doc.getPages()[0].node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
  return dict?.get(PDFName.of("F1")) as PDFRef;
};

// The print PDF: glyph 030D is ە (U+06D5) by its ActualText span, ﻪ (U+FEEA) by its ToUnicode map.
const PRINT = `BT /F1 12 Tf
/Span <</ActualText <feff06d5>>> BDC <030d> Tj EMC
/Span <</ActualText <feff0628>>> BDC <0300> Tj EMC
ET`;

describe("the letters of shaped glyphs, from the print PDF's ActualText", () => {
  it("reads which letters each glyph stands for", async () => {
    const doc = await pdfWith("2 beginbfchar\n<030D> <FEEA>\n<0300> <FE91>\nendbfchar", PRINT);
    const texts = glyphTexts(doc).get(fontOf(doc).toString());
    expect(texts?.get(0x030d)).toEqual(new Set(["\u06d5"]));
    expect(texts?.get(0x0300)).toEqual(new Set(["\u0628"]));
  });

  it("gives the press PDF's glyph its letter back, where gs named it by the font's presentation form", async () => {
    const print = await pdfWith("2 beginbfchar\n<030D> <FEEA>\n<0300> <FE91>\nendbfchar", PRINT);
    // gs's map: the presentation forms again, and a glyph of the subset the print never drew.
    const press = await pdfWith("3 beginbfchar\n<030D> <FEEA>\n<0300> <FE91>\n<0310> <FEEB>\nendbfchar", "BT ET");
    expect(restoreToUnicode(press, sourceMaps(print))).toEqual({ fonts: 1, restored: 1 });
    const ref = press.context.lookup(fontOf(press), PDFDict).get(PDFName.of("ToUnicode"));
    const stream = press.context.lookup(ref as PDFRef) as PDFRawStream;
    const map = parseToUnicode(Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1"));
    expect(map.get(0x030d)).toBe("06D5"); // ە, not ه: the letter the text has
    expect(map.get(0x0300)).toBe("0628");
    expect(map.get(0x0310)).toBe("0647"); // never drawn: gs's guess, as a letter (NFKC of U+FEEB)
  });

  it("does not restore a font whose map disagrees with the source's (another face of the same name)", async () => {
    const print = await pdfWith("1 beginbfchar\n<0300> <FE91>\nendbfchar", "BT /F1 12 Tf <0300> Tj ET");
    const press = await pdfWith("1 beginbfchar\n<0300> <0041>\nendbfchar", "BT ET");
    expect(restoreToUnicode(press, sourceMaps(print)).restored).toBe(0);
  });
});
