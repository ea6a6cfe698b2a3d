/**
 * Measuring the laid-out pages for the fitter: which pages each article occupies and how full each
 * page's type area is. `readLayout` runs in the Paged.js page; `measureRuns` is pure.
 */
import type { Page } from "puppeteer";
import type { RunMeasure } from "./fitter.js";
import type { Run } from "./runs.js";

export interface Layout {
  /** Article id → indices of the pages it has content on. */
  pagesOf: Record<string, number[]>;
  /** Per page: how far down the type area content reaches, 0..1. */
  fill: number[];
}

/** Runs in the page (as a string: tsx's helpers must not leak into the browser). */
const READ_LAYOUT = `(() => {
  const pagesOf = {};
  const fill = [];
  document.querySelectorAll(".pagedjs_pages > .pagedjs_page").forEach((p, index) => {
    const area = p.querySelector(".pagedjs_page_content");
    const box = area ? area.getBoundingClientRect() : null;
    let bottom = box ? box.top : 0;
    p.querySelectorAll("[data-article-id]").forEach((el) => {
      const id = el.dataset.articleId;
      const list = pagesOf[id] || (pagesOf[id] = []);
      if (!list.includes(index)) list.push(index);
      el.querySelectorAll("p, h1, h2, h3, h4, figure, li, blockquote, aside, .article-head").forEach((c) => {
        const r = c.getBoundingClientRect();
        if (r.height > 0) bottom = Math.max(bottom, r.bottom);
      });
    });
    fill.push(box && box.height > 0 ? Math.min(1, Math.max(0, (bottom - box.top) / box.height)) : 0);
  });
  return { pagesOf, fill };
})()`;

export async function readLayout(page: Page): Promise<Layout> {
  return (await page.evaluate(READ_LAYOUT)) as Layout;
}

/** Pages used by each run and the fill of its last page. */
export function measureRuns(runs: Run[], layout: Layout): RunMeasure[] {
  return runs.map((run) => {
    const pages = [...new Set(run.articleIds.flatMap((id) => layout.pagesOf[id] ?? []))].sort((a, b) => a - b);
    if (!pages.length) return { pages: 0, lastFill: 0 };
    const last = pages[pages.length - 1];
    return { pages: last - pages[0] + 1, lastFill: layout.fill[last] ?? 1 };
  });
}
