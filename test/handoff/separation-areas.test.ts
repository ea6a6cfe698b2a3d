/**
 * Ink and bleed read at either resolution a page is rendered at (separation-pages.ts): 50 dpi (the
 * full render of a page with photos) or 72 dpi (the text-and-vector render of a page without). A
 * small 400 % square and a tint band that stops at the trim fail at both. Synthetic plates, no gs.
 */
import { describe, expect, it } from "vitest";
import type { Box } from "../../src/handoff/boxes.js";
import type { PageGeometry } from "../../src/handoff/preflight/geometry.js";
import type { Pam } from "../../src/handoff/preflight/pam.js";
import { readAreas } from "../../src/handoff/preflight/separation-pages.js";

const MM = 72 / 25.4;
// A 60 × 40 mm page with 3 mm bleed and 7 mm slug, in PDF points (origin bottom left).
const geo: PageGeometry = {
  media: [0, 0, 80 * MM, 60 * MM],
  bleed: [7 * MM, 7 * MM, 73 * MM, 53 * MM],
  trim: [10 * MM, 10 * MM, 70 * MM, 50 * MM],
};

/** The plates of the page at `dpi`, with `fills` (PDF boxes, CMYK bytes) painted in order. */
function plates(dpi: number, fills: [Box, number[]][]): Pam {
  const s = dpi / 72;
  const width = Math.round(geo.media[2] * s),
    height = Math.round(geo.media[3] * s);
  const data = Buffer.alloc(width * height * 4);
  for (const [[x0, y0, x1, y1], cmyk] of fills)
    for (let row = Math.round((geo.media[3] - y1) * s); row < Math.round((geo.media[3] - y0) * s); row++)
      for (let x = Math.round(x0 * s); x < Math.round(x1 * s); x++) data.set(cmyk, (row * width + x) * 4);
  return { width, height, depth: 4, data };
}

describe("ink and bleed at 50 and 72 dpi", () => {
  for (const dpi of [50, 72]) {
    it(`finds a 2 mm 400 % square and a band short of the bleed at ${dpi} dpi`, () => {
      const square: Box = [40 * MM, 20 * MM, 42 * MM, 22 * MM];
      // K30 across the head, from the top trim edge down 10 mm: nothing of it in the bleed.
      const band: Box = [10 * MM, 40 * MM, 70 * MM, 50 * MM];
      const a = readAreas(
        plates(dpi, [
          [band, [0, 0, 0, 77]],
          [square, [255, 255, 255, 255]],
        ]),
        geo,
        dpi,
        300,
      );
      expect(a.dpi).toBe(dpi);
      expect(a.ink.maxTac).toBe(400);
      const top = a.bleed.find((b) => b.edge === "top");
      expect(top?.inside).toEqual([0, 0, 0, 77]);
      expect(top?.lengthMm).toBeGreaterThanOrEqual(55);
    });
    it(`passes the same band run into the bleed at ${dpi} dpi`, () => {
      const a = readAreas(
        plates(dpi, [
          [
            [7 * MM, 40 * MM, 73 * MM, 53 * MM],
            [0, 0, 0, 77],
          ],
        ]),
        geo,
        dpi,
        300,
      );
      expect(a.bleed).toEqual([]);
      expect(a.ink.maxTac).toBe(30);
    });
  }
});
