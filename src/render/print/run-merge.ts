/**
 * One pass of the issue from its runs laid out one by one: each run's facts (pages, images, the
 * fitter's measures) moved to the run's place in the issue and joined, the blank first page of a
 * run that starts on a left page left out. Pure.
 */
import type { Layout } from "../../flatplan/measure.js";
import type { PageInfo, PlacedImage } from "./layout-facts.js";

export interface RunFacts {
  pages: PageInfo[];
  images: PlacedImage[];
  layout: Layout;
  warnings: string[];
  proxied: string[];
}

/** A run's facts without its first `drop` pages (the spacer), its pages from issue index `at`. */
export function placeRun(run: RunFacts, at: number, drop: number): RunFacts {
  const move = (i: number) => i - drop + at;
  const pages = run.pages.slice(drop).map((p) => ({ ...p, index: move(p.index) }));
  const pagesOf: Record<string, number[]> = {};
  for (const [id, list] of Object.entries(run.layout.pagesOf)) {
    const kept = list.filter((i) => i >= drop).map(move);
    if (kept.length) pagesOf[id] = kept;
  }
  return {
    pages,
    images: run.images.filter((i) => i.page > drop).map((i) => ({ ...i, page: move(i.page - 1) + 1 })),
    layout: {
      ...run.layout,
      pagesOf,
      fill: run.layout.fill.slice(drop),
      pageStarts: run.layout.pageStarts.slice(drop),
    },
    warnings: run.warnings,
    proxied: run.proxied,
  };
}

/** The facts from its placed runs, in order. */
export function joinRuns(runs: RunFacts[]): RunFacts {
  const pagesOf: Record<string, number[]> = {};
  const articles: Layout["articles"] = {};
  let grid: Pick<Layout, "linesPerColumn" | "gridMm"> | undefined;
  for (const r of runs) {
    for (const [id, list] of Object.entries(r.layout.pagesOf)) pagesOf[id] = [...(pagesOf[id] ?? []), ...list];
    for (const [id, a] of Object.entries(r.layout.articles)) articles[id] ??= a;
    // The grid is read from a page with article text: a run of covers has none.
    if (!grid && r.layout.linesPerColumn > 0 && Object.keys(r.layout.articles).length)
      grid = { linesPerColumn: r.layout.linesPerColumn, gridMm: r.layout.gridMm };
  }
  const first = runs[0]?.layout;
  return {
    pages: runs.flatMap((r) => r.pages),
    images: runs.flatMap((r) => r.images),
    layout: {
      pagesOf,
      fill: runs.flatMap((r) => r.layout.fill),
      linesPerColumn: grid?.linesPerColumn ?? first?.linesPerColumn ?? 0,
      gridMm: grid?.gridMm ?? first?.gridMm ?? 0,
      articles,
      figures: runs.flatMap((r) => r.layout.figures),
      paragraphs: runs.flatMap((r) => r.layout.paragraphs),
      pageStarts: runs.flatMap((r) => r.layout.pageStarts),
    },
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    proxied: [...new Set(runs.flatMap((r) => r.proxied))],
  };
}
