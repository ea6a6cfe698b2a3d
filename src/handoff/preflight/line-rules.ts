/**
 * The rules of Chinese line composition (GB/T 15834-2011 标点符号用法 §5, W3C clreq §3.1.7), judged
 * on a page's printed lines (printed-lines.ts) in column order (line-order.ts). Pure.
 *
 * - line-start: no line starts with a closing mark (点号, closing quotes and brackets, 间隔号, 连接号
 *   such as a single —);
 * - line-end: no line ends with an opening quote or bracket;
 * - mark-split: a 破折号 —— or 省略号 …… is never split between two lines;
 * - number-unit: a number stays on the line of its unit or measure word (and of its own digits);
 * - lone-character: a paragraph or caption that wraps never leaves one character (with any
 *   punctuation after it) alone on its last line.
 */
import { nextInColumn, previousInColumn, visible } from "./line-order.js";
import type { PrintedLine } from "./printed-lines.js";

export type LineFaultKind =
  | "line-start"
  | "line-end"
  | "mark-split"
  | "number-unit"
  | "lone-character"
  | "headline-split";

export interface LineFault {
  kind: LineFaultKind;
  /** What is wrong, quoting the lines. */
  message: string;
  /** The lines concerned: x0, top, x1, bottom in points from the top left of the page. */
  box: [number, number, number, number];
}

export const CLOSING = "，。、；：？！）》」』〉】〕〗”’·・～~-－,.;:?!)]}";
export const OPENING = "（《「『“‘〈【〔〖([{";
const DASHES = /[—―]+$/u;
const ELLIPSES = /[…⋯]+$/u;
const DIGIT_END = /[0-9０-９]$/u;
/** What may not start the line after a number: a sign or unit, a measure word, a Latin unit. */
const UNIT_START =
  /^(?:[%％‰℃°年月日时分秒万亿千百元角岁个人名位家次项件条种所座户亩吨米倍度克斤]|(?:km|kg|cm|mm|m²|m³|kW|kWh|MW|GB|MB|TB|Hz|mL|ml|m|g|t)(?![A-Za-z]))/u;
/** A paragraph's or caption's line that wrapped holds at least this many characters. */
const WRAPPED_MIN = 6;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** A quoted piece of a line's text (its last or first `n` characters). */
const tail = (s: string, n = 12) => ([...s].length > n ? `…${[...s].slice(-n).join("")}` : s);
const head = (s: string, n = 12) => ([...s].length > n ? `${[...s].slice(0, n).join("")}…` : s);

export function boxOf(...lines: PrintedLine[]): LineFault["box"] {
  return [
    Math.min(...lines.map((l) => l.x0)),
    Math.min(...lines.map((l) => l.baseline - 0.88 * l.size)),
    Math.max(...lines.map((l) => l.x1)),
    Math.max(...lines.map((l) => l.baseline + 0.12 * l.size)),
  ];
}

/** The widest line of the column block `i` belongs to (the lines linked to it above and below). */
function measureOf(i: number, lines: PrintedLine[], next: number[], prev: number[]): number {
  let right = lines[i].x1;
  for (let k = prev[i]; k >= 0; k = prev[k]) right = Math.max(right, lines[k].x1);
  for (let k = next[i]; k >= 0; k = next[k]) right = Math.max(right, lines[k].x1);
  return right;
}

/** Faults of the punctuation, split marks, numbers and last lines on one page. */
export function lineRuleFaults(lines: PrintedLine[]): LineFault[] {
  const next = nextInColumn(lines);
  const prev = previousInColumn(next);
  const faults: LineFault[] = [];
  /** A line that ran to its block's measure (and so was broken there, not ended). */
  const wrapped = (i: number) =>
    [...visible(lines[i])].length >= WRAPPED_MIN &&
    lines[i].x1 >= measureOf(i, lines, next, prev) - 1.5 * lines[i].size;
  lines.forEach((l, i) => {
    const t = visible(l);
    const after = next[i] >= 0 ? lines[next[i]] : undefined;
    const n = after ? visible(after) : "";
    // A single — at a line start is a 连接号 (one em); two are a 破折号, which may start a line.
    const dashes = /^[—―]+/u.exec(t)?.[0];
    // The second half of a —— split between lines is mark-split's fault.
    const halfDash = prev[i] >= 0 && /[—―]$/u.test(visible(lines[prev[i]]));
    if (CLOSING.includes(t[0]) || (dashes && [...dashes].length === 1 && !halfDash))
      faults.push({ kind: "line-start", message: `line starts with “${t[0]}”: “${head(t)}”`, box: boxOf(l) });
    if (OPENING.includes(t.slice(-1)))
      faults.push({ kind: "line-end", message: `line ends with “${t.slice(-1)}”: “${tail(t)}”`, box: boxOf(l) });
    for (const [mark, name] of [
      [DASHES, "破折号 ——"],
      [ELLIPSES, "省略号 ……"],
    ] as const) {
      const run = mark.exec(t)?.[0];
      if (!run) continue;
      const split = [...run].length % 2 === 1 || (after && n[0] === run[0]);
      if (split)
        faults.push({
          kind: "mark-split",
          message: `${name} split between lines: “${tail(t)}” / “${head(n)}”`,
          box: after ? boxOf(l, after) : boxOf(l),
        });
    }
    if (after && DIGIT_END.test(t) && UNIT_START.test(n) && wrapped(i))
      faults.push({
        kind: "number-unit",
        message: `a number parted from what follows it: “${tail(t)}” / “${head(n)}”`,
        box: boxOf(l, after),
      });
    const p = prev[i];
    if (p >= 0) {
      const before = lines[p];
      const letters = [...t].filter((c) => !PUNCTUATION.test(c));
      const aligned =
        l.x0 <= before.x0 + 0.5 * l.size || Math.abs((l.x0 + l.x1) / 2 - (before.x0 + before.x1) / 2) < l.size;
      // A last line has nothing after it on its baseline within the measure (spaced-out labels do).
      const alone = !lines.some(
        (o) => o !== l && Math.abs(o.baseline - l.baseline) < 0.5 && o.x0 >= l.x1 && o.x0 < before.x1,
      );
      if (letters.length === 1 && wrapped(p) && aligned && alone)
        faults.push({
          kind: "lone-character",
          message: `“${t}” alone on the last line: “${tail(visible(before))}” / “${t}”`,
          box: boxOf(before, l),
        });
    }
  });
  return faults;
}
