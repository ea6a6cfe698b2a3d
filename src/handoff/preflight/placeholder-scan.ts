/**
 * Runs the placeholder search (placeholders.ts) on a PDF: flat images via MuPDF, QR captions and
 * scans; what each page showed is kept in the page cache (src/pdf/page-cache.ts).
 */
import { looksLikePlaceholder } from "./flat-image.js";
import type { PageGeometry } from "./geometry.js";
import { codeOf, onePage, openPageCache } from "../../pdf/page-cache.js";
import { toolVersion } from "../../util/tools.js";
import { placedImages } from "./placed-images.js";
import { checkPlaceholders, findPlaceholders, qrCaptions, scanQrCodes, type Placeholder } from "./placeholders.js";
import type { CheckResult } from "./types.js";

export interface PlaceholderScan {
  found: Placeholder[];
  results(mode: "press" | "draft"): CheckResult[];
}

export async function findPlaceholdersIn(
  pdf: string,
  bytes: Uint8Array,
  keys: string[],
  geometry: PageGeometry[],
  pageTexts: string[],
  signal?: AbortSignal,
): Promise<PlaceholderScan> {
  const images = await placedImages(bytes, keys);
  const captions = qrCaptions(pageTexts);
  const decoded = new Map<number, number>();
  const salt = `${await toolVersion("pdftoppm", "-v")}, ${await toolVersion("zbarimg", "--version")}, ${codeOf(import.meta.dirname, "placeholders")}`;
  const qr = openPageCache<string[]>("qr-codes", salt);
  for (const page of captions.keys())
    decoded.set(page, (await onePage(qr, keys[page - 1], () => scanQrCodes(pdf, page, signal))).length);
  const found = findPlaceholders(
    images,
    (p) => ({ x0: geometry[p - 1].media[0], y1: geometry[p - 1].media[3] }),
    captions,
    decoded,
    (img) => looksLikePlaceholder(img.flat),
  );
  return { found, results: (mode) => checkPlaceholders(found, mode) };
}
