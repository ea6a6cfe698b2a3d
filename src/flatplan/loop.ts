/**
 * The fitting loop: lay out, measure every run against its slot in the flatplan, adjust the runs
 * that do not fit (src/flatplan/fitter.ts), lay out again — at most `maxPasses` times. Runs start on
 * fresh pages, so all misfits are adjusted in the same pass. The last good settings are remembered
 * (cache) so an unchanged issue is laid out once.
 */
import type { Article, Issue } from "../model/types.js";
import { fillersAfter, fitCss, choosePullQuote } from "./apply.js";
import { INITIAL, nextFit, type FitState, type FitVerdict } from "./fitter.js";
import { measureRuns, type Layout } from "./measure.js";
import { fitRows, type FitRow } from "./report.js";
import { planRuns, slotLengths, startsPage, type Run } from "./runs.js";
import { loadFitCache, saveFitCache } from "./cache.js";

export interface FitPlan {
  css: string;
  fillersAfter: Map<string, number>;
  pullQuotes: Map<string, { afterBlockId: string; text: string }>;
  startsPage: (articleId: string) => boolean;
}

/** What the loop needs to know of a laid-out pass. */
export interface PassView {
  layout: Layout;
  /** Printed folio per page index (null on covers). */
  folios: (number | null)[];
  /** Page roles per page index (imprint, toc, filler, pad, …). */
  roles: string[][];
}

export interface FitOutcome<P> {
  pass: P;
  passes: number;
  rows: FitRow[];
  impossible: { run: Run; overPages: number; slot: number }[];
}

export function fitPlan(issue: Issue, runs: Run[], states: FitState[]): FitPlan {
  const byId = new Map(issue.articles.map((a) => [a.id, a]));
  const pullQuotes = new Map<string, { afterBlockId: string; text: string }>();
  runs.forEach((run, i) => {
    if (!states[i].setting.pullQuote) return;
    const last = byId.get(run.articleIds[run.articleIds.length - 1]) as Article;
    const q = choosePullQuote(last);
    if (q) pullQuotes.set(last.id, q);
  });
  return { css: fitCss(runs, states), fillersAfter: fillersAfter(runs, states), pullQuotes, startsPage: (id) => startsPage(runs, id) };
}

/** Pages between a run's last page and the next run that are neither articles nor fillers (imprint, 目录). */
export function reservedAfter(runs: Run[], view: PassView): number[] {
  const span = (r: Run) => r.articleIds.flatMap((id) => view.layout.pagesOf[id] ?? []);
  return runs.map((r, i) => {
    if (i + 1 >= runs.length) return 0;
    const end = Math.max(...span(r));
    const next = Math.min(...span(runs[i + 1]));
    let n = 0;
    for (let p = end + 1; p < next; p++) if (!view.roles[p]?.includes("filler")) n++;
    return n;
  });
}

export async function fitLayout<P>(
  issue: Issue,
  layOut: (plan: FitPlan, pass: number) => Promise<{ pass: P; view: PassView }>,
  opts: { maxPasses?: number; cacheDir?: string; log?: (m: string) => void } = {},
): Promise<FitOutcome<P>> {
  const runs = planRuns(issue.articles);
  const innerPages = issue.pages ?? 0;
  const cache = loadFitCache(opts.cacheDir, issue.id);
  let states = runs.map((r) => cache.get(r.articleIds.join("+")) ?? INITIAL);
  const maxPasses = opts.maxPasses ?? 5;
  for (let n = 1; ; n++) {
    const { pass, view } = await layOut(fitPlan(issue, runs, states), n);
    const measures = measureRuns(runs, view.layout);
    const reserved = reservedAfter(runs, view);
    const slots = slotLengths(runs, innerPages || Math.max(...view.folios.map((f) => f ?? 0)), (i) => reserved[i]);
    const verdicts: FitVerdict[] = runs.map((_, i) => nextFit(slots[i], states[i], measures[i]));
    const settled = verdicts.every((v, i) => v.status !== "retry" && v.state.fillerPages === states[i].fillerPages && v.state.level === states[i].level);
    if (settled || n >= maxPasses) {
      const starts = runs.map((r) => {
        const first = Math.min(...r.articleIds.flatMap((id) => view.layout.pagesOf[id] ?? []));
        return Number.isFinite(first) ? view.folios[first] : null;
      });
      const title = (id: string) => issue.articles.find((a) => a.id === id)?.title ?? id;
      const rows = fitRows(runs, slots, measures, states, starts, title);
      if (settled) saveFitCache(opts.cacheDir, issue.id, new Map(runs.map((r, i) => [r.articleIds.join("+"), states[i]])));
      const impossible = verdicts.flatMap((v, i) => (v.status === "impossible" ? [{ run: runs[i], overPages: v.overPages, slot: slots[i] }] : []));
      return { pass, passes: n, rows, impossible };
    }
    const changed = verdicts.filter((v, i) => v.state.level !== states[i].level || v.state.fillerPages !== states[i].fillerPages).length;
    opts.log?.(`flatplan: pass ${n}: ${changed} of ${runs.length} runs to fit again`);
    states = verdicts.map((v) => v.state);
  }
}

/**
 * The fit the last build settled on (from the cache), for a layout without measuring: the live
 * preview shows the pages as the PDF has them. Undefined when the issue has no flatplan.
 */
export function cachedFitPlan(issue: Issue, cacheDir?: string): FitPlan | undefined {
  if (issue.articles[0]?.plannedPage === undefined) return undefined;
  const runs = planRuns(issue.articles);
  const cache = loadFitCache(cacheDir, issue.id);
  return fitPlan(issue, runs, runs.map((r) => cache.get(r.articleIds.join("+")) ?? INITIAL));
}
