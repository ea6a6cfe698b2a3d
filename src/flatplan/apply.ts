/**
 * Applying the run plans to the print edition: one CSS block (figure sizes, head space, columns),
 * and what the print view model inserts (pull quotes, tracking spans, continuations, filler pages).
 * Pure data; src/render/print/view-model.ts renders it.
 */
import type { Article, Filler } from "../model/types.js";
import type { RunPlan } from "./plan.js";
import type { Run } from "./runs.js";
import { choosePullQuotes, type PullQuote } from "./pull-quotes.js";

/** One page placed after a run to keep the next run on its planned page. */
export type FillerPage = { kind: "issue"; filler: Filler } | { kind: "notes" };

/** An article continued on a later page. */
export interface Continuation {
  articleId: string;
  /** Printed folios: where it starts, and where it continues. */
  fromPage: number;
  toPage: number;
  /** The continued part starts here. */
  blockId: string;
  charOffset: number;
  /** The continued part is printed after this article (the last of the run on `toPage`). */
  afterArticleId: string;
}

export interface FitPlan {
  css: string;
  fillersAfter: Map<string, FillerPage[]>;
  pullQuotes: Map<string, PullQuote[]>;
  /** Paragraph (block id) → tracking in em on its last `chars` characters. */
  tracking: Map<string, { em: number; chars: number }>;
  continuations: Continuation[];
  /** Wide figures: each opens its article (moved before the first block of the body). */
  openers: Set<string>;
  /** Figures the plans size (their height in grid lines is in `css`). */
  sized: Set<string>;
  startsPage: (articleId: string) => boolean;
}

/** Id of the continued part of an article (a pseudo-article in the print layout). */
export const continuationId = (articleId: string): string => `${articleId}--cont`;

const sel = (attr: string, v: string) => `[${attr}="${v.replace(/["\\]/g, "\\$&")}"]`;

/** Lines of a paragraph that tracking acts on. */
export const TRACKED_LINES = 3;

export function applyPlans(
  articles: Article[],
  runs: Run[],
  plans: RunPlan[],
  opts: { fillers?: Filler[]; charsPerLine?: (articleId: string) => number } = {},
): FitPlan {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rules: string[] = [];
  const fillersAfter = new Map<string, FillerPage[]>();
  const pullQuotes = new Map<string, PullQuote[]>();
  const tracking = new Map<string, { em: number; chars: number }>();
  const continuations: Continuation[] = [];
  const openers = new Set<string>();
  const sized = new Set<string>();
  const spare = [...(opts.fillers ?? [])];
  runs.forEach((run, i) => {
    const plan = plans[i];
    const first = run.articleIds[0];
    for (const [id, f] of Object.entries(plan.figures)) {
      rules.push(`${sel("id", id)} { --fig-lines: ${f.lines};${f.wide ? " column-span: all;" : ""} }`);
      if (f.wide) openers.add(id);
      sized.add(id);
    }
    if (plan.headSpace) {
      // Space added to a head goes two fifths above the title, the rest under the byline.
      const above = plan.headSpace > 0 ? Math.floor(plan.headSpace * 0.4) : 0;
      rules.push(`${sel("data-article-id", first)} { --head-space: ${plan.headSpace}; --head-above: ${above}; }`);
    }
    // The designed spacings above subheads, pull quotes and photos: one custom property each.
    const spaces = [
      ["--subhead-space", plan.subheadSpace],
      ["--pull-quote-space", plan.pullQuoteSpace],
      ["--photo-space", plan.photoSpace],
    ].filter(([, v]) => v);
    if (spaces.length)
      for (const id of run.articleIds)
        rules.push(`${sel("data-article-id", id)} { ${spaces.map(([k, v]) => `${k}: ${v};`).join(" ")} }`);
    for (const [id, n] of Object.entries(plan.columns)) {
      rules.push(
        `${sel("data-article-id", id)} .article-body { column-count: ${n};${n > 1 ? ` column-gap: var(--col-gap-${n});` : ""} }`,
      );
    }
    for (const [id, em] of Object.entries(plan.tracking)) {
      const article = articles.find((a) => a.blocks.some((b) => b.id === id));
      const lines = plan.trackLines?.[id] ?? TRACKED_LINES;
      tracking.set(id, { em, chars: lines * (opts.charsPerLine?.(article?.id ?? "") ?? 25) });
    }
    if (plan.pullQuotes) {
      // From the run's longest articles first.
      const texts = run.articleIds.map((id) => byId.get(id)).filter((a): a is Article => Boolean(a));
      const order = [...texts].sort((a, b) => length(b) - length(a));
      let left = plan.pullQuotes;
      for (const a of order) {
        if (left <= 0) break;
        const qs = choosePullQuotes(a, left);
        if (qs.length) pullQuotes.set(a.id, qs);
        left -= qs.length;
      }
    }
    if (plan.fillerPages) {
      const pages: FillerPage[] = [];
      for (let n = 0; n < plan.fillerPages; n++) {
        const f = spare.shift();
        pages.push(f ? { kind: "issue", filler: f } : { kind: "notes" });
      }
      fillersAfter.set(run.articleIds[run.articleIds.length - 1], pages);
    }
    if (plan.jump) {
      const { toPage } = plan.jump;
      const target = runs.find((r) => r.start === toPage);
      if (target) {
        continuations.push({
          articleId: plan.jump.articleId,
          fromPage: run.start,
          toPage: plan.jump.toPage,
          blockId: plan.jump.blockId,
          charOffset: plan.jump.charOffset,
          afterArticleId: target.articleIds[target.articleIds.length - 1],
        });
      }
    }
  });
  const starts = new Set(runs.map((r) => r.articleIds[0]));
  return {
    css: rules.join("\n"),
    fillersAfter,
    pullQuotes,
    tracking,
    continuations,
    openers,
    sized,
    startsPage: (id) => starts.has(id),
  };
}

const length = (a: Article) => a.blocks.reduce((s, b) => s + b.text.length, 0);
