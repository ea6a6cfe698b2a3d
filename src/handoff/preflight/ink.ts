/**
 * Total area coverage (TAC) per page: the highest C+M+Y+K inside the BleedBox (what prints; crop
 * marks outside it are registration and do not count), from the full render of the separations
 * (50 dpi) on a page with photos, from the vector render (72 dpi) on a page without, averaged over
 * 2 × 2 pixels (about 1 mm² at 50 dpi, so single pixels of JPEG ringing in a photo converted to a
 * 300 % profile do not count, while any real area does). Ghostscript's `inkcov` gives page averages only, which never approach a limit. The
 * limit is the press condition's (300 % for FOGRA39); above it the page fails.
 */
import { toPx, type PageGeometry } from "./geometry.js";
import { clampBox, type Pam } from "./pam.js";
import { orPass, type CheckResult } from "./types.js";

export interface InkFigures {
  page: number;
  maxTac: number; // percent
  meanTac: number; // percent, over the bleed box
  /** Pixel box of the pixels over the limit (for the crop). */
  over?: [number, number, number, number];
}

/** Measures one page (pure). */
export function measureInk(pam: Pam, geo: PageGeometry, dpi: number, limit: number): Omit<InkFigures, "page"> {
  // d[i..i+3] are the C, M, Y, K bytes of one pixel.
  const [x0, y0, x1, y1] = clampBox(toPx(geo.bleed, geo.media, dpi), pam);
  const limitSum = (limit / 100) * 255;
  let max = 0,
    sum = 0,
    n = 0;
  let over: InkFigures["over"];
  const d = pam.data;
  const tac = (i: number) => d[i] + d[i + 1] + d[i + 2] + d[i + 3];
  const row = pam.width * 4;
  for (let y = y0; y < y1; y++) {
    for (let x = x0, i = (y * pam.width + x0) * 4; x < x1; x++, i += 4) {
      const right = x + 1 < x1 ? 4 : 0,
        down = y + 1 < y1 ? row : 0;
      const t = (tac(i) + tac(i + right) + tac(i + down) + tac(i + right + down)) / 4;
      if (t > max) max = t;
      if (t > limitSum + (TAC_TOLERANCE / 100) * 255)
        over = over
          ? [Math.min(over[0], x), Math.min(over[1], y), Math.max(over[2], x + 1), Math.max(over[3], y + 1)]
          : [x, y, x + 1, y + 1];
      sum += t;
      n++;
    }
  }
  const pct = (v: number) => Math.round((v / 255) * 100);
  return { maxTac: pct(max), meanTac: n ? pct(sum / n) : 0, ...(over ? { over } : {}) };
}

/** Measurement tolerance, percentage points: a photo converted to a 300 % profile and JPEG-compressed lands a point or two over. */
export const TAC_TOLERANCE = 3;

export function checkInk(figures: InkFigures[], limit: number, condition: string): CheckResult[] {
  const found: CheckResult[] = figures
    .filter((f) => f.maxTac > limit + TAC_TOLERANCE)
    .map((f) => ({
      check: "ink",
      status: "fail",
      page: f.page,
      message: `total ink up to ${f.maxTac} % (${condition} limit ${limit} %)`,
      ...(f.over ? { px: f.over } : {}),
    }));
  const worst = figures.reduce((a, f) => (f.maxTac > a.maxTac ? f : a), { page: 0, maxTac: 0, meanTac: 0 });
  return orPass(
    "ink",
    found,
    `total ink ≤ ${limit} % (${condition}) on all ${figures.length} pages; highest ${worst.maxTac} % (page ${worst.page})`,
  );
}
