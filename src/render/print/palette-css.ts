/**
 * The design's colours as CSS custom properties, generated from magazine.yaml `palette:`: every
 * print stylesheet and template says var(--name), never a colour literal (a test checks), so the
 * screen shows the palette's RGB and the press PDF gets the palette's CMYK for the same colour.
 */
import type { Palette } from "../../model/types.js";

/** `brand_red` → `--brand-red`. */
export const cssVarName = (name: string) => `--${name.replace(/_/g, "-")}`;

export function paletteCss(palette: Palette): string {
  const lines = palette.map(
    (c) =>
      `  ${cssVarName(c.name)}: ${c.rgb}; /* C${c.cmyk[0]} M${c.cmyk[1]} Y${c.cmyk[2]} K${c.cmyk[3]}${c.solid ? ", solids only" : ""} */`,
  );
  return `/* Generated from magazine.yaml palette: do not edit. */\n:root {\n${lines.join("\n")}\n}\n`;
}
