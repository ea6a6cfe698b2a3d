/**
 * The periodical's bar code number: EAN-13 (prefix 977) built from the ISSN, plus the EAN-2 add-on
 * carrying the issue number. Chinese periodicals use the two-digit year as the "price/sequence
 * variant" (digits 11–12), so 《党员之友》 2022 is 977 2096746 22 3, add-on "08". Printed on 封四
 * (src/render/print/barcode.ts) and read back by preflight (src/handoff/preflight/barcode-check.ts).
 * magazine.yaml's schema checks the ISSN (form and check digit) and the issue number, so what
 * these refuse here is a bug.
 */
import { InternalError } from "../contract/errors.js";

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
  if (issnCheckChar(first7) !== m[3].toUpperCase()) throw new InternalError(`ISSN "${issn}" has a wrong check digit`);
  const twelve = `977${first7}${String(year % 100).padStart(2, "0")}`;
  return twelve + eanCheckDigit(twelve);
}

/** Issue number → EAN-2 add-on, "08". */
export function issueAddon(number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 99)
    throw new InternalError(`issue number ${number} out of range`);
  return String(number).padStart(2, "0");
}
