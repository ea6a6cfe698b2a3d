/**
 * Low-resolution spread pictures for the preflight report: pages rendered with pdftoppm, put
 * side by side as a saddle-stitched magazine reads (cover alone, then 2|3, 4|5, …, back cover alone).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { run } from "../exec.js";

/** Reading spreads of a saddle-stitched issue, 1-based pages (pure). */
export function spreads(pages: number): number[][] {
  const out: number[][] = [[1]];
  for (let p = 2; p < pages; p += 2) out.push(p + 1 < pages ? [p, p + 1] : [p]);
  if (pages > 1) out.push([pages]);
  return out;
}

export interface Spread {
  pages: number[];
  png: Buffer;
}

export async function spreadPictures(pdf: string, pages: number, height = 220, signal?: AbortSignal): Promise<Spread[]> {
  const dir = mkdtempSync(join(tmpdir(), "folio-thumbs-"));
  try {
    // The whole sheet (CropBox: trim, bleed and marks), so bleed problems show too.
    await run("pdftoppm", ["-png", "-r", "20", "-scale-to-y", String(height), "-scale-to-x", "-1", "-cropbox", pdf, join(dir, "p")], { signal });
    const files = readdirSync(dir).filter((f) => f.endsWith(".png")).sort();
    const result: Spread[] = [];
    for (const s of spreads(pages)) {
      const imgs = await Promise.all(s.map((p) => sharp(join(dir, files[p - 1])).png().toBuffer({ resolveWithObject: true })));
      const width = imgs.reduce((w, i) => w + i.info.width, 0);
      let left = 0;
      const png = await sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
        .composite(imgs.map((i) => ({ input: i.data, left: (left += i.info.width) - i.info.width, top: 0 })))
        .png({ compressionLevel: 9 })
        .toBuffer();
      result.push({ pages: s, png });
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
