/** How an issue is named and dated on every output (PDF metadata, press file, EPUB, job ticket). */
import { InternalError } from "../contract/errors.js";
import type { Article, Issue } from "./types.js";
import { fillWord } from "./words.js";

/** "党员之友 2022年第8期（总第313期）" (full-width brackets: Chinese text). */
export function issueTitle(issue: Issue): string {
  const e = issue.edition;
  if (!e || e.base) return `${issue.magazine.title} ${issue.year}年第${issue.number}期（总第${issue.totalNumber}期）`;
  // Another edition: its own words, with ASCII brackets (its script has no full-width ones).
  const label = fillWord(e.words.issue, { year: issue.year, number: issue.number });
  return `${issue.magazine.title} ${label} (${fillWord(e.words.total, { total: issue.totalNumber })})`;
}

/**
 * The publication date at 00:00 China Standard Time: the one date every output carries (never
 * the clock), so the same sources give the same bytes. The model's schema let only calendar days
 * through (issue.yaml:line: date: … otherwise), so another date here is a bug.
 */
export function publicationDate(issue: Issue): Date {
  const d = new Date(`${issue.date}T00:00:00+08:00`);
  if (Number.isNaN(d.getTime())) throw new InternalError(`issue ${issue.id}: date "${issue.date}" is not an ISO date`);
  return d;
}

/**
 * An article as the 目录 names it (the print 目录, the PDF outline and the EPUB nav): its 引题 when the
 * 目录 prints it, then its 目录 title (toc_title, else the page's title).
 */
export function tocLabel(a: Pick<Article, "title" | "kicker" | "toc">): string {
  const title = a.toc.title ?? a.title;
  return a.toc.kicker && a.kicker ? `${a.kicker} ${title}` : title;
}
