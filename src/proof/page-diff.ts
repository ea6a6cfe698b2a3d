/**
 * The changed areas of a page between two rounds: both renders (MuPDF, 100 dpi, where a 9 pt
 * character is 12 pixels tall) compared pixel by pixel (pixelmatch, anti-aliasing ignored), and the
 * changed pixels gathered into boxes (cells of 4 mm joined to their neighbours), in PDF points from the
 * page's top-left corner.
 */
import pixelmatch from "pixelmatch";

export const DIFF_DPI = 100;
const CELL_PX = Math.round((4 / 25.4) * DIFF_DPI);

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Mupdf = typeof import("mupdf");
type Doc = InstanceType<Mupdf["Document"]>;

/** RGBA pixels of a page at DIFF_DPI. */
export function renderRgba(mupdf: Mupdf, doc: Doc, index: number): { data: Uint8Array; width: number; height: number } {
  const page = doc.loadPage(index);
  const s = DIFF_DPI / 72;
  const pix = page.toPixmap([s, 0, 0, s, 0, 0], mupdf.ColorSpace.DeviceRGB, false);
  const rgb = pix.getPixels();
  const width = pix.getWidth();
  const height = pix.getHeight();
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) {
    data[i * 4] = rgb[j];
    data[i * 4 + 1] = rgb[j + 1];
    data[i * 4 + 2] = rgb[j + 2];
    data[i * 4 + 3] = 255;
  }
  pix.destroy();
  page.destroy();
  return { data, width, height };
}

/** Boxes around the changed pixels of a mask (true: changed), w × h pixels, in pixels (pure). */
export function changedBoxes(mask: Uint8Array, w: number, h: number, cell = CELL_PX): Box[] {
  const cw = Math.ceil(w / cell);
  const ch = Math.ceil(h / cell);
  const hit = new Uint8Array(cw * ch);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) if (mask[y * w + x]) hit[Math.floor(y / cell) * cw + Math.floor(x / cell)] = 1;
  const seen = new Uint8Array(cw * ch);
  const boxes: Box[] = [];
  for (let start = 0; start < hit.length; start++) {
    if (!hit[start] || seen[start]) continue;
    let [x0, y0, x1, y1] = [cw, ch, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const c = stack.pop() as number;
      const cx = c % cw;
      const cy = Math.floor(c / cw);
      [x0, y0, x1, y1] = [Math.min(x0, cx), Math.min(y0, cy), Math.max(x1, cx), Math.max(y1, cy)];
      // Neighbours within one cell: changes a few millimetres apart make one box.
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          const n = ny * cw + nx;
          if (nx >= 0 && ny >= 0 && nx < cw && ny < ch && hit[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
    }
    boxes.push({ x: x0 * cell, y: y0 * cell, width: (x1 - x0 + 1) * cell, height: (y1 - y0 + 1) * cell });
  }
  return boxes;
}

/** Changed boxes of page `a` of one document against page `b` of another, in points; [] when they look alike. */
export function pageChanges(mupdf: Mupdf, before: Doc, a: number, after: Doc, b: number): Box[] {
  const one = renderRgba(mupdf, before, a);
  const two = renderRgba(mupdf, after, b);
  const pt = 72 / DIFF_DPI;
  if (one.width !== two.width || one.height !== two.height)
    return [{ x: 0, y: 0, width: two.width * pt, height: two.height * pt }];
  const out = new Uint8Array(one.width * one.height * 4);
  const n = pixelmatch(one.data, two.data, out, one.width, one.height, { threshold: 0.1, diffMask: true });
  if (n === 0) return [];
  const mask = new Uint8Array(one.width * one.height);
  for (let i = 0; i < mask.length; i++)
    mask[i] = out[i * 4 + 3] > 0 && out[i * 4] === 255 && out[i * 4 + 1] === 0 ? 1 : 0;
  return changedBoxes(mask, one.width, one.height).map((b) => ({
    x: b.x * pt,
    y: b.y * pt,
    width: b.width * pt,
    height: b.height * pt,
  }));
}
