/**
 * The EPUB cover image: the print stage's rendering of the front cover when it passes one in;
 * otherwise one drawn here from the cover photo with the magazine title and issue over it.
 */
import sharp from "sharp";
import type { Issue } from "../../model/types.js";
import { escapeHtml } from "../html/escape.js";
import { issueLabel } from "./front.js";
import { MAX_EDGE, renderImage, type Rendition } from "./images.js";

export async function coverRendition(issue: Issue, coverPng?: string): Promise<Rendition> {
  return renderImage(coverPng ?? (await drawCover(issue)), "cover");
}

/** Cover at the print trim's proportions, long edge MAX_EDGE px, as PNG. */
export async function drawCover(issue: Issue): Promise<Buffer> {
  const { widthMm, heightMm } = issue.magazine.trim;
  const height = MAX_EDGE;
  const width = Math.round((MAX_EDGE * widthMm) / heightMm);
  const photo = issue.cover.image?.path;
  const base = photo
    ? sharp(photo).rotate().resize({ width, height, fit: "cover", position: "attention" })
    : sharp({ create: { width, height, channels: 3, background: "#b5121b" } });
  const overlay = Buffer.from(titleSvg(issue, width, height));
  const composed = await base.composite([{ input: overlay, top: 0, left: 0 }]).png().toBuffer();
  return sharp(composed).removeAlpha().png().toBuffer(); // opaque, so it becomes a JPEG
}

function titleSvg(issue: Issue, width: number, height: number): string {
  const m = issue.magazine;
  const band = Math.round(height * 0.2);
  const e = escapeHtml;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect x="0" y="0" width="${width}" height="${band}" fill="#b5121b" />
<text x="${width / 2}" y="${band * 0.58}" text-anchor="middle" font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif"
  font-size="${Math.round(band * 0.45)}" font-weight="bold" fill="#ffffff">${e(m.title)}</text>
<text x="${width / 2}" y="${band * 0.86}" text-anchor="middle" font-family="Noto Sans CJK SC, sans-serif"
  font-size="${Math.round(band * 0.13)}" fill="#ffffff">${e(m.titleLatin)}  ${e(issueLabel(issue))}</text>
</svg>`;
}
