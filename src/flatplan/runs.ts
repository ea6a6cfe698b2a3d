/**
 * The flatplan as runs: articles that start on the same planned page flow together (e.g. short
 * reports sharing a page); each run starts on a fresh page, so runs can be fitted independently.
 */
import { InternalError } from "../contract/errors.js";

export interface PlannedArticle {
  id: string;
  plannedPage?: number;
  /** Printed on a cover page: not part of the inner pages' plan. */
  place?: string;
}

export interface Run {
  /** Planned first page (printed folio). */
  start: number;
  articleIds: string[];
}

/** Whether the issue has a flatplan: its first inner article (not one placed on a cover) has a planned page. */
export const hasFlatplan = (articles: PlannedArticle[]): boolean =>
  articles.find((a) => !a.place)?.plannedPage !== undefined;

/** Groups articles into runs; an article without a planned page joins the run before it. */
export function planRuns(articles: PlannedArticle[]): Run[] {
  const runs: Run[] = [];
  for (const a of articles) {
    if (a.place) continue;
    const last = runs[runs.length - 1];
    if (a.plannedPage === undefined || (last && last.start === a.plannedPage)) {
      if (!last) throw new InternalError(`flatplan: the first article (${a.id}) has no planned page`);
      last.articleIds.push(a.id);
    } else {
      if (last && a.plannedPage < last.start) {
        throw new InternalError(
          `flatplan: article ${a.id} is planned on page ${a.plannedPage}, before the previous article's page ${last.start}`,
        );
      }
      runs.push({ start: a.plannedPage, articleIds: [a.id] });
    }
  }
  return runs;
}

/** Whether an article opens a new page in the layout: the first of each run. */
export function startsPage(runs: Run[], articleId: string): boolean {
  return runs.some((r) => r.articleIds[0] === articleId);
}

/**
 * Pages each run may use: up to the next run's planned start, less the pages that are not
 * articles (imprint, 目录) laid out between them. The last run ends at the last inner page.
 */
export function slotLengths(runs: Run[], innerPages: number, reservedAfter: (runIndex: number) => number): number[] {
  return runs.map((r, i) => {
    const next = i + 1 < runs.length ? runs[i + 1].start : innerPages + 1;
    return next - r.start - reservedAfter(i);
  });
}
