/** The fit report: per run of the flatplan, planned against used pages, what fitted it, and its copyfit. */
import type { Copyfit } from "./copyfit.js";
import { usedLength, type RunMeasure } from "./measure.js";
import type { Run } from "./runs.js";
import type { FitRow } from "../contract/fit-report.js";

export type { FitRow };

export function fitRows(
  runs: Run[],
  slots: number[],
  measures: RunMeasure[],
  tools: string[],
  fillerPages: number[],
  actualStarts: (number | null)[],
  titleOf: (id: string) => string,
  copyfit: Copyfit[],
): FitRow[] {
  return runs.map((run, i) => {
    const used = Math.round(usedLength(measures[i]) * 100) / 100;
    const over = Math.round((used + fillerPages[i] - slots[i]) * 100) / 100;
    const moved = actualStarts[i] !== run.start;
    return {
      articles: run.articleIds,
      titles: run.articleIds.map(titleOf),
      plannedStart: run.start,
      actualStart: actualStarts[i],
      slotPages: slots[i],
      usedPages: used,
      over,
      fillerPages: fillerPages[i],
      tool: tools[i],
      status: moved
        ? "moved"
        : copyfit[i].status === "over"
          ? "overfull"
          : copyfit[i].status === "short"
            ? "underfull"
            : "fits",
      copyfit: copyfit[i].text,
    };
  });
}

/** Fixed-width table for the terminal. */
export function fitTable(rows: FitRow[]): string {
  const head = ["page", "actual", "slot", "used", "status", "copyfit", "fitted by"];
  const body = rows.map((r) => [
    String(r.plannedStart),
    r.actualStart == null ? "-" : String(r.actualStart),
    String(r.slotPages),
    r.usedPages.toFixed(2),
    r.status,
    r.copyfit,
    r.tool,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + " ".repeat(Math.max(0, w[i] - width(c))))
      .join("  ")
      .trimEnd();
  return [line(head), ...body.map(line)].join("\n");
}

/** Display width: CJK characters take two cells. */
export function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]/.test(ch) ? 2 : 1;
  return n;
}
