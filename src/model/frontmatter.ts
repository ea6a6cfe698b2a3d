/** Splits an article file into its YAML front matter and Markdown body, keeping line numbers. */

export interface SplitArticle {
  yaml: string;
  /** Line number of the first YAML line (1-based). */
  yamlLine: number;
  body: string;
  /** Line number of the first body line (1-based). */
  bodyLine: number;
}

export function splitFrontMatter(text: string): SplitArticle | undefined {
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!src.startsWith("---\n")) return undefined;
  const end = src.indexOf("\n---", 3);
  if (end < 0) return undefined;
  const afterFence = src.indexOf("\n", end + 4);
  const yaml = src.slice(4, end + 1);
  const body = afterFence < 0 ? "" : src.slice(afterFence + 1);
  const bodyLine = src.slice(0, afterFence + 1).split("\n").length;
  return { yaml, yamlLine: 2, body, bodyLine };
}
