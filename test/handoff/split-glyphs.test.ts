import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { glyphTexts } from "../../src/handoff/actual-text.js";
import { planSplits, splitAmbiguousGlyphs } from "../../src/handoff/split-glyphs.js";
import { parseToUnicode } from "../../src/handoff/to-unicode.js";

/**
 * A one-page PDF as Chromium prints Mongolian: font F1 is a CIDFontType2 with an identity CID map;
 * glyph 0003 (the space) drawn bare for a space and, in an ActualText span, for U+180E.
 */
async function mongolianPdf(content: string): Promise<{ doc: PDFDocument; font: PDFRef }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const cmap = doc.context.register(
    doc.context.stream("begincmap\n3 beginbfchar\n<0003> <0020>\n<0022> <1832>\n<03A1> <1821>\nendbfchar\nendcmap"),
  );
  const cid = doc.context.obj({
    Type: "Font",
    Subtype: "CIDFontType2",
    BaseFont: "AAAAAA+NotoSansMongolian-Regular",
    CIDToGIDMap: "Identity",
    W: [3, [260], 0x22, [600]],
  });
  const font = doc.context.register(
    doc.context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "AAAAAA+NotoSansMongolian-Regular",
      Encoding: "Identity-H",
      DescendantFonts: [cid],
      ToUnicode: cmap,
    }),
  );
  page.node.setFontDictionary(PDFName.of("F1"), font);
  page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.stream(content)));
  return { doc, font };
}

const PRINT = `BT /F1 12 Tf
<0022> Tj <0003> Tj
/Span <</ActualText <feff180e>>> BDC 6.7 0 Td <0003> Tj EMC 0 0 Td <03a1> Tj
ET`;

const contentOf = (doc: PDFDocument) => {
  const ref = doc.getPages()[0].node.get(PDFName.of("Contents")) as PDFRef;
  return Buffer.from(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode()).toString("latin1");
};

describe("one glyph code per text, before Ghostscript", () => {
  it("plans a code of its own for each text a glyph stands for besides its bare use", () => {
    const texts = new Map([
      [
        "5 0 R",
        new Map([
          [3, new Set(["", "\u180e"])],
          [0x22, new Set([""])],
          [7, new Set(["\u0627", "\u0644\u0627"])],
        ]),
      ],
    ]);
    const plan = planSplits(texts).get("5 0 R");
    expect(plan?.get(3)).toEqual(["\u180e"]);
    expect(plan?.has(0x22)).toBe(false);
    expect(plan?.get(7)).toEqual(["\u0644\u0627"]); // drawn only in spans: the first text keeps the code
  });

  it("draws U+180E with a new code mapped to the same glyph, its width and its own ToUnicode entry", async () => {
    const { doc, font } = await mongolianPdf(PRINT);
    const split = splitAmbiguousGlyphs(doc);
    expect(split.added).toBe(1);
    const content = contentOf(doc);
    expect(content).toContain("<0022> Tj <0003> Tj"); // the space, drawn bare, keeps its code
    expect(content).toMatch(/BDC 6\.7 0 Td <03A2> Tj EMC/); // the next code after the highest in use
    const type0 = doc.context.lookup(font, PDFDict);
    const cmap = type0.get(PDFName.of("ToUnicode")) as PDFRef;
    const map = parseToUnicode(
      Buffer.from(decodePDFRawStream(doc.context.lookup(cmap) as PDFRawStream).decode()).toString("latin1"),
    );
    expect(map.get(0x3a2)).toBe("180E");
    expect(map.get(3)).toBe("0020");
    const cid = type0.lookup(PDFName.of("DescendantFonts"), PDFArray).lookup(0, PDFDict);
    const gidMap = Buffer.from(decodePDFRawStream(cid.lookup(PDFName.of("CIDToGIDMap")) as PDFRawStream).decode());
    expect(gidMap.readUInt16BE(0x3a2 * 2)).toBe(3);
    expect(gidMap.readUInt16BE(0x3a1 * 2)).toBe(0x3a1);
    expect(cid.lookup(PDFName.of("W"), PDFArray).toString()).toContain("930 [ 260 ]");
    // Read again, every code stands for one text.
    expect(planSplits(glyphTexts(doc)).size).toBe(0);
    expect(split.texts).toEqual(glyphTexts(doc)); // what the press PDF's ToUnicode maps are made from
  });

  it("leaves a PDF whose glyphs each stand for one text as it is", async () => {
    const { doc } = await mongolianPdf("BT /F1 12 Tf <0022> Tj <0003> Tj ET");
    const before = contentOf(doc);
    const texts = glyphTexts(doc);
    const split = splitAmbiguousGlyphs(doc, texts);
    expect(split).toEqual({ added: 0, texts });
    expect(split.texts).toBe(texts); // not read again
    expect(contentOf(doc)).toBe(before);
  });
});
