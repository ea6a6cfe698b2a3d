/** A section's runs: its consecutive articles in reading order; a section that recurs gets one run where it recurs. */
import type { Article, Section } from "./types.js";

export interface SectionRun {
  section: Section;
  articles: Article[];
}

/** The articles grouped into section runs, in reading order: every article once, in its run. */
export function sectionRuns(articles: readonly Article[]): SectionRun[] {
  const runs: SectionRun[] = [];
  for (const a of articles) {
    const last = runs[runs.length - 1];
    if (last && last.section.id === a.section.id) last.articles.push(a);
    else runs.push({ section: a.section, articles: [a] });
  }
  return runs;
}
