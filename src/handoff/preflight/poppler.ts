/** Pure parsers for `pdffonts` and `pdfimages -list` output, and the calls that produce it. */
import { run } from "../../util/tools.js";
import { readingOrder, readingOrderArgs } from "../../text/bidi.js";

export interface FontRow {
  name: string;
  type: string; // "CID TrueType", "Type 3", …
  embedded: boolean;
}

export interface ImageRow {
  page: number;
  type: string; // image | mask | smask | stencil
  width: number;
  height: number;
  color: string; // gray | rgb | cmyk | icc | index | …
  comp: number;
  /** The image's PDF object number. */
  object: number;
  xPpi: number;
  yPpi: number;
}

/** Splits fixed-width rows using the dashed line under the header. */
export function parsePdffonts(out: string): FontRow[] {
  const lines = out.split("\n");
  const dash = lines.findIndex((l) => /^-+ -+/.test(l));
  if (dash < 0) return [];
  const widths = lines[dash].split(" ").map((d) => d.length);
  const rows: FontRow[] = [];
  for (const line of lines.slice(dash + 1)) {
    if (!line.trim()) continue;
    const cols: string[] = [];
    let at = 0;
    for (const w of widths) {
      cols.push(line.slice(at, at + w).trim());
      at += w + 1;
    }
    rows.push({ name: cols[0], type: cols[1], embedded: cols[3] === "yes" });
  }
  return rows;
}

export function parsePdfimagesList(out: string): ImageRow[] {
  return out
    .split("\n")
    .filter((l) => /^\s*\d+\s+\d+\s+\w+/.test(l))
    .map((l) => {
      const c = l.trim().split(/\s+/);
      // page num type width height color comp bpc enc interp obj gen x-ppi y-ppi size ratio
      return {
        page: Number(c[0]),
        type: c[2],
        width: Number(c[3]),
        height: Number(c[4]),
        color: c[5],
        comp: Number(c[6]),
        object: Number(c[10]),
        xPpi: Number(c[12]),
        yPpi: Number(c[13]),
      };
    });
}

export async function pdffonts(pdf: string, page?: number, signal?: AbortSignal): Promise<FontRow[]> {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return parsePdffonts((await run("pdffonts", [...range, pdf], { signal })).stdout);
}

export async function pdfimagesList(pdf: string, signal?: AbortSignal): Promise<ImageRow[]> {
  return parsePdfimagesList((await run("pdfimages", ["-list", pdf], { signal })).stdout);
}

/** Text of every page in reading order (src/text/bidi.ts); pages split by form feeds. */
export async function pageTexts(pdf: string, direction: "ltr" | "rtl", signal?: AbortSignal): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-enc", "UTF-8", ...readingOrderArgs(direction), pdf, "-"], { signal });
  return readingOrder(stdout, direction).split("\f").slice(0, -1);
}
