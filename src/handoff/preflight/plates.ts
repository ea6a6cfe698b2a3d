/**
 * Plates: which inks the text and the vector artwork of each page print with, read from the
 * rendered separations (separations.ts). A pixel on the K plate alone (or on no plate: paper) is
 * always fine; a pixel with any cyan, magenta or yellow must be exactly a palette colour. In the
 * text-only render, a colour meant for solids only (rich black) fails too: text must not print on
 * four plates. Pure.
 */
import type { Palette } from "../../model/types.js";
import type { Pam, PxBox } from "./pam.js";
import { union } from "./geometry.js";

export interface ForeignColour {
  /** Plate values 0–255. */
  cmyk: [number, number, number, number];
  pixels: number;
  box: PxBox;
  /** The palette colour it is, when it is one that is not allowed here (solids only in text). */
  palette?: string;
}

export interface PlateCount {
  /** Pixels with any ink. */
  inked: number;
  /** Of those, on K alone. */
  kOnly: number;
  /** Per allowed palette colour name, pixels. */
  palette: Map<string, number>;
  foreign: ForeignColour[];
}

const key = (c: number, m: number, y: number, k: number) => ((c << 24) | (m << 16) | (y << 8) | k) >>> 0;
const byte = (percent: number) => Math.round((percent / 100) * 255);

/** Every 4-byte value within ±1 of each colour (gs rounds tints to the nearest byte). */
export function colourKeys(palette: Palette): Map<number, string> {
  const keys = new Map<number, string>();
  for (const p of palette) {
    const [c, m, y, k] = p.cmyk.map(byte);
    for (let dc = -1; dc <= 1; dc++)
      for (let dm = -1; dm <= 1; dm++)
        for (let dy = -1; dy <= 1; dy++)
          for (let dk = -1; dk <= 1; dk++) {
            const v = [c + dc, m + dm, y + dy, k + dk];
            if (v.every((x) => x >= 0 && x <= 255)) keys.set(key(v[0], v[1], v[2], v[3]), p.name);
          }
  }
  return keys;
}

export function countPlates(pam: Pam, allowed: Map<number, string>, known: Map<number, string>): PlateCount {
  const out: PlateCount = { inked: 0, kOnly: 0, palette: new Map(), foreign: [] };
  const foreign = new Map<number, ForeignColour>();
  const d = pam.data;
  for (let i = 0, px = 0; i < d.length; i += 4, px++) {
    const c = d[i],
      m = d[i + 1],
      y = d[i + 2],
      k = d[i + 3];
    if ((c | m | y | k) === 0) continue;
    out.inked++;
    if ((c | m | y) === 0) {
      out.kOnly++;
      continue;
    }
    const id = key(c, m, y, k);
    const name = allowed.get(id);
    if (name) {
      out.palette.set(name, (out.palette.get(name) ?? 0) + 1);
      continue;
    }
    const x = px % pam.width,
      row = Math.floor(px / pam.width);
    const f = foreign.get(id);
    if (f) {
      f.pixels++;
      f.box = union(f.box, [x, row, x + 1, row + 1]);
    } else {
      foreign.set(id, {
        cmyk: [c, m, y, k],
        pixels: 1,
        box: [x, row, x + 1, row + 1],
        ...(known.has(id) ? { palette: known.get(id) } : {}),
      });
    }
  }
  out.foreign = [...foreign.values()].sort((a, b) => b.pixels - a.pixels);
  return out;
}

/** "C70 M67 Y66 K78" from plate bytes. */
export const cmykLabel = (v: number[]) => v.map((b, i) => `${"CMYK"[i]}${Math.round((b / 255) * 100)}`).join(" ");
