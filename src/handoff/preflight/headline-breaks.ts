/**
 * Headlines kept whole and with their text (pure): a headline — lines set wholly in a bold, black or
 * heavy face at the body size or larger (smaller bold lines are 目录 entries, labels, folios) — may not be the last thing in its column. When nothing of the page (text or picture)
 * stands under its last line in its column above the foot strip, the rest of the headline or the text
 * it heads is in the next column or on the next page: the headline is split across columns or pages,
 * or stands alone at the foot (背题). The foot strip (running foot and folio) is not the column.
 */
import type { PrintedLine } from "./printed-lines.js";
import { boxOf, type LineFault } from "./line-rules.js";
import { nextInColumn, previousInColumn, visible } from "./line-order.js";

type Box4 = [number, number, number, number];

/** More lines than this in a bold face are a paragraph set bold, not a headline. */
export const MAX_HEADLINE_LINES = 5;

/** A display face: a bold, black or heavy weight of any family. */
export const isDisplayFace = (face: string): boolean => /bold|black|heavy/i.test(face);

const isDisplay = (l: PrintedLine) => l.faces.length > 0 && l.faces.every(isDisplayFace);

/** The body size: the size most characters outside display faces are set in, over all pages; 0 when there are none (pure). */
export function bodySize(pages: PrintedLine[][]): number {
  const count = new Map<number, number>();
  for (const l of pages.flat()) {
    const n = l.faces.filter((f) => !isDisplayFace(f)).length;
    if (n) count.set(Math.round(l.size * 10) / 10, (count.get(Math.round(l.size * 10) / 10) ?? 0) + n);
  }
  return [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * `strips`: where the head strip (running heads) ends and the foot strip (folios) starts, in points
 * from the top of the page; `images`: picture boxes (x0, top, x1, bottom) on the page; `bodySize`:
 * the body type's size (bodySize()).
 */
export function headlineFaults(
  lines: PrintedLine[],
  images: Box4[],
  strips: { head: number; foot: number },
  bodySize: number,
): LineFault[] {
  const { head, foot } = strips;
  // Where no text is set in a regular face, a bold one marks no headline.
  if (!bodySize) return [];
  const next = nextInColumn(lines);
  const prev = previousInColumn(next);
  const faults: LineFault[] = [];
  lines.forEach((z, i) => {
    if (!isDisplay(z) || z.size < bodySize - 0.1 || z.baseline > foot) return;
    // The headline's last line: no display line of its size follows it.
    if (next[i] >= 0 && isDisplay(lines[next[i]])) return;
    const block = [z];
    for (let k = prev[i]; k >= 0 && isDisplay(lines[k]) && Math.abs(lines[k].size - z.size) < 0.1; k = prev[k])
      block.unshift(lines[k]);
    const text = block.map(visible).join("");
    // Page numbers set bold (a 目录) are no headline, nor is a paragraph set bold.
    if (!/\p{L}/u.test(text) || block.length > MAX_HEADLINE_LINES) return;
    const top = block[0].baseline - 0.88 * block[0].size;
    // Everything else on the page as boxes: x0, top, x1, bottom.
    const others: Box4[] = lines
      .filter((l) => !block.includes(l))
      .map((l): Box4 => [l.x0, l.baseline - 0.88 * l.size, l.x1, l.baseline]);
    // Its column: up to the text level with it in the columns beside it (the page's edges if none).
    const level = others.filter(([, t, , bottom]) => bottom > top && t < z.baseline);
    const left = Math.min(...block.map((l) => l.x0));
    const right = Math.max(...block.map((l) => l.x1));
    const x0 = Math.max(-Infinity, ...level.filter((b) => b[2] <= left).map((b) => b[2]));
    const x1 = Math.min(Infinity, ...level.filter((b) => b[0] >= right).map((b) => b[0]));
    const inColumn = (a: number, b: number) => Math.min(b, x1) - Math.max(a, x0) > 0;
    const things = [...others, ...images];
    const below = things.some(([a, t, b]) => inColumn(a, b) && t > z.baseline && t < foot);
    // A label alone in its column (a section label over an empty notes page) heads nothing there.
    const above = things.some(([a, , b, bottom]) => inColumn(a, b) && bottom < top && bottom > head);
    if (below || !above) return;
    faults.push({
      kind: "headline-split",
      message: `headline “${text}” ends its column: the rest of it, or the text it heads, is in the next column or on the next page`,
      box: boxOf(...block),
    });
  });
  return faults;
}
