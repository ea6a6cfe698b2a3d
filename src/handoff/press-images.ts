/**
 * Photos for the press: every RGB image of the print PDF converted to CMYK with the press
 * condition's output profile (libvips through sharp), before Ghostscript, so gs passes them through
 * instead of converting them itself (that was most of its 20–30 s), and with the profile the press
 * condition names rather than gs's default. JPEGs become CMYK JPEGs (quality 92); Flate images
 * (PNG-like graphics) become lossless Flate CMYK. Each result is cached by a hash of the image, its
 * colour space and the profile, in .cache/press-images/.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pLimit from "p-limit";
import {
  PDFArray,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
} from "pdf-lib";
import sharp from "sharp";
import { withIccProfile } from "./jpeg-icc.js";
import { writeFileAtomic } from "../util/atomic-file.js";
import { cacheFolder } from "../util/config.js";

export const PRESS_IMAGE_CACHE = cacheFolder("press-images");
const VERSION = "press-images-2";

export interface ImageConversionFacts {
  converted: number;
  cached: number;
  /** Images left for Ghostscript (encodings folio does not convert), "obj 12: reason". */
  left: string[];
  ms: number;
}

interface RgbImage {
  ref: PDFRef;
  stream: PDFRawStream;
  kind: "jpeg" | "raw";
  /** The ICC profile of an ICCBased RGB space, if any. */
  icc?: Buffer;
}

const name = (o: PDFObject | undefined) => (o instanceof PDFName ? o.asString() : undefined);

function rgbSpace(doc: PDFDocument, cs: PDFObject | undefined): { rgb: boolean; icc?: Buffer } {
  const o = cs instanceof PDFRef ? doc.context.lookup(cs) : cs;
  if (name(o) === "/DeviceRGB") return { rgb: true };
  if (o instanceof PDFArray && name(o.get(0)) === "/CalRGB") return { rgb: true };
  if (o instanceof PDFArray && name(o.get(0)) === "/ICCBased") {
    const s = doc.context.lookup(o.get(1));
    const n = s instanceof PDFRawStream ? s.dict.get(PDFName.of("N")) : undefined;
    if (n instanceof PDFNumber && n.asNumber() === 3)
      return { rgb: true, icc: Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()) };
  }
  return { rgb: false };
}

function findRgbImages(doc: PDFDocument, left: string[]): RgbImage[] {
  const found: RgbImage[] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || name(obj.dict.get(PDFName.of("Subtype"))) !== "/Image") continue;
    const { rgb, icc } = rgbSpace(doc, obj.dict.get(PDFName.of("ColorSpace")));
    if (!rgb) continue;
    const filter = obj.dict.get(PDFName.of("Filter"));
    const f = name(filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter);
    const bpc = obj.dict.get(PDFName.of("BitsPerComponent"));
    const predictor = obj.dict.has(PDFName.of("DecodeParms"));
    if (f === "/DCTDecode") found.push({ ref, stream: obj, kind: "jpeg", icc });
    else if (f === "/FlateDecode" && bpc instanceof PDFNumber && bpc.asNumber() === 8 && !predictor)
      found.push({ ref, stream: obj, kind: "raw", icc });
    else
      left.push(
        `obj ${ref.objectNumber}: ${f ?? "unfiltered"} ${bpc instanceof PDFNumber ? bpc.asNumber() : "?"}-bit RGB`,
      );
  }
  return found;
}

const dim = (s: PDFRawStream, k: string) => (s.dict.get(PDFName.of(k)) as PDFNumber).asNumber();

/** CMYK bytes for one image: a CMYK JPEG (Adobe-inverted, as libvips writes it) or raw CMYK. */
async function convert(img: RgbImage, profile: string): Promise<Buffer> {
  if (img.kind === "jpeg") {
    const jpeg = img.icc ? withIccProfile(Buffer.from(img.stream.contents), img.icc) : Buffer.from(img.stream.contents);
    // attach: false: the output intent carries the profile; 250 KB in every JPEG would be dead weight.
    return sharp(jpeg).withIccProfile(profile, { attach: false }).jpeg({ quality: 92 }).toBuffer();
  }
  const width = dim(img.stream, "Width"),
    height = dim(img.stream, "Height");
  const raw = Buffer.from(decodePDFRawStream(img.stream).decode());
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .withIccProfile(profile, { attach: false })
    .raw()
    .toBuffer();
}

export async function convertImagesToCmyk(
  doc: PDFDocument,
  profile: string,
  cacheDir: string | false = PRESS_IMAGE_CACHE,
): Promise<ImageConversionFacts> {
  const t0 = performance.now();
  const left: string[] = [];
  const images = findRgbImages(doc, left);
  const profileHash = createHash("sha256").update(readFileSync(profile)).digest("hex");
  const limit = pLimit(2);
  let cached = 0;
  const results = await Promise.all(
    images.map((img) =>
      limit(async () => {
        const key = createHash("sha256")
          .update(VERSION)
          .update(profileHash)
          .update(img.kind)
          .update(img.icc ?? "")
          .update(img.stream.contents)
          .digest("hex");
        const file = cacheDir
          ? path.join(cacheDir, key.slice(0, 2), `${key}.${img.kind === "jpeg" ? "jpg" : "cmyk"}`)
          : undefined;
        if (file && existsSync(file)) {
          cached++;
          return readFileSync(file);
        }
        const bytes = await convert(img, profile);
        if (file) writeFileAtomic(file, bytes);
        return bytes;
      }),
    ),
  );
  images.forEach((img, i) => {
    const bytes = results[i];
    const dict = img.stream.dict;
    const keep = Object.fromEntries(
      [...dict.entries()]
        .map(([k, v]) => [k.asString().slice(1), v])
        .filter(
          ([k]) =>
            !["Filter", "DecodeParms", "Length", "ColorSpace", "Decode", "BitsPerComponent"].includes(k as string),
        ),
    );
    const fresh =
      img.kind === "jpeg"
        ? doc.context.stream(bytes, {
            ...keep,
            ColorSpace: "DeviceCMYK",
            BitsPerComponent: 8,
            Filter: "DCTDecode",
            Decode: [1, 0, 1, 0, 1, 0, 1, 0],
          })
        : doc.context.flateStream(bytes, { ...keep, ColorSpace: "DeviceCMYK", BitsPerComponent: 8 });
    doc.context.assign(img.ref, fresh);
  });
  return { converted: images.length - cached, cached, left, ms: Math.round(performance.now() - t0) };
}
