/**
 * The fitting loop: lay out, measure every run against its slot in the flatplan, re-plan the runs
 * that do not fit (src/flatplan/fitter.ts), lay out again — at most `maxPasses` times. Runs start on
 * fresh pages, so every run is fitted in the same pass. When the passes run out, each run takes the
 * best plan it was seen with, and one more layout prints that. The settled plans are remembered
 * (cache) so an unchanged issue is laid out once. The layout itself is the caller's (`layOut`):
 * this loop and the fitter know only the measured Layout.
 */
import type { Article, Issue } from "../model/types.js";
import { applyPlans, continuationId, type FitPlan } from "./apply.js";
import { copyfit, type Copyfit } from "./copyfit.js";
import { nextFit, type FitContext, type FitStatus } from "./fitter.js";
import { measureRuns, usedLength, type Layout, type RunMeasure } from "./measure.js";
import { describePlan, emptyPlan, samePlan, type RunPlan } from "./plan.js";
import { pullQuoteCount } from "./pull-quotes.js";
import { fitRows, type FitRow } from "./report.js";
import { hasFlatplan, planRuns, slotLengths, type Run } from "./runs.js";
import { loadFitCache, saveFitCache } from "./cache.js";
import type { BlockLength } from "./jump.js";
import { figureRange } from "./figures.js";
import { fitDebug } from "../util/config.js";
import { ROLES } from "../contract/layout/dom.js";
import { fitContext, runSourceKey } from "./fit-keys.js";

export type { FitPlan } from "./apply.js";

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
  copyfit: Copyfit[];
  plans: RunPlan[];
  /** Runs that do not fit their slot (copy over at the smallest tools). */
  overfull: { run: Run; copyfit: Copyfit; slot: number }[];
}

export interface FitOptions {
  maxPasses?: number;
  cacheDir?: string;
  log?: (m: string) => void;
  /** Characters per line of an article's columns (tracking spans cover its last lines). */
  charsPerLine?: (articleId: string) => number;
  /** Fingerprint of the sources, stored with the copyfit report (folio check compares it). */
  sources?: string;
}

export function fitPlan(
  issue: Issue,
  runs: Run[],
  plans: RunPlan[],
  opts: Pick<FitOptions, "charsPerLine"> = {},
): FitPlan {
  return applyPlans(issue.articles, runs, plans, { fillers: issue.fillers, charsPerLine: opts.charsPerLine });
}

/** Pages between a run's last page and the next run that are neither articles nor fillers (imprint, 目录). */
export function reservedAfter(runs: Run[], view: PassView): number[] {
  const span = (r: Run) => r.articleIds.flatMap((id) => view.layout.pagesOf[id] ?? []);
  return runs.map((r, i) => {
    if (i + 1 >= runs.length) return 0;
    const end = Math.max(...span(r));
    const next = Math.min(...span(runs[i + 1]));
    let n = 0;
    for (let p = end + 1; p < next; p++) if (!view.roles[p]?.includes(ROLES.filler)) n++;
    return n;
  });
}

const blocksOf = (a: Article): BlockLength[] =>
  a.blocks.map((b) => ({
    id: b.id,
    chars: b.type === "figure" ? 0 : [...b.text].length,
    splittable: b.type === "paragraph" && !b.classes.length,
  }));

/** A run's quality, for picking the best plan seen: over is worst, then space left, then short lines. */
function score(m: RunMeasure, slot: number, fit: FitStatus, fillerPages: number): number {
  const page = m.linesPerColumn * Math.max(1, m.columns);
  const lines = usedLength(m) * page + fillerPages * page - slot * page;
  const runts = m.paragraphs.filter((p) => p.lines >= 2 && p.lastChars <= 2).length;
  return (fit === "over" ? -1e6 - lines : lines) - 10 * runts;
}

