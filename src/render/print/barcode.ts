/**
 * Periodical bar code for the back cover: EAN-13 (prefix 977) built from the ISSN, plus the
 * EAN-2 add-on carrying the issue number. Chinese periodicals use the two-digit year as the
 * "price/sequence variant" (digits 11–12), so 《党员之友》 2022 is 977 2096746 22 3, add-on "08".
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
import { FolioError, InternalError } from "../../contract/errors.js";

/** Nominal EAN module width at 100 % magnification (GS1). */
export const MODULE_MM = 0.33;

/** EAN/UPC check digit (mod 10, weights 1,3 from the left for 12 digits). */
export function eanCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new InternalError(`EAN digits expected, got "${digits}"`);
  let sum = 0;
  // Weight 3 falls on the digit next to the check digit, then alternates leftwards.
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    sum += Number(digits[i]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** ISSN check character (mod 11, "X" for 10). */
export function issnCheckChar(first7: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first7[i]) * (8 - i);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? "X" : String(c);
}

/** "2096-7462" + 2022 → "9772096746223". Throws on a malformed ISSN or a wrong ISSN check digit. */
export function periodicalEan13(issn: string, year: number): string {
  const m = /^(\d{4})-?(\d{3})([\dXx])$/.exec(issn.trim());
  if (!m) throw new InternalError(`ISSN "${issn}" is not of the form NNNN-NNNC`);
  const first7 = m[1] + m[2];
  if (issnCheckChar(first7) !== m[3].toUpperCase()) {
    throw new FolioError({ file: "magazine.yaml", field: "issn", message: `ISSN "${issn}" has a wrong check digit` });
  }
  const twelve = `977${first7}${String(year % 100).padStart(2, "0")}`;
  return twelve + eanCheckDigit(twelve);
}

/** Issue number → EAN-2 add-on, "08". */
export function issueAddon(number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 99) throw new InternalError(`issue number ${number} out of range`);
  return String(number).padStart(2, "0");
}

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
    .replace(/^<svg /, `<svg width="${w}mm" height="${h}mm" class="periodical-barcode" role="img" aria-label="${code} ${issueAddon(number)}" `)
    .trim();
}
