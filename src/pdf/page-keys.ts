/**
 * A key for what each page of a PDF draws: a hash of the page dictionary (its inherited Resources,
 * MediaBox, CropBox and Rotate resolved) and of every object it reaches — content streams, fonts
 * with their embedded programs, images, forms, colour spaces, graphics states, annotations — with
 * object numbers replaced by the order they are met in, so the same page in another build of the
 * issue (other object numbers, other pages around it) has the same key, and any byte that can change
 * how the page renders changes it. The document's OutputIntents go into every key (a renderer may
 * take its CMYK from them). Only a page's links up the page tree (/Parent) and its place in the
 * structure tree (/StructParents) are left out: neither is drawn.
 *
 * The page cache (page-cache.ts) keeps what a reading of a page gave under this key.
 */
import { createHash, type Hash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFObject } from "pdf-lib";

const SKIP = new Set(["/Parent", "/StructParents"]);
const INHERITED = ["Resources", "MediaBox", "CropBox", "Rotate"];

function feed(doc: PDFDocument, obj: PDFObject | undefined, h: Hash, seen: Map<string, number>): void {
  if (obj === undefined) {
    h.update("undefined;");
    return;
  }
  if (obj instanceof PDFRef) {
    const at = seen.get(obj.tag);
    if (at !== undefined) {
      h.update(`@${at};`);
      return;
    }
    seen.set(obj.tag, seen.size);
    feed(doc, doc.context.lookup(obj), h, seen);
    return;
  }
  if (obj instanceof PDFRawStream) {
    feed(doc, obj.dict, h, seen);
    h.update(`stream ${obj.contents.length};`).update(obj.contents);
    return;
  }
  if (obj instanceof PDFStream) {
    feed(doc, obj.dict, h, seen);
    const bytes = obj.getContents();
    h.update(`stream ${bytes.length};`).update(bytes);
    return;
  }
  if (obj instanceof PDFDict) {
    h.update("<<");
    const entries = [...obj.entries()]
      .filter(([k]) => !SKIP.has(k.asString()))
      .sort(([a], [b]) => (a.asString() < b.asString() ? -1 : 1));
    for (const [k, v] of entries) {
      h.update(`${k.asString()} `);
      feed(doc, v, h, seen);
    }
    h.update(">>");
    return;
  }
  if (obj instanceof PDFArray) {
    h.update("[");
    for (const v of obj.asArray()) feed(doc, v, h, seen);
    h.update("]");
    return;
  }
  h.update(`${obj.toString()};`);
}

/** The key of every page, in page order. */
export function pageKeys(doc: PDFDocument): string[] {
  const intents = createHash("sha256");
  feed(doc, doc.catalog.get(PDFName.of("OutputIntents")), intents, new Map());
  const documentPart = intents.digest("hex");
  return doc.getPages().map((page) => {
    const h = createHash("sha256").update(documentPart);
    const seen = new Map<string, number>([[page.ref.tag, 0]]);
    feed(doc, page.node, h, seen);
    for (const name of INHERITED) {
      if (page.node.has(PDFName.of(name))) continue;
      h.update(`inherited ${name} `);
      feed(doc, page.node.getInheritableAttribute(PDFName.of(name)), h, seen);
    }
    return h.digest("hex").slice(0, 40);
  });
}

/** The page keys of a PDF file. */
export async function readPageKeys(file: string): Promise<string[]> {
  return pageKeys(await PDFDocument.load(await readFile(file), { updateMetadata: false }));
}
