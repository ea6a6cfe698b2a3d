/** The fit report: per run of the flatplan, planned against used pages, and what fitted it. */
import type { FitState, RunMeasure } from "./fitter.js";
import { usedLength } from "./fitter.js";
import type { Run } from "./runs.js";

export interface FitRow {
  articles: string[];
  titles: string[];
  plannedStart: number;
  actualStart: number | null;
  slotPages: number;
  usedPages: number;
  /** > 0: pages over the slot; < 0: space left (underfill), in pages. */
  over: number;
  fillerPages: number;
  tool: string;
  status: "fits" | "underfull" | "overfull" | "moved";
}

export function fitRows(
  runs: Run[],
  slots: number[],
  measures: RunMeasure[],
  states: FitState[],
  actualStarts: (number | null)[],
  titleOf: (id: string) => string,
): FitRow[] {
  return runs.map((run, i) => {
    const used = Math.round(usedLength(measures[i]) * 100) / 100;
    const over = Math.round((used - slots[i]) * 100) / 100;
    const moved = actualStarts[i] !== run.start;
    return {
      articles: run.articleIds,
      titles: run.articleIds.map(titleOf),
      plannedStart: run.start,
      actualStart: actualStarts[i],
      slotPages: slots[i],
      usedPages: used,
      over,
      fillerPages: states[i].fillerPages,
      tool: [states[i].setting.name, states[i].fillerPages ? `${states[i].fillerPages} filler page(s)` : ""].filter(Boolean).join(", "),
      status: moved ? "moved" : over > 0 ? "overfull" : over < -0.35 ? "underfull" : "fits",
    };
  });
}

/** Fixed-width table for the terminal. */
export function fitTable(rows: FitRow[]): string {
  const head = ["page", "actual", "slot", "used", "over", "status", "fitted by", "article"];
  const body = rows.map((r) => [
    String(r.plannedStart), r.actualStart == null ? "-" : String(r.actualStart), String(r.slotPages), r.usedPages.toFixed(2),
    (r.over > 0 ? "+" : "") + r.over.toFixed(2), r.status, r.tool, r.titles.join(" / ").slice(0, 40),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(Math.max(0, w[i] - width(c)))).join("  ").trimEnd();
  return [line(head), ...body.map(line)].join("\n");
}

/** Display width: CJK characters take two cells. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return n;
}
