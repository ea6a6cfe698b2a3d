/**
 * QR codes for the imprint's codes that have a known target (magazine.yaml imprint.qr_codes[].url).
 * The `qrcode` library encodes (error correction M); the symbol is drawn here as one SVG path of
 * dark modules with the standard 4-module quiet zone, so print (inline SVG, vector) and the EPUB
 * (PNG made from the same SVG) show the same code, and the same URL always gives the same bytes.
 */
import QRCode from "qrcode";
import type { QrCode } from "../../model/types.js";
import { CHINESE_WORDS, type Words } from "../../model/words.js";
import { escapeHtml } from "../../text/escape.js";

export const QUIET_ZONE = 4;

/** A real target: an http(s) URL (not absent, not "unknown"). */
export function qrTarget(q: QrCode): string | undefined {
  return q.url && q.url !== "unknown" ? q.url : undefined;
}

/**
 * The symbol as SVG, one user unit per module; `size` sets the rendered width/height attributes;
 * `words`: the edition's, for its label (the Chinese ones by default).
 */
export function qrSvg(url: string, size?: string, words: Words = CHINESE_WORDS): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = modules.size;
  const total = n + 2 * QUIET_ZONE;
  const runs: string[] = [];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      let w = 1;
      while (x + w < n && modules.get(y, x + w)) w++;
      runs.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${w}v1h-${w}z`);
      x += w - 1;
    }
  }
  const dims = size ? ` width="${size}" height="${size}"` : ` width="${total}" height="${total}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}"${dims} shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(words.qr_code)}"><rect width="${total}" height="${total}" fill="#ffffff"/><path fill="#000000" d="${runs.join("")}"/></svg>`;
}
