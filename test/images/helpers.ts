/** Fixture images made with sharp in a temp folder, and ImageUse values pointing at them. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import type { ImageUse, PlacedBox } from "../../src/images/index.js";

export function tempDir(prefix = "folio-img-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function use(dir: string, src: string, usedBy = "p001-test", defaultBox?: PlacedBox): ImageUse {
  return { image: { path: path.join(dir, src), src }, slot: "figure", usedBy, blockId: `${usedBy}-1`, defaultBox };
}

export async function solidJpeg(
  file: string,
  w: number,
  h: number,
  colour = { r: 120, g: 140, b: 160 },
  q = 85,
): Promise<void> {
  await sharp({ create: { width: w, height: h, channels: 3, background: colour } })
    .jpeg({ quality: q })
    .toFile(file);
}

/** A noisy photo-like JPEG (so encoders do real work). */
export async function noisyJpeg(file: string, w: number, h: number): Promise<void> {
  await sharp({
    create: {
      width: w,
      height: h,
      channels: 3,
      background: "#7a8a9a",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toFile(file);
}

/** A valid PNG header declaring w×h pixels with (almost) no data: a decompression bomb as far as headers go. */
export function bombPng(file: string, w: number, h: number): void {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  writeFileSync(
    file,
    Buffer.concat([
      sig,
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.alloc(1024))),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** First pixel of an image file, as decoded by sharp (no colour management on the output side). */
export async function firstPixel(file: string): Promise<{ channels: number; rgb: number[] }> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  return { channels: info.channels, rgb: [...data.subarray(0, info.channels)] };
}
