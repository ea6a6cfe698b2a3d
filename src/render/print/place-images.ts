/**
 * The photos' own JPEG data in place of their stand-ins (proxies.ts), in the PDF Chromium printed:
 * every image XObject whose data is a stand-in's JPEG gets the photo's JPEG, width and height; its
 * colour space (the profile both carry), placement and crop stay as printed. Every photo laid out
 * as a stand-in must be found; a stand-in left in the PDF would go to press at a tenth of the
 * resolution.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { PDFArray, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from "pdf-lib";
import type { PhotoProxy } from "./proxies.js";
import { InternalError } from "../../contract/errors.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Colour components of an image XObject's colour space (DeviceGray/RGB, ICCBased /N). */
function components(doc: PDFDocument, cs: PDFObject | undefined): number | undefined {
  const v = cs instanceof PDFRef ? doc.context.lookup(cs) : cs;
  if (v instanceof PDFName)
    return ({ "/DeviceGray": 1, "/DeviceRGB": 3, "/DeviceCMYK": 4 } as Record<string, number>)[v.toString()];
  if (v instanceof PDFArray && v.get(0)?.toString() === "/ICCBased") {
    const profile = doc.context.lookup(v.get(1));
    const n = profile instanceof PDFRawStream ? profile.dict.get(PDFName.of("N")) : undefined;
    return n instanceof PDFNumber ? n.asNumber() : undefined;
  }
  return undefined;
}

/** The same address however it is escaped (a placed image keeps its src attribute as written). */
const sameAddress = (a: string, b: string) => new URL(a, "file:///html/").href === new URL(b, "file:///html/").href;

export interface Placed {
  /** Stand-ins replaced by their photo (one XObject may serve several pages). */
  replaced: number;
}

/**
 * Replaces the stand-ins in `doc`. `proxied`: the photo addresses laid out as stand-ins on the pages
 * (print-proxies.js, read back with the layout); each must be found.
 */
export function placeFullImages(doc: PDFDocument, proxies: readonly PhotoProxy[], proxied: readonly string[]): Placed {
  const bySha = new Map(proxies.map((p) => [p.proxySha, p]));
  const found = new Set<PhotoProxy>();
  let replaced = 0;
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    const proxy = bySha.get(sha256(obj.contents));
    if (!proxy) continue;
    const n = components(doc, obj.dict.get(PDFName.of("ColorSpace")));
    if (n !== proxy.components)
      throw new InternalError(
        `print: the stand-in of ${proxy.src} was printed with ${n ?? "unknown"} colour components, the photo has ${proxy.components}`,
      );
    const data = readFileSync(proxy.file);
    const dict = obj.dict.clone(doc.context);
    dict.set(PDFName.of("Width"), PDFNumber.of(proxy.width));
    dict.set(PDFName.of("Height"), PDFNumber.of(proxy.height));
    dict.set(PDFName.of("Filter"), PDFName.of("DCTDecode"));
    dict.set(PDFName.of("Length"), PDFNumber.of(data.length));
    dict.delete(PDFName.of("DecodeParms"));
    doc.context.assign(ref, PDFRawStream.of(dict, data));
    found.add(proxy);
    replaced++;
  }
  const missing = proxied.filter((src) => ![...found].some((p) => sameAddress(p.src, src)));
  if (missing.length) {
    throw new InternalError(
      `print: ${missing.length} photo(s) laid out as stand-ins were not found in Chromium's PDF, so their full resolution could not be placed: ${missing.join(", ")}`,
    );
  }
  return { replaced };
}
