/**
 * The EPUB cover image: the print stage's rendering of the front cover when it passes one in;
 * otherwise one drawn here from the cover photo with the magazine title and issue over it.
 *
 * Stores ask for at least 1400 px on the short side (1600 recommended) and at most 4 megapixels per
 * image (src/render/epub/check/stores.ts), so the cover is made 1600 px on its short side, JPEG, and
 * never past 4 MP: 1600 × 2171 px for the 210 × 285 mm trim (3.47 MP).
 */
import sharp from "sharp";
import type { Issue } from "../../model/types.js";
import { escapeHtml } from "../../text/escape.js";
import { issueLabel } from "./labels.js";
import type { Rendition } from "./images.js";
import { IMAGE_DIR } from "./xhtml.js";

export const COVER_SHORT_EDGE = 1600;
export const MAX_PIXELS = 4_000_000;

/** Size for a cover `width`×`height`: short side COVER_SHORT_EDGE, within MAX_PIXELS, never enlarged. */
export function coverSize(width: number, height: number): { width: number; height: number } {
  let scale = Math.min(1, COVER_SHORT_EDGE / Math.min(width, height));
  if (width * height * scale * scale > MAX_PIXELS) scale = Math.sqrt(MAX_PIXELS / (width * height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export async function coverRendition(issue: Issue, coverPng?: string): Promise<Rendition> {
  const input = coverPng ?? (await drawCover(issue));
  const img = sharp(input, { failOn: "error" }).rotate();
  const meta = await img.metadata();
  const size = coverSize(
    meta.autoOrient?.width ?? meta.width ?? COVER_SHORT_EDGE,
    meta.autoOrient?.height ?? meta.height ?? COVER_SHORT_EDGE,
  );
  const data = await img
    .resize(size.width, size.height, { fit: "fill" })
    .toColourspace("srgb")
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 85, mozjpeg: true, chromaSubsampling: "4:2:0" })
    .toBuffer();
  return { href: `${IMAGE_DIR}/cover.jpg`, mediaType: "image/jpeg", data };
}

/** Cover at the print trim's proportions, short edge COVER_SHORT_EDGE px, as PNG. */
export async function drawCover(issue: Issue): Promise<Buffer> {
  const { widthMm, heightMm } = issue.magazine.trim;
  const width = COVER_SHORT_EDGE;
  const height = Math.round((COVER_SHORT_EDGE * heightMm) / widthMm);
  const photo = issue.cover.image?.path;
  const base = photo
    ? sharp(photo).rotate().resize({ width, height, fit: "cover", position: "attention" })
    : sharp({ create: { width, height, channels: 3, background: "#b5121b" } });
  const overlay = Buffer.from(titleSvg(issue, width, height));
  const composed = await base
    .composite([{ input: overlay, top: 0, left: 0 }])
    .png()
    .toBuffer();
  return sharp(composed).removeAlpha().png().toBuffer(); // opaque, so it becomes a JPEG
}

/** The drawn cover's faces: the edition's own fonts (installed with it), else the Chinese stacks. */
function coverFaces(issue: Issue): { title: string; line: string } {
  const f = issue.edition.fonts;
  if (f) return { title: `${f.heading.family}, ${f.body.family}, sans-serif`, line: `${f.body.family}, sans-serif` };
  return { title: "Noto Serif CJK SC, Noto Sans CJK SC, serif", line: "Noto Sans CJK SC, sans-serif" };
}

function titleSvg(issue: Issue, width: number, height: number): string {
  const m = issue.magazine;
  const band = Math.round(height * 0.2);
  const e = escapeHtml;
  const faces = coverFaces(issue);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect x="0" y="0" width="${width}" height="${band}" fill="#b5121b" />
<text x="${width / 2}" y="${band * 0.58}" text-anchor="middle" font-family="${e(faces.title)}"
  font-size="${Math.round(band * 0.45)}" font-weight="bold" fill="#ffffff">${e(m.title)}</text>
<text x="${width / 2}" y="${band * 0.86}" text-anchor="middle" font-family="${e(faces.line)}"
  font-size="${Math.round(band * 0.13)}" fill="#ffffff">${e(m.titleLatin)}  ${e(issueLabel(issue))}</text>
</svg>`;
}
