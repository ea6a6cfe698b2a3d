/**
 * The front of the issue: a one-column editorial (卷首语) opens the inner pages when the issue has
 * one; the 版权页 and the 目录 follow it (or open the inner pages when there is none). Shared by the
 * plan rules and the print view, so that the plan checks the order the layout prints.
 */

/** Pages the 版权页 and the 目录 take (one each). */
export const FRONT_PAGES = 2;

/**
 * How many articles (in reading order, cover places left out) open the issue before the 版权页 and
 * 目录: the first section's consecutive articles, when every one of them is an editorial.
 */
export function leadLength(articles: { section: string; editorial: boolean }[]): number {
  if (!articles.length) return 0;
  let n = 0;
  while (n < articles.length && articles[n].section === articles[0].section) n++;
  return articles.slice(0, n).every((a) => a.editorial) ? n : 0;
}
