/**
 * Applying fit states to the print HTML: CSS custom properties per article (read by styles/*.css),
 * filler pages after a run, and pull quotes. Pure string building.
 */
import type { Article } from "../model/types.js";
import type { FitState } from "./fitter.js";
import type { Run } from "./runs.js";

const esc = (s: string) => s.replace(/["\\]/g, "\\$&");

/** One rule per fitted article; as-designed runs produce nothing. */
export function fitCss(runs: Run[], states: FitState[]): string {
  const rules: string[] = [];
  runs.forEach((run, i) => {
    const f = states[i].setting;
    if (states[i].level === 0) return;
    for (const id of run.articleIds) {
      const sel = `[data-article-id="${esc(id)}"]`;
      rules.push(`${sel} { --fit-leading: ${f.leading}; --fit-tracking: ${f.tracking}em; --fit-image: ${f.imageScale}; --fit-font: ${f.fontScale}; }`);
      if (f.extraColumn) rules.push(`${sel}.cols-2 .article-body { column-count: 3; }`);
    }
  });
  return rules.join("\n");
}

/** Article id → number of filler pages to place after it (the last article of each run). */
export function fillersAfter(runs: Run[], states: FitState[]): Map<string, number> {
  const out = new Map<string, number>();
  runs.forEach((run, i) => {
    if (states[i].fillerPages > 0) out.set(run.articleIds[run.articleIds.length - 1], states[i].fillerPages);
  });
  return out;
}

/**
 * A pull quote: an existing sentence of the article (never new text), 16–48 characters, from the
 * middle third of the body; with where to put it (after that paragraph).
 */
export function choosePullQuote(article: Article): { afterBlockId: string; text: string } | undefined {
  const paras = article.blocks.filter((b) => b.type === "paragraph" && b.classes.length === 0);
  const from = Math.floor(paras.length / 3);
  const to = Math.max(from + 1, Math.ceil((paras.length * 2) / 3));
  for (const p of paras.slice(from, to)) {
    const sentence = p.text.split(/(?<=[。!?!?])/).map((s) => s.trim()).find((s) => s.length >= 16 && s.length <= 48);
    if (sentence) return { afterBlockId: p.id, text: sentence };
  }
  return undefined;
}
