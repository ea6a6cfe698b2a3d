/**
 * Draw clearly labelled placeholder photos for every image an issue refers to
 * (cover, inside covers, every figure in articles/*.md), so that the pipeline can be run
 * before the real photos arrive. A real photo saved under the same name replaces a placeholder
 * with no other change.
 *
 *   npx tsx scripts/make-placeholders.ts [issues/2022-08] [--force]
 *
 * Only missing files are written unless --force is given. Output is deterministic
 * (same input → same bytes): flat grey tone, "图片占位", caption, credit and file name,
 * 300 ppi at the placed size, JPEG quality 80.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import YAML from "yaml";

const PPI = 300;
const mmToPx = (mm: number) => Math.round((mm / 25.4) * PPI);

/** Placed sizes in mm. Full-bleed pages: trim 210×285 + 3 mm bleed each side. */
const FULL_BLEED = { w: 216, h: 291 };
/**
 * A figure: large enough for the flatplan to set it across the whole type area (≈ 174 mm) and crop it
 * tall, at 300 ppi (it never enlarges a photo past that), 4:3.
 */
const FIGURE = { w: 180, h: 135 };
/** A page filler (house advertisement, photo page): the type area. */
const FILLER = { w: 180, h: 250 };

export interface ImageJob {
  /** Issue-relative path, e.g. images/cover.jpg */
  src: string;
  caption?: string;
  credit?: string;
  widthPx: number;
  heightPx: number;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Break a CJK caption into lines of at most `n` characters (no word spaces in Chinese). */
function wrap(text: string, n: number, maxLines: number): string[] {
  const chars = [...text.replace(/\s+/g, " ")];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += n) lines.push(chars.slice(i, i + n).join(""));
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${[...lines[maxLines - 1]].slice(0, n - 1).join("")}…`;
  }
  return lines;
}

export function placeholderSvg(job: ImageJob): string {
  const { widthPx: w, heightPx: h } = job;
  const big = Math.round(Math.min(w, h) * 0.12);
  const small = Math.round(Math.min(w, h) * 0.04);
  const perLine = Math.max(8, Math.floor((w * 0.84) / small));
  const lines = job.caption ? wrap(job.caption, perLine, 6) : [];
  const font = `font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"`;
  const cx = w / 2;
  let y = h * 0.42;
  const parts: string[] = [];
  parts.push(
    `<text x="${cx}" y="${y}" ${font} font-size="${big}" font-weight="700" fill="#5a5a5a" text-anchor="middle">图片占位</text>`,
  );
  y += big * 0.9;
  for (const l of lines) {
    y += small * 1.45;
    parts.push(
      `<text x="${cx}" y="${y}" ${font} font-size="${small}" fill="#333" text-anchor="middle">${esc(l)}</text>`,
    );
  }
  if (job.credit) {
    y += small * 1.8;
    parts.push(
      `<text x="${cx}" y="${y}" ${font} font-size="${small}" fill="#333" text-anchor="middle">□${esc(job.credit)}</text>`,
    );
  }
  const stroke = Math.max(4, Math.round(Math.min(w, h) * 0.006));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="#c8c8c8"/>
<rect x="${stroke * 4}" y="${stroke * 4}" width="${w - stroke * 8}" height="${h - stroke * 8}" fill="none" stroke="#8c8c8c" stroke-width="${stroke}" stroke-dasharray="${stroke * 6} ${stroke * 4}"/>
<line x1="${stroke * 4}" y1="${stroke * 4}" x2="${w - stroke * 4}" y2="${h - stroke * 4}" stroke="#b4b4b4" stroke-width="${stroke}"/>
<line x1="${w - stroke * 4}" y1="${stroke * 4}" x2="${stroke * 4}" y2="${h - stroke * 4}" stroke="#b4b4b4" stroke-width="${stroke}"/>
${parts.join("\n")}
<text x="${cx}" y="${h - stroke * 4 - small * 0.8}" font-family="DejaVu Sans Mono, monospace" font-size="${Math.round(small * 0.6)}" fill="#666" text-anchor="middle">${esc(job.src)} · ${w}×${h} px · 300 ppi · PLACEHOLDER</text>
</svg>`;
}

/** Every image the issue refers to: covers and fillers from issue.yaml, figures from articles/*.md. */
export function collectImages(issueDir: string): ImageJob[] {
  const jobs = new Map<string, ImageJob>();
  const issue = YAML.parse(readFileSync(path.join(issueDir, "issue.yaml"), "utf8")) ?? {};
  for (const key of ["cover", "inside_front_cover", "inside_back_cover", "back_cover"]) {
    const c = issue[key];
    if (c?.image) {
      jobs.set(c.image, {
        src: c.image,
        caption: c.caption ?? c.title,
        credit: c.credit,
        widthPx: mmToPx(FULL_BLEED.w),
        heightPx: mmToPx(FULL_BLEED.h),
      });
    }
  }
  for (const f of issue.fillers ?? []) {
    if (f?.image && !jobs.has(f.image))
      jobs.set(f.image, {
        src: f.image,
        caption: f.caption,
        credit: f.credit,
        widthPx: mmToPx(FILLER.w),
        heightPx: mmToPx(FILLER.h),
      });
  }
  const artDir = path.join(issueDir, "articles");
  const files = existsSync(artDir)
    ? readdirSync(artDir)
        .filter((f) => f.endsWith(".md"))
        .sort()
    : [];
  // ![caption](src "credit") — a figure paragraph (see docs/data-format.md).
  const fig = /!\[([^\]]*)\]\(\s*([^\s)]+)(?:\s+"([^"]*)")?\s*\)/g;
  for (const f of files) {
    const md = readFileSync(path.join(artDir, f), "utf8");
    for (const m of md.matchAll(fig)) {
      const src = m[2];
      if (/^[a-z]+:/i.test(src) || jobs.has(src)) continue;
      jobs.set(src, {
        src,
        caption: m[1] || undefined,
        credit: m[3] || undefined,
        widthPx: mmToPx(FIGURE.w),
        heightPx: mmToPx(FIGURE.h),
      });
    }
  }
  return [...jobs.values()];
}

export async function makePlaceholders(
  issueDir: string,
  force = false,
): Promise<{ written: string[]; kept: string[] }> {
  const written: string[] = [];
  const kept: string[] = [];
  for (const job of collectImages(issueDir)) {
    const out = path.join(issueDir, job.src);
    if (existsSync(out) && !force) {
      kept.push(job.src);
      continue;
    }
    mkdirSync(path.dirname(out), { recursive: true });
    const buf = await sharp(Buffer.from(placeholderSvg(job)), { density: 72 })
      .flatten({ background: "#c8c8c8" })
      .jpeg({ quality: 80, chromaSubsampling: "4:2:0" })
      .withMetadata({ density: PPI })
      .toBuffer();
    writeFileSync(out, buf);
    written.push(`${job.src} (${job.widthPx}×${job.heightPx}, ${Math.round(buf.length / 1024)} KB)`);
  }
  return { written, kept };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const dir = args.find((a) => !a.startsWith("--")) ?? "issues/2022-08";
  const { written, kept } = await makePlaceholders(dir, force);
  for (const w of written) console.log(`wrote ${w}`);
  console.log(
    `${written.length} placeholder(s) written, ${kept.length} existing image(s) kept${kept.length && !force ? " (use --force to overwrite)" : ""}`,
  );
}
