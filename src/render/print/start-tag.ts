/**
 * The start tag an HTML fragment opens with, read name by name and attribute by attribute (quoted,
 * unquoted or bare), as the HTML tokenizer reads it: a ">" inside a quoted value does not end it.
 * Values are as written (no character references decoded). Pure.
 */

export interface StartTag {
  /** Element name, lower case. */
  name: string;
  attributes: Map<string, string>;
  /** Offset just after the tag's ">". */
  end: number;
}

const SPACE = /\s/;
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);

/** The start tag at the beginning of `html` (after white space), or undefined when it opens with none. */
export function startTag(html: string): StartTag | undefined {
  let i = 0;
  while (isSpace(html[i])) i++;
  if (html[i] !== "<" || !/[A-Za-z]/.test(html[i + 1] ?? "")) return undefined;
  let at = ++i;
  while (i < html.length && !isSpace(html[i]) && html[i] !== ">" && html[i] !== "/") i++;
  const name = html.slice(at, i).toLowerCase();
  const attributes = new Map<string, string>();
  for (;;) {
    while (isSpace(html[i]) || html[i] === "/") i++;
    if (i >= html.length) return undefined;
    if (html[i] === ">") return { name, attributes, end: i + 1 };
    at = i;
    while (i < html.length && !isSpace(html[i]) && html[i] !== ">" && html[i] !== "/" && html[i] !== "=") i++;
    const key = html.slice(at, i).toLowerCase();
    while (isSpace(html[i])) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i] === '"' || html[i] === "'" ? html[i] : undefined;
      if (quote) {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        at = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== ">") i++;
        value = html.slice(at, i);
      }
    }
    if (!attributes.has(key)) attributes.set(key, value);
  }
}
