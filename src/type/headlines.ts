/**
 * Headlines read back from a PDF page: the lines a title was set in, and whether every line break
 * falls between two of its phrases (the spaces and "|" marks its editor typed). Pure.
 */
import { phrases } from "./headline.js";
import type { PdfLine, PdfPage } from "./pdf-text.js";

/** Text as any extraction keeps it: no spaces, no punctuation. */
export const squash = (s: string): string => s.normalize("NFKC").replace(/[\s\p{P}\p{S}|]/gu, "");

/** Heading lines (bold or black faces, 12 pt and up) merged per baseline, top to bottom. */
function headingRows(page: PdfPage): { text: string; baseline: number; size: number }[] {
  const heads = page.lines.filter((l) => l.size >= 11.9 && /bold|black|heavy/i.test(l.font));
  const rows: { parts: PdfLine[]; baseline: number }[] = [];
  for (const l of [...heads].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)) {
    const row = rows.find((r) => Math.abs(r.baseline - l.baseline) < 1 && Math.abs(r.parts[0].size - l.size) < 0.1);
    if (row) row.parts.push(l);
    else rows.push({ parts: [l], baseline: l.baseline });
  }
  return rows.map((r) => ({
    text: r.parts
      .sort((a, b) => a.x0 - b.x0)
      .map((p) => p.text)
      .join(""),
    baseline: r.baseline,
    size: r.parts[0].size,
  }));
}

export interface HeadlineSetting {
  /** The lines the title was set in, as extracted; empty when the title was not found. */
  lines: string[];
  /** Line breaks that fall inside a phrase (the text of the line they end). */
  inside: string[];
}

/** How `title` (with its phrase spaces and marks) was broken on `page`. */
export function headlineSetting(page: PdfPage, title: string): HeadlineSetting {
  const want = squash(title);
  const rows = headingRows(page);
  const bounds = new Set<number>();
  let n = 0;
  for (const p of phrases(title)) {
    n += squash(p.text).length;
    bounds.add(n);
  }
  for (let i = 0; i < rows.length; i++) {
    let joined = "";
    for (let j = i; j < rows.length && Math.abs(rows[j].size - rows[i].size) < 0.1; j++) {
      joined += squash(rows[j].text);
      if (!want.startsWith(joined)) break;
      if (joined === want) {
        const lines = rows.slice(i, j + 1).map((r) => r.text);
        const inside: string[] = [];
        let at = 0;
        for (const line of lines.slice(0, -1)) {
          at += squash(line).length;
          if (!bounds.has(at)) inside.push(line);
        }
        return { lines, inside };
      }
    }
  }
  return { lines: [], inside: [] };
}
