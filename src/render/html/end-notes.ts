/** The lines that close an article in both editions: 作者单位, source (摘自…) and 责任编辑. */
import type { Article } from "../../model/types.js";
import { CHINESE_WORDS, fillWord, type Words } from "../../model/words.js";
import { escapeHtml } from "../../text/escape.js";

/** `words`: the edition's (issue.edition.words); the Chinese ones by default. */
export function articleEndNotes(
  a: Pick<Article, "affiliation" | "sourceNote" | "editor">,
  words: Words = CHINESE_WORDS,
): string {
  const note = (cls: string, word: string, values: Record<string, string>) =>
    `<p class="${cls}">${escapeHtml(fillWord(word, values))}</p>`;
  return [
    a.affiliation ? note("affiliation", words.affiliation, { name: a.affiliation }) : "",
    a.sourceNote ? note("source-note", words.source_note, { source: a.sourceNote }) : "",
    a.editor ? note("editor-note", words.editor, { name: a.editor }) : "",
  ]
    .filter(Boolean)
    .join("\n");
}
