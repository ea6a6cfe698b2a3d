/**
 * Copyfitting in 字: per run of the flatplan, how much copy is over or missing, in characters and
 * lines, from the measured layout (characters per line × lines per column): what the editor cuts or
 * adds when the layout tools are not enough. Pure.
 *
 *   p. 24 凝聚治理合力 超出约 230 字 (9 行)
 *   p. 58 走进“油画塔城” 空余约 1 栏, 约 600 字
 */
import type { Copyfit } from "../contract/copyfit.js";
import { usedLength, type RunMeasure } from "./measure.js";

export type { Copyfit };

/** Rounded to tens (约 230 字); small amounts to the character. */
const about = (n: number) => (n >= 100 ? Math.round(n / 10) * 10 : Math.round(n));

/** The first phrase of a title, as an editor names the piece ("凝聚治理合力 提升服务质效" → 凝聚治理合力). */
export const shortTitle = (title: string): string => title.trim().split(/[\s|]+/)[0] ?? title;

/**
 * The copyfit of one run: `slot` pages planned, `fillerPages` of them given to fillers. An article's
 * last page may end short by a quarter page: shorter than that is reported as space left.
 */
export function copyfit(
  page: number,
  articleId: string,
  title: string,
  slot: number,
  fillerPages: number,
  m: RunMeasure,
): Copyfit {
  const perColumn = m.linesPerColumn;
  const cols = Math.max(1, m.columns);
  const used = usedLength(m) * perColumn * cols;
  const lines = Math.round(used - slot * perColumn * cols); // > 0 over, < 0 missing (filler pages included)
  const chars = about(Math.abs(lines) * m.charsPerLine);
  const missing = Math.max(0, -lines);
  const columns = Math.round(missing / perColumn);
  const spills = m.pages > slot - fillerPages;
  const lastShort = !spills && (m.pages < slot - fillerPages || m.lastFill < 0.75);
  const status: Copyfit["status"] = spills && lines > 0 ? "over" : lastShort || fillerPages > 0 ? "short" : "fits";
  const name = `p. ${page} ${shortTitle(title)}`;
  const filler = fillerPages ? `; 补白 ${fillerPages} 页` : "";
  const text =
    status === "over"
      ? `${name} 超出约 ${chars} 字 (${lines} 行)`
      : status === "short"
        ? `${name} 空余约 ${missing >= 0.75 * perColumn ? `${columns} 栏` : `${missing} 行`}, 约 ${chars} 字${filler}`
        : `${name} 合适${missing ? ` (空余 ${missing} 行)` : ""}`;
  return {
    page,
    articleId,
    title,
    lines,
    chars: lines < 0 ? -chars : chars,
    columns: lines < 0 ? columns : 0,
    fillerPages,
    charsPerLine: m.charsPerLine,
    linesPerColumn: perColumn,
    status,
    text,
  };
}
