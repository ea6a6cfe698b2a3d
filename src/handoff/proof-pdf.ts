/**
 * Low-resolution proof of the press PDF for approval by e-mail, with the colours as printed (CMYK):
 * the press PDF with every photo placed at more than 150 ppi resampled to 100 ppi (sharp, CMYK JPEG,
 * kept in the press-image cache under the photo's data and size), its PDF/X identification removed
 * (a proof is not a press file), then the proof marks outside the trim (proof-stamp.ts):
 * 校样 · 非印刷用 on every page, and for a draft 草稿 · draft with each placeholder on its page.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from "pdf-lib";
import sharp from "sharp";
import type { Issue } from "../model/types.js";
import { finalizePdf } from "./finalize-pdf.js";
import { issueDate, issueLabel } from "./ids.js";
import { pdfimagesList } from "./preflight/poppler.js";
import { PRESS_IMAGE_CACHE } from "./press-images.js";
import { PROOF_MARK, stampProof, type ProofLine } from "./proof-stamp.js";
import { writeFileAtomic } from "../util/atomic-file.js";

/** Photos are resampled to this resolution when placed at more than 1.5 times it (as gs's pdfwrite does). */
export const PROOF_PPI = 100;
const THRESHOLD = 1.5;
const VERSION = "proof-images-2";

export interface ProofImage {
  width: number;
  height: number;
  data: Buffer;
}

/** The proof's pixel size of an image placed at `ppi` (its highest placement), or undefined to keep it. */
export function proofSize(width: number, height: number, ppi: number): { width: number; height: number } | undefined {
  if (!(ppi > PROOF_PPI * THRESHOLD)) return undefined;
  const f = PROOF_PPI / ppi;
  return { width: Math.max(1, Math.round(width * f)), height: Math.max(1, Math.round(height * f)) };
}

/**
 * The resampled JPEG of every DCT image of the press PDF placed above the threshold, by object
 * number; `doc` is the press PDF loaded. Run beside preflight: it only reads the press PDF.
 */
export async function proofImages(
  pressPdf: string,
  doc: PDFDocument,
  cacheDir = PRESS_IMAGE_CACHE,
  signal?: AbortSignal,
): Promise<Map<number, ProofImage>> {
  const ppi = new Map<number, number>();
  for (const row of await pdfimagesList(pressPdf, signal)) {
    if (row.type === "image") ppi.set(row.object, Math.max(ppi.get(row.object) ?? 0, row.xPpi, row.yPpi));
  }
  const out = new Map<number, ProofImage>();
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    if (obj.dict.get(PDFName.of("Filter")) !== PDFName.of("DCTDecode")) continue;
    const w = obj.dict.get(PDFName.of("Width")),
      h = obj.dict.get(PDFName.of("Height"));
    if (!(w instanceof PDFNumber) || !(h instanceof PDFNumber)) continue;
    const size = proofSize(w.asNumber(), h.asNumber(), ppi.get(ref.objectNumber) ?? 0);
    if (!size) continue;
    const key = createHash("sha256")
      .update(VERSION)
      .update(`${size.width}x${size.height}`)
      .update(obj.contents)
      .digest("hex");
    const file = path.join(cacheDir, "proof", key.slice(0, 2), `${key}.jpg`);
    let data: Buffer;
    if (existsSync(file)) data = readFileSync(file);
    else {
      // CMYK in, CMYK out, the values as they are: no colour conversion, no profile attached (the
      // PDF's colour space and Decode array stay; libvips reads and writes the same JPEG convention).
      const comps = obj.dict.get(PDFName.of("ColorSpace")) === PDFName.of("DeviceGray") ? "b-w" : "cmyk";
      if (comps === "cmyk" && obj.dict.get(PDFName.of("ColorSpace")) !== PDFName.of("DeviceCMYK")) continue;
      data = await sharp(obj.contents)
        .pipelineColourspace(comps)
        .resize(size.width, size.height, { fit: "fill", kernel: "cubic" })
        .toColourspace(comps)
        .jpeg({ quality: 75 })
        .toBuffer();
      writeFileAtomic(file, data);
    }
    out.set(ref.objectNumber, { ...size, data });
  }
  return out;
}

/** Puts the resampled images in and removes what identifies a PDF/X press file. */
export function applyProofImages(doc: PDFDocument, images: ReadonlyMap<number, ProofImage>): void {
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    const img = images.get(ref.objectNumber);
    if (!img || !(obj instanceof PDFRawStream)) continue;
    const dict = obj.dict.clone(doc.context);
    dict.set(PDFName.of("Width"), PDFNumber.of(img.width));
    dict.set(PDFName.of("Height"), PDFNumber.of(img.height));
    dict.set(PDFName.of("Length"), PDFNumber.of(img.data.length));
    doc.context.assign(PDFRef.of(ref.objectNumber, ref.generationNumber), PDFRawStream.of(dict, img.data));
  }
  doc.catalog.delete(PDFName.of("OutputIntents"));
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info && "delete" in info)
    for (const key of ["GTS_PDFXVersion", "GTS_PDFXConformance"])
      (info as { delete(k: PDFName): void }).delete(PDFName.of(key));
}

/** Slug lines per page (pure). */
export function proofLines(
  issue: Issue,
  pageNames: string[],
  placeholders: { page: number; what: string }[],
): ProofLine[] {
  const draft = placeholders.length > 0;
  return pageNames.map((name, i) => {
    const page = i + 1;
    const mine = placeholders.filter((p) => p.page === page);
    const head = `${PROOF_MARK}${draft ? " · 草稿 · draft" : ""} · ${name}`;
    const [first, ...rest] = mine.map((p) => p.what);
    const bottom = first
      ? `占位 placeholder: ${first}`
      : page === 1 && draft
        ? `草稿 · draft: ${placeholders.length} placeholder(s), on ${[...new Set(placeholders.map((p) => pageNames[p.page - 1]))].join(", ")}`
        : undefined;
    return {
      page,
      top: head,
      topRight: `${issueLabel(issue)} · ${PROOF_MARK}`,
      ...(bottom ? { bottom } : {}),
      ...(rest.length ? { bottomRight: rest.join("; ") } : {}),
    };
  });
}

/**
 * Writes the proof's pages at `outPath`: the press PDF with the resampled images and without PDF/X
 * keys (beside preflight); finishProofPdf then adds the marks.
 */
export async function writeProofPages(
  pressPdf: string,
  outPath: string,
  cacheDir = PRESS_IMAGE_CACHE,
  signal?: AbortSignal,
): Promise<{ images: number }> {
  const doc = await PDFDocument.load(readFileSync(pressPdf), { updateMetadata: false });
  const images = await proofImages(pressPdf, doc, cacheDir, signal);
  applyProofImages(doc, images);
  writeFileSync(outPath, await doc.save({ useObjectStreams: false, addDefaultPage: false }));
  return { images: images.size };
}

/** The marks, dates, title and a content-derived ID, once preflight has said what is a placeholder. */
export async function finishProofPdf(
  issue: Issue,
  outPath: string,
  lines: ProofLine[],
  signal?: AbortSignal,
): Promise<void> {
  await finalizePdf(outPath, {
    title: `${issueLabel(issue)} 校样 proof`,
    date: issueDate(issue),
    version: "1.4",
    signal,
    edit: (doc) => stampProof(doc, lines),
  });
}
