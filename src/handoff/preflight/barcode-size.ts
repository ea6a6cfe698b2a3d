/**
 * How big the EAN-13 prints: its module width (X-dimension), measured on a grey render of the page.
 * A row through the bars shows the 30 bars of an EAN-13 as 60 edges, and from the first edge to the
 * last the symbol is 95 modules wide. GS1 allows 80 % to 200 % of the nominal 0.33 mm module. Pure.
 */
import { InternalError } from "../../contract/errors.js";

export const NOMINAL_MODULE_MM = 0.33;
export const MAGNIFICATION = { min: 0.8, max: 2.0 };

export interface Pgm {
  width: number;
  height: number;
  data: Buffer;
}

export function parsePgm(buf: Buffer): Pgm {
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.toString("latin1", 0, 64));
  if (!m) throw new InternalError("not a binary PGM image");
  return { width: Number(m[1]), height: Number(m[2]), data: buf.subarray(m[0].length) };
}

/**
 * Whether 60 edges are an EAN-13: 95 modules from first to last, every bar and space 1–4 modules,
 * and the guard patterns (start 101, centre 01010, end 101) one module each.
 */
function ean13Window(e: number[]): number | undefined {
  const x = (e[59] - e[0]) / 95;
  const m = (j: number) => (e[j + 1] - e[j]) / x; // width of bar or space j, in modules
  for (let j = 0; j < 59; j++) if (m(j) < 0.5 || m(j) > 4.6) return undefined;
  const one = (j: number) => Math.abs(m(j) - 1) < 0.45;
  const guards = [0, 1, 2, 27, 28, 29, 30, 56, 57, 58];
  return guards.every(one) ? x : undefined;
}

/** Module width in pixels of the EAN-13 crossing the most rows, or undefined when none is found. */
export function moduleWidthPx(img: Pgm): number | undefined {
  const widths: number[] = [];
  for (let y = 0; y < img.height; y += 2) {
    const row = img.data.subarray(y * img.width, (y + 1) * img.width);
    const edges: number[] = [];
    for (let x = 1; x < row.length; x++) if (row[x] < 128 !== row[x - 1] < 128) edges.push(x);
    for (let s = 0; s + 60 <= edges.length; s++) {
      const x = ean13Window(edges.slice(s, s + 60));
      if (x !== undefined) {
        widths.push(x);
        break;
      }
    }
  }
  if (widths.length < 3) return undefined;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)];
}

export function magnification(modulePx: number, dpi: number): number {
  return (modulePx * 25.4) / dpi / NOMINAL_MODULE_MM;
}