export async function fitLayout<P>(
  issue: Issue,
  layOut: (plan: FitPlan, pass: number) => Promise<{ pass: P; view: PassView }>,
  opts: FitOptions = {},
): Promise<FitOutcome<P>> {
  const runs = planRuns(issue.articles);
  const innerPages = issue.pages ?? 0;
  const byId = new Map(issue.articles.map((a) => [a.id, a]));
  const context = fitContext(issue);
  const keys = runs.map((r) => runSourceKey(issue, r));
  const cache = loadFitCache(opts.cacheDir, issue.id, context);
  let plans = runs.map((_, i) => cache.get(keys[i]) ?? emptyPlan());
  const best = runs.map(() => ({ score: -Infinity, plan: emptyPlan() }));
  const maxPasses = opts.maxPasses ?? 6;
  const tails = (i: number) =>
    plans.flatMap((p) => (p.jump && p.jump.toPage === runs[i].start ? [continuationId(p.jump.articleId)] : []));
  let final = false;
  for (let n = 1; ; n++) {
    const { pass, view } = await layOut(fitPlan(issue, runs, plans, opts), n);
    const measures = measureRuns(runs, view.layout, tails);
    const reserved = reservedAfter(runs, view);
    const slots = slotLengths(runs, innerPages || Math.max(...view.folios.map((f) => f ?? 0)), (i) => reserved[i]);
    const ctx = (i: number): FitContext => {
      const first = byId.get(runs[i].articleIds[0]);
      return {
        slot: slots[i],
        gridMm: view.layout.gridMm,
        // Tracking only in Chinese: a cursive script (Arabic, Mongolian) breaks its joins under it.
        tracking: issue.edition?.base !== false,
        spacing: issue.magazine?.type.spacing,
        pullQuoteCandidates: runs[i].articleIds.reduce((s, id) => {
          const article = byId.get(id);
          return s + (article ? pullQuoteCount(article) : 0);
        }, 0),
        subheads: runs[i].articleIds.reduce(
          (s, id) => s + (byId.get(id)?.blocks.filter((b) => b.type === "heading" && b.level <= 3).length ?? 0),
          0,
        ),
        jumpTo: first?.continuedOn
          ? { articleId: first.id, page: first.continuedOn, blocks: blocksOf(first) }
          : undefined,
        otherColumns:
          first && first.layout.columns > 1
            ? { articleId: first.id, columns: first.layout.columns === 2 ? 3 : 2 }
            : undefined,
      };
    };
    const verdicts = runs.map((_, i) => nextFit(plans[i], measures[i], ctx(i)));
    verdicts.forEach((v, i) => {
      const s = score(measures[i], slots[i], v.fit, plans[i].jump ? 0 : plans[i].fillerPages);
      if (s > best[i].score) best[i] = { score: s, plan: plans[i] };
    });
    const settled = verdicts.every((v) => v.status === "settled");
    if (settled || final || n >= maxPasses) {
      const bestPlans = best.map((b) => b.plan);
      if (!settled && !final && !bestPlans.every((p, i) => samePlan(p, plans[i]))) {
        // Out of passes: lay out once more with each run's best plan, and stop there.
        opts.log?.(`flatplan: pass ${n}: out of passes, laying out each run's best plan`);
        plans = bestPlans;
        final = true;
        continue;
      }
      const starts = runs.map((r) => {
        const first = Math.min(...r.articleIds.flatMap((id) => view.layout.pagesOf[id] ?? []));
        return Number.isFinite(first) ? view.folios[first] : null;
      });
      const title = (id: string) => byId.get(id)?.title ?? id;
      const natural = Object.fromEntries(
        view.layout.figures.map((f) => [
          f.id,
          figureRange(f, false, view.layout.gridMm, view.layout.linesPerColumn)?.natural ?? 0,
        ]),
      );
      const fits = runs.map((r, i) =>
        copyfit(
          r.start,
          r.articleIds[0],
          byId.get(r.articleIds[0])?.toc.title ?? title(r.articleIds[0]),
          slots[i],
          plans[i].fillerPages,
          measures[i],
        ),
      );
      const rows = fitRows(
        runs,
        slots,
        measures,
        plans.map((p) => describePlan(p, natural, issue.magazine?.type.spacing)),
        plans.map((p) => p.fillerPages),
        starts,
        title,
        fits,
      );
      // Only the plans the fitter settled on: from one of them it arrives where it would from nothing.
      const kept = runs.flatMap((_, i) => (verdicts[i].status === "settled" ? [[keys[i], plans[i]] as const] : []));
      saveFitCache(opts.cacheDir, issue.id, new Map(kept), fits, opts.sources, context);
      const overfull = fits.flatMap((c, i) =>
        c.status === "over" ? [{ run: runs[i], copyfit: c, slot: slots[i] }] : [],
      );
      return { pass, passes: n, rows, copyfit: fits, plans, overfull };
    }
    if (fitDebug()) {
      verdicts.forEach((v, i) =>
        opts.log?.(`  p.${runs[i].start} ${v.status} ${v.fit} ${v.note ?? ""} → ${describePlan(v.plan)}`),
      );
    }
    const changed = verdicts.filter((v) => v.status === "retry").length;
    opts.log?.(`flatplan: pass ${n}: ${changed} of ${runs.length} runs to fit again`);
    plans = verdicts.map((v) => v.plan);
  }
}

/**
 * The fit the last build settled on (from the cache), for a layout without measuring: the live
 * preview shows the pages as the PDF has them. A run edited since keeps the plan the build gave it
 * (the same articles, other sources): its photos and spacings stay as printed, the edit shows in
 * them, and the viewer patches just its pages (a plan back at the design would change the issue's
 * styles, and the viewer would lay out the whole issue again: 4.8 s against 0.7 s on 2022-08).
 * Undefined when the issue has no flatplan.
 */
export function cachedFitPlan(
  issue: Issue,
  opts: { cacheDir?: string; charsPerLine?: (articleId: string) => number } = {},
): FitPlan | undefined {
  if (!hasFlatplan(issue.articles)) return undefined;
  const runs = planRuns(issue.articles);
  const cache = loadFitCache(opts.cacheDir, issue.id, fitContext(issue));
  const byArticles = new Map([...cache].map(([key, plan]) => [key.slice(0, key.lastIndexOf("@")), plan]));
  return fitPlan(
    issue,
    runs,
    runs.map((r) => cache.get(runSourceKey(issue, r)) ?? byArticles.get(r.articleIds.join("+")) ?? emptyPlan()),
    opts,
  );
}
