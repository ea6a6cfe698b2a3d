/**
 * Applies the RGB-black rewrite (rgb-black.ts) to every content stream of a PDF: page contents,
 * Form XObjects and tiling patterns. Streams without RGB black are left byte for byte.
 */
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFContext,
} from "pdf-lib";
import { rewriteRgbBlack } from "./rgb-black.js";

function contentStreamRefs(doc: PDFDocument): Set<PDFRef> {
  const refs = new Set<PDFRef>();
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"));
    if (contents instanceof PDFRef) {
      const target = doc.context.lookup(contents);
      if (target instanceof PDFArray) target.asArray().forEach((r) => r instanceof PDFRef && refs.add(r));
      else refs.add(contents);
    } else if (contents instanceof PDFArray) {
      contents.asArray().forEach((r) => r instanceof PDFRef && refs.add(r));
    }
  }
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const subtype = obj.dict.get(PDFName.of("Subtype"));
    if (subtype === PDFName.of("Form") || obj.dict.has(PDFName.of("PatternType"))) refs.add(ref);
  }
  return refs;
}

function replaceStream(context: PDFContext, ref: PDFRef, old: PDFRawStream, bytes: Uint8Array): void {
  const fresh = context.flateStream(bytes);
  for (const [key, value] of old.dict.entries()) {
    const k = key.asString();
    if (k !== "/Filter" && k !== "/DecodeParms" && k !== "/Length") fresh.dict.set(key, value);
  }
  context.assign(ref, fresh);
}

/** Rewrites in place; returns how many `rg`/`RG` operators became `g`/`G`. */
export function rewriteBlackInDocument(doc: PDFDocument): number {
  let total = 0;
  for (const ref of contentStreamRefs(doc)) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    const { text: out, count } = rewriteRgbBlack(text);
    if (count === 0) continue;
    replaceStream(doc.context, ref, stream, Buffer.from(out, "latin1"));
    total += count;
  }
  return total;
}

/** File to file; returns the count of rewritten operators. */
export async function rewriteBlackInPdf(input: Uint8Array): Promise<{ bytes: Uint8Array; count: number }> {
  const doc = await PDFDocument.load(input, { updateMetadata: false });
  const count = rewriteBlackInDocument(doc);
  return { bytes: await doc.save({ useObjectStreams: false }), count };
}
