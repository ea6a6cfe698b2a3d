/**
 * The EPUB's words, all from the edition (issue.edition.words, src/model/words.ts): no label of the
 * EPUB is written here in any one language. Pure.
 */
import type { Issue } from "../../model/types.js";
import { fillWord, type Words } from "../../model/words.js";
import type { DocumentLanguage } from "./xhtml.js";

/** The edition's furniture words. */
export function wordsOf(issue: Pick<Issue, "edition">): Words {
  return issue.edition.words;
}

/**
 * A print word as a screen shows it: the spaces that letter-space two Han characters in print
 * ("目 录") are dropped, as a reading system sets its own spacing; any other space is kept.
 */
export function screenWord(word: string): string {
  return word.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, "$1");
}

/** "2022年第8期（总第313期）": the edition's `issue` and `total` words in its `issue_total`. */
export function issueLabel(issue: Pick<Issue, "edition" | "year" | "number" | "totalNumber">): string {
  const w = wordsOf(issue);
  return fillWord(w.issue_total, {
    issue: fillWord(w.issue, { year: issue.year, number: issue.number }),
    total: fillWord(w.total, { total: issue.totalNumber }),
  });
}

/** Full title of this EPUB: "党员之友 2022年第8期（总第313期）". */
export function bookTitle(issue: Issue): string {
  return `${issue.magazine.title} ${issueLabel(issue)}`;
}

/** How the documents and the package name the direction of their text; undefined: the default (ltr). */
export function declaredDirection(issue: Pick<Issue, "edition">): "ltr" | "rtl" | undefined {
  // The Chinese EPUB keeps the reading systems' default; every other edition says it.
  return issue.edition.base ? undefined : issue.edition.direction;
}

/** The edition's language and declared direction, as every content document's <html> carries them. */
export function documentLanguage(issue: Pick<Issue, "edition">): DocumentLanguage {
  const dir = declaredDirection(issue);
  return { lang: issue.edition.language, ...(dir ? { dir } : {}) };
}
