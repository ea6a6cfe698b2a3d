/**
 * The imprint's QR codes for the EPUB: a code with a known target (imprint.qr_codes[].url) is generated
 * (src/render/html/qr.ts) and linked; one with only an `image` shows that image; one with neither keeps
 * its caption alone. Each code without a known target is named in a warning, since a printed code
 * nobody can follow is a gap in the edition, and folio never invents an address.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { Issue } from "../../model/types.js";
import { qrSvg, qrTarget } from "../html/qr.js";
import type { QrView } from "./front.js";
import type { Rendition } from "./images.js";
import { IMAGE_DIR } from "./xhtml.js";

/** Pixels per module of the PNG (a 29-module version-3 code with its quiet zone: 296 px). */
const MODULE_PX = 8;

export interface QrPlan {
  views: QrView[];
  /** Generated codes (PNG), ready to go into the EPUB. */
  generated: Rendition[];
  /** Source image files of codes given as images, to go through the image pipeline. */
  imageFiles: (string | undefined)[];
  warnings: string[];
}

export async function planQrCodes(issue: Issue): Promise<QrPlan> {
  const plan: QrPlan = { views: [], generated: [], imageFiles: [], warnings: [] };
  for (const [n, q] of issue.imprint.qrCodes.entries()) {
    const url = qrTarget(q);
    const name = `imprint.qr_codes[${n}] (${q.caption.split("\n").join(" ")})`;
    if (url) {
      const svg = qrSvg(url, undefined, issue.edition.words);
      const modules = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1] ?? 0);
      const data = await sharp(Buffer.from(svg), { density: 72 * MODULE_PX })
        .resize(modules * MODULE_PX, modules * MODULE_PX, { kernel: "nearest" })
        .flatten({ background: "#ffffff" })
        .png({ compressionLevel: 9, palette: true, colours: 2 })
        .toBuffer();
      const rendition: Rendition = { href: `${IMAGE_DIR}/qr-${n + 1}.png`, mediaType: "image/png", data };
      plan.generated.push(rendition);
      plan.views.push({ href: rendition.href, url });
      plan.imageFiles.push(undefined);
      continue;
    }
    plan.warnings.push(
      q.url === "unknown"
        ? `${name}: its target is recorded as unknown in the data; the EPUB shows the caption without a code or link`
        : `${name}: no url in magazine.yaml; the EPUB shows the caption without a link (add url: https://… or url: unknown)`,
    );
    const file = q.image ? findQrImage(issue, q.image) : undefined;
    if (q.image && !file) plan.warnings.push(`${name}: QR code image "${q.image}" not found`);
    plan.imageFiles.push(file);
    plan.views.push({});
  }
  return plan;
}

/** QR images are issue- or magazine-relative (magazine.yaml lives beside the issue folders). */
function findQrImage(issue: Issue, src: string): string | undefined {
  return [path.resolve(issue.dir, src), path.resolve(issue.dir, "..", src)].find((p) => existsSync(p));
}
