/** The lines that close an article in both editions: 作者单位, source (摘自…) and 责任编辑. */
import type { Article } from "../../model/types.js";
import { escapeHtml } from "../../text/escape.js";

export function articleEndNotes(a: Pick<Article, "affiliation" | "sourceNote" | "editor">): string {
  return [
    a.affiliation ? `<p class="affiliation">（作者单位：${escapeHtml(a.affiliation)}）</p>` : "",
    a.sourceNote ? `<p class="source-note">（${escapeHtml(a.sourceNote)}）</p>` : "",
    a.editor ? `<p class="editor-note">［责任编辑：${escapeHtml(a.editor)}］</p>` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
