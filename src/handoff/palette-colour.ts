/**
 * Vector colour for the press: an RGB the print PDF uses → the operator that prints it. A palette
 * colour (magazine.yaml) gets the palette's own CMYK (`k`/`K`, which Ghostscript leaves exactly as
 * written); any other neutral R=G=B gets DeviceGray (`g`/`G`, K plate only); anything else is not
 * in the design and has no CMYK: the caller reports it. Pure.
 */
import type { Palette, PaletteColour } from "../model/types.js";

export type Rgb = [number, number, number];

export type PressColour =
  | { kind: "palette"; colour: PaletteColour; operands: string }
  | { kind: "neutral"; operands: string }
  | { kind: "unknown"; hex: string };

/** Chromium writes 8-bit channels as decimals with up to four digits: half a step is enough slack. */
const TOLERANCE = 0.6 / 255;

export const hex = (rgb: Rgb) =>
  `#${rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;

export function parseHex(h: string): Rgb {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as Rgb;
}

/** Shortest decimal for an operand: 0.2, 1, 0.085. */
export const num = (v: number) => String(Math.round(v * 10000) / 10000);

export const cmykOperands = (c: PaletteColour) => c.cmyk.map((p) => num(p / 100)).join(" ");

const near = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - b[i]) <= TOLERANCE);

export function pressColour(rgb: Rgb, palette: Palette): PressColour {
  const colour = palette.find((c) => near(rgb, parseHex(c.rgb)));
  if (colour) return { kind: "palette", colour, operands: cmykOperands(colour) };
  if (Math.abs(rgb[0] - rgb[1]) <= TOLERANCE && Math.abs(rgb[1] - rgb[2]) <= TOLERANCE) {
    return { kind: "neutral", operands: num((rgb[0] + rgb[1] + rgb[2]) / 3) };
  }
  return { kind: "unknown", hex: hex(rgb) };
}
