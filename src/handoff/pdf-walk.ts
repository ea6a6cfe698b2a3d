/** Everything reachable from a page (resources, forms, images, annotations), without climbing to /Parent. */
import { PDFArray, PDFDict, PDFRawStream, PDFRef, type PDFDocument, type PDFObject, type PDFPage } from "pdf-lib";

export interface Reached {
  obj: PDFObject;
  /** The dictionary key it was reached through ("/Contents", "/ColorSpace", …), or "" for array items and the page. */
  key: string;
}

export function* reachable(doc: PDFDocument, page: PDFPage): Generator<Reached> {
  const seen = new Set<PDFObject>();
  const stack: Reached[] = [{ obj: page.node, key: "" }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { obj: o, key } = next;
    const obj = o instanceof PDFRef ? doc.context.lookup(o) : o;
    if (!obj || seen.has(obj)) continue;
    seen.add(obj);
    yield { obj, key };
    if (obj instanceof PDFArray)
      for (const x of obj.asArray()) stack.push({ obj: x, key: key === "/Contents" ? key : "" });
    const dict = obj instanceof PDFRawStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
    if (dict)
      for (const [k, v] of dict.entries()) if (k.asString() !== "/Parent") stack.push({ obj: v, key: k.asString() });
  }
}
