/**
 * Headlines break only between phrases: editors separate the phrases of a title with a space
 * (凝心聚力 共建共治), or mark a break with "|" where no space is printed. Each phrase becomes one
 * unbreakable box (styles/article.css `.phrase`), so the browser, balancing the lines
 * (`text-wrap: balance`), can only break between them. Pure.
 */
import { escapeHtml } from "../text/escape.js";

/** Phrases of a title and whether a space is printed before each (none after a marked break). */
export function phrases(title: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let space = false;
  for (const part of title.trim().split(/(\s+|\|)/)) {
    if (!part) continue;
    if (part === "|") space = false;
    else if (/^\s+$/.test(part)) space = true;
    else {
      out.push({ text: part, space: out.length > 0 && space });
      space = false;
    }
  }
  return out;
}

/** Positions (in characters of the title without spaces or marks) where a line may break. */
export function phraseBoundaries(title: string): number[] {
  let n = 0;
  return phrases(title)
    .map((p) => (n += [...p.text].length))
    .slice(0, -1);
}

/** The title as HTML: one `.phrase` box per phrase, a space or a <wbr> between them. */
export function headlineHtml(title: string): string {
  const parts = phrases(title);
  if (parts.length <= 1) return escapeHtml(title.replace(/\|/g, ""));
  return parts
    .map((p, i) => `${i === 0 ? "" : p.space ? " " : "<wbr>"}<span class="phrase">${escapeHtml(p.text)}</span>`)
    .join("");
}
