/**
 * Reads a draft press PDF back as a printer would meet it, independently of how it was made: its
 * file name, what pdfinfo says of it (no PDF/X subtype, a 草稿 title), its catalog (no output intent)
 * and on every page a 草稿 mark that pdftotext finds wholly outside the TrimBox. Each problem is a
 * line naming what a printer could take for final.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { PDFDocument, PDFName } from "pdf-lib";
import type { Trim } from "../model/types.js";
import { run } from "../util/tools.js";
import { pageGeometry } from "./preflight/page-geometry.js";

const MARK = "草稿";

export interface SlugWord {
  page: number;
  text: string;
  /** xMin, yMin, xMax, yMax from the top left of the MediaBox, as pdftotext -bbox gives them. */
  box: [number, number, number, number];
}

/** Words of `pdftotext -bbox` output, page by page (pure). */
export function parseBboxWords(html: string): SlugWord[] {
  const words: SlugWord[] = [];
  html
    .split(/<page\b/)
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ))
        words.push({ page: i + 1, text: m[5], box: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] });
    });
  return words;
}

/** Pages (1-based) of `pages` that have no 草稿 word wholly outside their trim (pure). */
export function unmarkedPages(words: SlugWord[], pages: { media: number[]; trim: number[] }[]): number[] {
  const marked = new Set<number>();
  for (const w of words) {
    const p = pages[w.page - 1];
    if (!p || !w.text.includes(MARK)) continue;
    // The TrimBox in pdftotext's coordinates (top left of the MediaBox, y down).
    const [l, t, r, b] = [
      p.trim[0] - p.media[0],
      p.media[3] - p.trim[3],
      p.trim[2] - p.media[0],
      p.media[3] - p.trim[1],
    ];
    const [x0, y0, x1, y1] = w.box;
    if (y1 <= t || y0 >= b || x1 <= l || x0 >= r) marked.add(w.page);
  }
  return pages.map((_, i) => i + 1).filter((n) => !marked.has(n));
}

export async function checkDraftPress(file: string, trim: Trim, signal?: AbortSignal): Promise<string[]> {
  const problems: string[] = [];
  const name = basename(file);
  if (!name.includes(MARK) || !/DRAFT/.test(name)) problems.push(`its file name ${name} does not say 草稿 DRAFT`);
  const info = (await run("pdfinfo", ["-enc", "UTF-8", file], { signal })).stdout;
  const subtype = /^PDF subtype:\s*(.+)$/m.exec(info)?.[1]?.trim();
  if (subtype && subtype !== "none") problems.push(`it claims ${subtype}`);
  const title = /^Title:\s*(.*)$/m.exec(info)?.[1] ?? "";
  if (!title.startsWith(MARK)) problems.push(`its Title "${title}" does not begin with 草稿`);
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  if (doc.catalog.get(PDFName.of("OutputIntents")))
    problems.push("it has an output intent (a PDF/X workflow would accept it)");
  const words = parseBboxWords((await run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { signal })).stdout);
  const bare = unmarkedPages(words, pageGeometry(doc, trim));
  if (bare.length) problems.push(`PDF page(s) ${bare.join(", ")} carry no 草稿 mark outside the trim`);
  return problems;
}
