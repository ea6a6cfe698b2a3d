/**
 * Periodical bar code for the back cover, drawn: the EAN-13 (prefix 977, from the ISSN and the
 * year) and the EAN-2 add-on (the issue number) that src/model/periodical-code.ts computes.
 *
 * Usage from the print template (the `<div class="barcode-slot">` on the back cover):
 *
 *   import { periodicalBarcodeSvg } from "../render/print/barcode.js";
 *   slot.innerHTML = periodicalBarcodeSvg({ issn: issue.magazine.issn, year: issue.year, number: issue.number });
 *
 * The SVG is vector (paths only, no font), pure black `#000000`, and carries its print size in
 * millimetres (`width`/`height` attributes): 1 module = 0.33 mm (100 % magnification), i.e. the
 * nominal 37.29 × 25.9 mm EAN-13 incl. quiet zones, plus the add-on to its right (≈ 48 × 26 mm in all).
 * Do not scale it below 80 % or recolour it. Chromium prints `#000000` as RGB black; the handoff
 * stage rewrites RGB black to DeviceGray so the bars print on the K plate only.
 */
import bwipjs from "bwip-js";
import { InternalError } from "../../contract/errors.js";
import { issueAddon, periodicalEan13 } from "../../model/periodical-code.js";

/** Nominal EAN module width at 100 % magnification (GS1). */
export const MODULE_MM = 0.33;

export interface BarcodeInput {
  issn: string;
  year: number;
  number: number;
}

/** Inline SVG (vector, black only, sized in mm) of the EAN-13 + EAN-2 periodical code. */
export function periodicalBarcodeSvg({ issn, year, number }: BarcodeInput): string {
  const code = periodicalEan13(issn, year);
  const svg = bwipjs.toSVG({
    bcid: "ean13",
    text: `${code} ${issueAddon(number)}`,
    includetext: true,
    guardwhitespace: true, // draws the ">" quiet-zone mark and keeps the quiet zones in the box
    scale: 1, // one viewBox unit per module
    height: 24.4, // bwip-js mm at 72 dpi → ≈ 69 modules = 22.85 mm of bars at 0.33 mm/module
    barcolor: "000000",
    textcolor: "000000",
  });
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!vb) throw new InternalError("bwip-js SVG without viewBox");
  const w = (Number(vb[1]) * MODULE_MM).toFixed(2);
  const h = (Number(vb[2]) * MODULE_MM).toFixed(2);
  return svg
    .replace(
      /^<svg /,
      `<svg width="${w}mm" height="${h}mm" class="periodical-barcode" role="img" aria-label="${code} ${issueAddon(number)}" `,
    )
    .trim();
}
