/**
 * Placeholders, found in the press PDF as a printer would find them: photos that are one flat tone
 * (flat-image.ts), and QR-code boxes left empty (a caption "扫描二维码" on a page where fewer QR codes
 * scan than there are such captions). In a press build each one fails; in a draft build each is
 * listed (warn) and the issue is marked 草稿 · draft.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Box } from "../boxes.js";
import { run } from "../../util/tools.js";
import type { PlacedImage } from "./placed-images.js";
import type { CheckResult, Status } from "./types.js";

export const QR_CAPTION = "扫描二维码";

export interface Placeholder {
  page: number;
  what: string;
  /** PDF points, MediaBox space. */
  pt?: Box;
}

/** Captions per page (pure). */
export function qrCaptions(pageTexts: string[]): Map<number, number> {
  const out = new Map<number, number>();
  pageTexts.forEach((t, i) => {
    const n = t.replace(/\s+/g, "").split(QR_CAPTION).length - 1;
    if (n) out.set(i + 1, n);
  });
  return out;
}

/** QR codes zbarimg reads on one page rendered at 200 dpi. */
export async function scanQrCodes(pdf: string, page: number, signal?: AbortSignal): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "folio-qr-"));
  try {
    const out = path.join(dir, "p");
    await run("pdftoppm", ["-r", "200", "-gray", "-singlefile", "-f", String(page), "-l", String(page), pdf, out], {
      signal,
    });
    const { stdout } = await run("zbarimg", ["-q", "-Sdisable", "-Sqrcode.enable", `${out}.pgm`], {
      signal,
      okCodes: [4],
    });
    return stdout
      .split("\n")
      .filter((l) => l.startsWith("QR-Code:"))
      .map((l) => l.slice(8));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function findPlaceholders(
  images: PlacedImage[],
  mediaTop: (page: number) => { x0: number; y1: number },
  captions: Map<number, number>,
  decoded: Map<number, number>,
  flatShare: (img: PlacedImage) => boolean,
): Placeholder[] {
  const found: Placeholder[] = [];
  for (const img of images) {
    if (!flatShare(img)) continue;
    const m = mediaTop(img.page);
    const b = img.topLeftBox;
    found.push({
      page: img.page,
      what: `placeholder photo: ${img.widthPx}×${img.heightPx} px image is ${Math.round(img.flat.share * 100)} % one flat tone`,
      pt: [m.x0 + b[0], m.y1 - b[3], m.x0 + b[2], m.y1 - b[1]],
    });
  }
  for (const [page, n] of captions) {
    const read = decoded.get(page) ?? 0;
    if (read < n)
      found.push({
        page,
        what: `empty QR-code box: ${n} caption(s) "${QR_CAPTION}" but ${read} QR code(s) scan on the page`,
      });
  }
  return found.sort((a, b) => a.page - b.page);
}

export function checkPlaceholders(found: Placeholder[], mode: "press" | "draft"): CheckResult[] {
  const status: Status = mode === "press" ? "fail" : "warn";
  if (!found.length)
    return [
      {
        check: "placeholders",
        status: "pass",
        message: "no placeholder photos, every QR-code caption has a code that scans",
      },
    ];
  return found.map((p) => ({
    check: "placeholders",
    status,
    page: p.page,
    message: `${p.what}${mode === "draft" ? " (草稿 · draft)" : ""}`,
    ...(p.pt ? { pt: p.pt } : {}),
  }));
}
