/**
 * Is an image a placeholder? What a printer sees in one: a box of one flat tone (an FPO grey box,
 * folio's own 图片占位 pictures) where a photo belongs. Measured on a grid of samples of the decoded
 * image: the share of samples within ±3 levels of the most common value in every channel. Real
 * photos, even of a plain backdrop or a sky, vary from sample to sample (grain, gradients, JPEG
 * noise) and stay far below; paper white and solid black are left out, so a product on a white
 * background or a night scene is not taken for a placeholder. Pure.
 */

export const FLAT_SHARE = 0.6;
const TOLERANCE = 3;
const GRID = 200;

export interface FlatFigures {
  /** Share of samples at the most common value (0–1). */
  share: number;
  /** That value, one number per channel. */
  value: number[];
  /** Whether the value is paper white or solid black in its colour space. */
  extreme: boolean;
}

/** `pixels`: row-major samples with `n` channels per pixel and `stride` bytes per row. */
export function flatness(
  pixels: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  n: number,
  stride: number,
  cmyk: boolean,
): FlatFigures {
  const sx = Math.max(1, Math.floor(width / GRID)),
    sy = Math.max(1, Math.floor(height / GRID));
  const counts = new Map<string, number>();
  const samples: number[][] = [];
  for (let y = 0; y < height; y += sy) {
    for (let x = 0; x < width; x += sx) {
      const i = y * stride + x * n;
      const v = Array.from(pixels.subarray(i, i + n));
      samples.push(v);
      const key = v.map((c) => c >> 2).join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let modeKey = "",
    best = 0;
  for (const [k, c] of counts) if (c > best) [modeKey, best] = [k, c];
  const bucket = modeKey.split(",").map(Number);
  // The most common value: the mean of the samples in the most common bucket.
  const inBucket = samples.filter((v) => v.every((c, i) => c >> 2 === bucket[i]));
  const value = bucket.map((_, i) => Math.round(inBucket.reduce((s, v) => s + v[i], 0) / inBucket.length));
  const near = samples.filter((v) => v.every((c, i) => Math.abs(c - value[i]) <= TOLERANCE)).length;
  const sum = value.reduce((a, b) => a + b, 0);
  const extreme = cmyk ? sum <= 8 || value[3] >= 245 : value.every((c) => c >= 247) || value.every((c) => c <= 8);
  return { share: samples.length ? near / samples.length : 0, value, extreme };
}

export const looksLikePlaceholder = (f: FlatFigures) => f.share >= FLAT_SHARE && !f.extreme;
