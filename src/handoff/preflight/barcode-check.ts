/**
 * The bar code on the back cover: rendered grey at 300 dpi, read with zbarimg (EAN-13 + EAN-2
 * add-on), and its printed size measured (barcode-size.ts): it must scan and be 80–200 % of nominal.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, toolVersion } from "../../util/tools.js";
import { MAGNIFICATION, magnification, moduleWidthPx, parsePgm } from "./barcode-size.js";
import { codeOf, onePage, openPageCache } from "../../pdf/page-cache.js";
import type { CheckResult } from "./types.js";

export const SCAN_DPI = 300;

export interface Symbols {
  ean13: string[];
  ean2: string[];
  /** Printed size against nominal (1 = 100 %), when the bars were measured. */
  magnification?: number;
}

/** Parses `zbarimg -q` lines such as "EAN-13:9772096746223" (pure). */
export function parseZbar(out: string): Symbols {
  const s: Symbols = { ean13: [], ean2: [] };
  for (const line of out.split("\n")) {
    const m = /^(EAN-13|EAN-2):(\d+)$/.exec(line.trim());
    if (m) (m[1] === "EAN-13" ? s.ean13 : s.ean2).push(m[2]);
  }
  return s;
}

/** scanPage, kept in the page cache under the page's key (src/pdf/page-keys.ts). */
export async function scanPageCached(pdf: string, page: number, key: string, signal?: AbortSignal): Promise<Symbols> {
  const salt = `${await toolVersion("pdftoppm", "-v")}, ${await toolVersion("zbarimg", "--version")}, ${codeOf(import.meta.dirname, "barcode-check", "barcode-size")}`;
  return onePage(openPageCache<Symbols>("barcode", salt), key, () => scanPage(pdf, page, signal));
}

export async function scanPage(pdf: string, page: number, signal?: AbortSignal): Promise<Symbols> {
  const dir = mkdtempSync(join(tmpdir(), "folio-scan-"));
  try {
    const out = join(dir, "page");
    await run(
      "pdftoppm",
      ["-r", String(SCAN_DPI), "-gray", "-singlefile", "-f", String(page), "-l", String(page), pdf, out],
      { signal },
    );
    // zbarimg exits 4 when it finds nothing: that is a result, not an error.
    const { stdout } = await run("zbarimg", ["-q", "-Sean2.enable", `${out}.pgm`], { signal, okCodes: [4] });
    const symbols = parseZbar(stdout);
    const px = symbols.ean13.length ? moduleWidthPx(parsePgm(readFileSync(`${out}.pgm`))) : undefined;
    return px ? { ...symbols, magnification: magnification(px, SCAN_DPI) } : symbols;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkBarcode(found: Symbols, page: number, ean13: string | undefined, addon: string): CheckResult[] {
  // An edition without an ISSN carries no bar code: one that reads would be another edition's.
  if (ean13 === undefined) {
    if (found.ean13.length)
      return [
        { check: "barcode", status: "fail", page, message: `no ISSN, yet a bar code reads ${found.ean13.join(", ")}` },
      ];
    return [{ check: "barcode", status: "pass", page, message: "no ISSN in this edition: no bar code, none printed" }];
  }
  if (!found.ean13.includes(ean13)) {
    const got = found.ean13.length ? `read ${found.ean13.join(", ")}` : "no EAN-13 found";
    return [{ check: "barcode", status: "fail", page, message: `bar code ${ean13} not readable (${got})` }];
  }
  if (!found.ean2.includes(addon)) {
    const got = found.ean2.length ? `read ${found.ean2.join(", ")}` : "not found";
    return [{ check: "barcode", status: "fail", page, message: `EAN-13 ${ean13} reads, add-on ${addon} ${got}` }];
  }
  const m = found.magnification;
  const size = m === undefined ? "size not measured" : `${Math.round(m * 100)} % of nominal`;
  if (m === undefined || m < MAGNIFICATION.min || m > MAGNIFICATION.max) {
    return [
      {
        check: "barcode",
        status: "fail",
        page,
        message: `EAN-13 ${ean13} + ${addon} reads, but ${size} (GS1: ${MAGNIFICATION.min * 100}–${MAGNIFICATION.max * 100} %)`,
      },
    ];
  }
  return [{ check: "barcode", status: "pass", page, message: `EAN-13 ${ean13} + ${addon} reads, ${size}` }];
}
