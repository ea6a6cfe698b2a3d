/**
 * The proof PDF made from the press PDF without a second Ghostscript run (proof-pdf.ts): photos
 * placed above 150 ppi come down to 100 ppi with their CMYK values, lower ones stay, and what
 * identifies a PDF/X press file is gone. Read back with pdfimages and MuPDF-free pdf-lib.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePdfimagesList } from "../../src/handoff/preflight/poppler.js";
import { proofSize, writeProofPages } from "../../src/handoff/proof-pdf.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "folio-proof-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CMYK JPEG in two flat halves (red and teal), so its values can be read back. */
async function cmykJpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) raw.set(i % width < width / 2 ? [200, 30, 40] : [20, 150, 140], i * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .toColourspace("cmyk")
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** CMYK values of a JPEG at (x, y), as stored. */
async function inks(jpeg: Buffer | string, points: [number, number][]): Promise<number[][]> {
  const { data, info } = await sharp(jpeg)
    .pipelineColourspace("cmyk")
    .toColourspace("cmyk")
    .raw()
    .toBuffer({ resolveWithObject: true });
  return points.map(([x, y]) => [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)]);
}

/** A press-like PDF: one CMYK photo at 300 ppi, one at 120 ppi, PDF/X keys in Info and catalog. */
async function pressPdf(): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  for (const [w, h, x, widthPt] of [
    [600, 300, 10, 144],
    [240, 120, 160, 144],
  ] as const) {
    const img = await doc.embedJpg(new Uint8Array(await cmykJpeg(w, h)));
    page.drawImage(img, { x, y: 100, width: widthPt, height: (widthPt * h) / w });
  }
  const info = doc.context.lookup(doc.context.trailerInfo.Info) as PDFDict;
  info.set(PDFName.of("GTS_PDFXVersion"), PDFString.of("PDF/X-3:2002"));
  doc.catalog.set(
    PDFName.of("OutputIntents"),
    doc.context.obj([doc.context.obj({ Type: "OutputIntent", S: "GTS_PDFX" })]),
  );
  const file = path.join(dir, "press.pdf");
  writeFileSync(file, await doc.save({ useObjectStreams: false }));
  return file;
}

describe("proof PDF", () => {
  it("resamples only what is placed above 1.5 × 100 ppi", () => {
    expect(proofSize(2070, 1552, 303)).toEqual({ width: 683, height: 512 });
    expect(proofSize(2070, 1552, 151)).toEqual({ width: 1371, height: 1028 });
    expect(proofSize(2070, 1552, 150)).toBeUndefined();
    expect(proofSize(2070, 1552, 0)).toBeUndefined();
  });

  it("brings a 300 ppi photo to 100 ppi with its CMYK values, keeps a 120 ppi one, and drops the PDF/X keys", async () => {
    const press = await pressPdf();
    const out = path.join(dir, "proof.pdf");
    const { images } = await writeProofPages(press, out, path.join(dir, "cache"));
    expect(images).toBe(1);
    const rows = parsePdfimagesList(execFileSync("pdfimages", ["-list", out], { encoding: "utf8" }));
    expect(rows.map((r) => [r.width, r.height, r.color, Math.round(r.xPpi)])).toEqual([
      [200, 100, "cmyk", 100],
      [240, 120, "cmyk", 120],
    ]);
    // The resampled photo keeps its inks: both halves read back within a few levels of the press image's.
    const dump = path.join(dir, "img");
    execFileSync("pdfimages", ["-j", "-f", "1", "-l", "1", press, `${dump}-press`]);
    execFileSync("pdfimages", ["-j", "-f", "1", "-l", "1", out, `${dump}-proof`]);
    const want = await inks(`${dump}-press-000.jpg`, [
      [60, 150],
      [540, 150],
    ]);
    const got = await inks(`${dump}-proof-000.jpg`, [
      [20, 50],
      [180, 50],
    ]);
    expect(want[0]).not.toEqual(want[1]);
    got.forEach((g, k) =>
      expect(
        g.map((v, i) => Math.abs(v - want[k][i]) <= 4),
        `${g} vs ${want[k]}`,
      ).toEqual([true, true, true, true]),
    );
    const text = readFileSync(out, "latin1");
    expect(text).not.toMatch(/GTS_PDFX|OutputIntent/);
    expect(readFileSync(press, "latin1")).toMatch(/GTS_PDFXVersion/);
  });
});
