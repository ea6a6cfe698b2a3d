/**
 * Page keys (page-keys.ts) name what a page draws: the same page in another file has the same key,
 * whatever its object numbers; any change to what it draws (content, a resource's bytes, a box, an
 * inherited resource, an annotation) changes its key and no other page's.
 */
import { describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef, rgb } from "pdf-lib";
import { pageKeys } from "../../src/pdf/page-keys.js";

async function threePages(opts: { extraFirst?: boolean; colour?: number; image?: number } = {}): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  // pdf-lib's drawText names its font resources at random: the pages here name theirs.
  const font = doc.context.register(doc.context.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica" }));
  const text = (page: ReturnType<PDFDocument["addPage"]>, words: string) => {
    page.node.setFontDictionary(PDFName.of("F1"), font);
    page.node.addContentStream(doc.context.register(doc.context.stream(`BT /F1 12 Tf 20 20 Td (${words}) Tj ET`)));
  };
  if (opts.extraFirst) text(doc.addPage([100, 100]), "other");
  const a = doc.addPage([200, 300]);
  a.drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: rgb(opts.colour ?? 0.2, 0.2, 0.2) });
  const b = doc.addPage([200, 300]);
  text(b, "folio");
  const c = doc.addPage([200, 300]);
  const image = doc.context.stream(new Uint8Array([opts.image ?? 1, 2, 3, 4, 5, 6]), {
    Type: "XObject",
    Subtype: "Image",
    Width: 2,
    Height: 1,
    ColorSpace: "DeviceRGB",
    BitsPerComponent: 8,
  });
  const ref = doc.context.register(image);
  c.node.setXObject(PDFName.of("Im1"), ref);
  const content = doc.context.stream("q 100 0 0 50 0 0 cm /Im1 Do Q");
  c.node.addContentStream(doc.context.register(content));
  return doc;
}

const keysOf = async (doc: PDFDocument) => pageKeys(await PDFDocument.load(await doc.save()));

describe("pageKeys", () => {
  it("gives a page the same key in another file, at another place, with other object numbers", async () => {
    const [a, b, c] = await keysOf(await threePages());
    const other = await keysOf(await threePages({ extraFirst: true }));
    expect(other.slice(1)).toEqual([a, b, c]);
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it("changes the key of the page whose content changes, and only that one", async () => {
    const base = await keysOf(await threePages());
    const changed = await keysOf(await threePages({ colour: 0.3 }));
    expect(changed[0]).not.toBe(base[0]);
    expect(changed.slice(1)).toEqual(base.slice(1));
  });

  it("changes the key when an image the page draws changes by one byte", async () => {
    const base = await keysOf(await threePages());
    const changed = await keysOf(await threePages({ image: 9 }));
    expect(changed[2]).not.toBe(base[2]);
    expect(changed.slice(0, 2)).toEqual(base.slice(0, 2));
  });

  it("changes the key when a box changes or an annotation is added", async () => {
    const base = await keysOf(await threePages());
    const boxed = await threePages();
    boxed.getPage(1).setTrimBox(5, 5, 190, 290);
    expect((await keysOf(boxed))[1]).not.toBe(base[1]);
    const annotated = await threePages();
    const annot = annotated.context.obj({ Type: "Annot", Subtype: "Square", Rect: [0, 0, 10, 10] });
    annotated.getPage(1).node.set(PDFName.of("Annots"), annotated.context.obj([annotated.context.register(annot)]));
    const keys = await keysOf(annotated);
    expect(keys[1]).not.toBe(base[1]);
    expect([keys[0], keys[2]]).toEqual([base[0], base[2]]);
  });

  it("covers resources a page inherits from the page tree", async () => {
    const make = async (fill: string) => {
      const doc = await PDFDocument.create();
      const page = doc.addPage([200, 300]);
      const form = doc.context.register(
        doc.context.stream(`${fill} rg 0 0 10 10 re f`, { Type: "XObject", Subtype: "Form", BBox: [0, 0, 10, 10] }),
      );
      page.node.addContentStream(doc.context.register(doc.context.stream("/Fx Do")));
      // The page's own Resources are removed: it takes them from its parent Pages node.
      page.node.delete(PDFName.of("Resources"));
      const parent = doc.context.lookup(page.node.get(PDFName.of("Parent")) as PDFRef, PDFDict);
      parent.set(PDFName.of("Resources"), doc.context.obj({ XObject: { Fx: form } }));
      return doc;
    };
    const [a] = await keysOf(await make("1 0 0"));
    const [b] = await keysOf(await make("0 1 0"));
    expect(a).not.toBe(b);
  });

  it("ignores what is not drawn: the page's place in the page tree and in the structure tree", async () => {
    const base = await keysOf(await threePages());
    const tagged = await threePages();
    tagged.getPage(0).node.set(PDFName.of("StructParents"), tagged.context.obj(7));
    expect(await keysOf(tagged)).toEqual(base);
    // Sanity: the stream objects really are compared by their bytes.
    const doc = await PDFDocument.load(await (await threePages()).save());
    const contents = doc.getPage(2).node.Contents();
    const ref = contents instanceof PDFArray ? contents.get(contents.size() - 1) : undefined;
    expect(ref && doc.context.lookup(ref)).toBeInstanceOf(PDFRawStream);
  });
});
