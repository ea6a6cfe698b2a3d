/**
 * The content streams of a PDF (page contents, Form XObjects, tiling patterns), each with the first
 * page that shows it, and how to replace one with new bytes (Flate, same dictionary otherwise).
 */
import { PDFArray, PDFName, PDFRawStream, PDFRef, type PDFContext, type PDFDocument } from "pdf-lib";
import { reachable } from "./pdf-walk.js";

export interface ContentStream {
  ref: PDFRef;
  stream: PDFRawStream;
  /** 1-based page that first shows it (forms and patterns may be shared). */
  page: number;
}

export function contentStreams(doc: PDFDocument): ContentStream[] {
  const refOf = new Map<unknown, PDFRef>();
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) refOf.set(obj, ref);
  const out = new Map<PDFRef, ContentStream>();
  doc.getPages().forEach((page, i) => {
    for (const { obj, key } of reachable(doc, page)) {
      if (!(obj instanceof PDFRawStream)) continue;
      const isContent =
        key === "/Contents" ||
        obj.dict.get(PDFName.of("Subtype")) === PDFName.of("Form") ||
        obj.dict.has(PDFName.of("PatternType"));
      const ref = refOf.get(obj);
      if (isContent && ref && !out.has(ref)) out.set(ref, { ref, stream: obj, page: i + 1 });
    }
  });
  return [...out.values()];
}

/** Replaces a stream's data (Flate-compressed) and keeps every other key of its dictionary. */
export function replaceStream(context: PDFContext, ref: PDFRef, old: PDFRawStream, bytes: Uint8Array): void {
  const fresh = context.flateStream(bytes);
  for (const [key, value] of old.dict.entries()) {
    const k = key.asString();
    if (k !== "/Filter" && k !== "/DecodeParms" && k !== "/Length") fresh.dict.set(key, value);
  }
  context.assign(ref, fresh);
}

/** A page's /Contents as one array of refs (for callers that need every piece). */
export function pageContentRefs(doc: PDFDocument, pageIndex: number): PDFRef[] {
  const c = doc.getPages()[pageIndex].node.get(PDFName.of("Contents"));
  const target = c instanceof PDFRef ? doc.context.lookup(c) : c;
  if (target instanceof PDFArray) return target.asArray().filter((r): r is PDFRef => r instanceof PDFRef);
  return c instanceof PDFRef ? [c] : [];
}
