/**
 * Low-resolution spread pictures for the preflight report: pages rendered with pdftoppm, put
 * side by side as a saddle-stitched magazine reads (cover alone, then 2|3, 4|5, …, back cover alone).
 * A page's picture is kept in the page cache (src/pdf/page-cache.ts): a rebuild draws only changed pages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { run, toolVersion } from "../../util/tools.js";
import { codeOf, openPictureCache, pageRanges, perPage } from "../../pdf/page-cache.js";

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

/** Each page's picture (PNG), from the page cache or rendered (one pdftoppm per run of pages). */
async function pagePictures(
  pdf: string,
  keys: string[],
  height: number,
  signal?: AbortSignal,
): Promise<{ pngs: Buffer[]; rendered: number }> {
  const cache = openPictureCache(
    "spreads",
    `${await toolVersion("pdftoppm", "-v")}, ${height} px, ${codeOf(import.meta.dirname, "thumbnails")}`,
  );
  const { pages, made } = await perPage(cache, keys, async (missing) => {
    const dir = mkdtempSync(join(tmpdir(), "folio-thumbs-"));
    try {
      for (const [first, last] of pageRanges(missing)) {
        // The whole sheet (CropBox: trim, bleed and marks), so bleed problems show too.
        await run(
          "pdftoppm",
          [
            "-png",
            "-r",
            "20",
            "-scale-to-y",
            String(height),
            "-scale-to-x",
            "-1",
            "-cropbox",
            "-f",
            String(first),
            "-l",
            String(last),
            pdf,
            join(dir, "p"),
          ],
          { signal },
        );
      }
      // pdftoppm names a page's file after its number: p-7.png, p-07.png, … (padded to the page count).
      return new Map(
        readdirSync(dir)
          .filter((n) => n.endsWith(".png"))
          .map((f) => [Number(/-(\d+)\.png$/.exec(f)?.[1]), readFileSync(join(dir, f))]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return { pngs: pages, rendered: made };
}

/** `keys`: the page keys of the PDF (src/pdf/page-keys.ts), one per page. */
export async function spreadPictures(
  pdf: string,
  keys: string[],
  height = 220,
  signal?: AbortSignal,
): Promise<{ spreads: Spread[]; rendered: number }> {
  const { pngs: pictures, rendered } = await pagePictures(pdf, keys, height, signal);
  const result: Spread[] = [];
  for (const s of spreads(keys.length)) {
    const imgs = await Promise.all(
      s.map((p) =>
        sharp(pictures[p - 1])
          .png()
          .toBuffer({ resolveWithObject: true }),
      ),
    );
    const width = imgs.reduce((w, i) => w + i.info.width, 0);
    let left = 0;
    const layers = imgs.map((i) => {
      const layer = { input: i.data, left, top: 0 };
      left += i.info.width;
      return layer;
    });
    const png = await sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
      .composite(layers)
      .png({ compressionLevel: 9 })
      .toBuffer();
    result.push({ pages: s, png });
  }
  return { spreads: result, rendered };
}
