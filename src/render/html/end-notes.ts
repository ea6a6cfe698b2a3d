/** The lines that close an article in both editions: 作者单位, source (摘自…) and 责任编辑. */
import type { Article } from "../../model/types.js";
import { escapeHtml } from "../../text/escape.js";
import { CHINESE_WORDS, fillWord, type Words } from "../../model/words.js";

export function articleEndNotes(
  a: Pick<Article, "affiliation" | "sourceNote" | "editor">,
  words: Words = CHINESE_WORDS,
): string {
  const source = words === CHINESE_WORDS ? `（${a.sourceNote}）` : `(${a.sourceNote})`;
  return [
    a.affiliation
      ? `<p class="affiliation">${escapeHtml(fillWord(words.affiliation, { name: a.affiliation }))}</p>`
      : "",
    a.sourceNote ? `<p class="source-note">${escapeHtml(source)}</p>` : "",
    a.editor ? `<p class="editor-note">${escapeHtml(fillWord(words.editor, { name: a.editor }))}</p>` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
