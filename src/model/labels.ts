/** How an issue is named and dated on every output (PDF metadata, press file, EPUB, job ticket). */
import type { Issue } from "./types.js";

/** "党员之友 2022年第8期(总第313期)" */
export function issueTitle(issue: Issue): string {
  return `${issue.magazine.title} ${issue.year}年第${issue.number}期(总第${issue.totalNumber}期)`;
}

/**
 * The publication date at 00:00 China Standard Time: the one date every output carries (never
 * the clock), so the same sources give the same bytes.
 */
export function publicationDate(issue: Issue): Date {
  const d = new Date(`${issue.date}T00:00:00+08:00`);
  if (Number.isNaN(d.getTime())) throw new Error(`issue ${issue.id}: date "${issue.date}" is not an ISO date`);
  return d;
}
