/**
 * Edits the flatplan makes to an article's body HTML and blocks in the print edition: pull quotes
 * after the paragraph they quote, tracking on a paragraph's last characters, and the split of an
 * article continued on a later page. String and model functions, pure.
 */
import type { Article, Block } from "../../model/types.js";
import { escapeHtml } from "../../text/escape.js";
import { continuationId, type Continuation } from "../../flatplan/apply.js";
import type { PullQuote } from "../../flatplan/pull-quotes.js";

/** Tokens of inline HTML: tags, entities (one character each) and text. */
const TOKEN = /(<[^>]+>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);)/i;
const isTag = (t: string) => t.startsWith("<");
const isEntity = (t: string) => t.startsWith("&") && t.endsWith(";") && t.length > 2;
/** Characters a token shows (UTF-16 units, as the browser's textContent counts). */
const shown = (t: string) => (isTag(t) ? 0 : isEntity(t) ? 1 : t.length);

/** Puts each pull quote after the block it was taken from. */
export function insertPullQuotes(bodyHtml: string, quotes: PullQuote[]): string {
  let html = bodyHtml;
  for (const q of quotes) {
    const at = html.indexOf(`id="${q.afterBlockId}"`);
    const end = at < 0 ? -1 : html.indexOf("</p>", at);
    if (end < 0) continue;
    html = `${html.slice(0, end + 4)}<p class="pull-quote" aria-hidden="true">${escapeHtml(q.text)}</p>${html.slice(end + 4)}`;
  }
  return html;
}

/** Wraps the last `chars` characters of paragraph `blockId` in tracking spans of `em`. */
export function trackTail(bodyHtml: string, blockId: string, chars: number, em: number): string {
  const at = bodyHtml.indexOf(`<p id="${blockId}"`);
  if (at < 0) return bodyHtml;
  const open = bodyHtml.indexOf(">", at) + 1;
  const close = bodyHtml.indexOf("</p>", open);
  if (open <= 0 || close < 0) return bodyHtml;
  const tokens = bodyHtml.slice(open, close).split(TOKEN).filter(Boolean);
  let left = chars;
  for (let i = tokens.length - 1; i >= 0 && left > 0; i--) {
    const t = tokens[i];
    if (isTag(t)) continue;
    const span = (s: string) => `<span class="fit-track" style="--track: ${em}em">${s}</span>`;
    if (isEntity(t) || t.length <= left) {
      tokens[i] = span(t);
      left -= shown(t);
    } else {
      tokens[i] = t.slice(0, t.length - left) + span(t.slice(t.length - left));
      left = 0;
    }
  }
  return bodyHtml.slice(0, open) + tokens.join("") + bodyHtml.slice(close);
}

/** Inline HTML split after `chars` shown characters, open tags closed and reopened. */
export function splitInlineHtml(html: string, chars: number): [string, string] {
  const tokens = html.split(TOKEN).filter(Boolean);
  const open: string[] = [];
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isTag(t)) {
      if (t.startsWith("</")) open.pop();
      else if (!t.endsWith("/>")) open.push(t);
      continue;
    }
    const n = shown(t);
    if (count + n > chars) {
      const cut = isEntity(t) ? 0 : chars - count;
      const closeTags = [...open]
        .reverse()
        .map((o) => `</${o.slice(1).split(/[\s>]/)[0]}>`)
        .join("");
      const head = tokens.slice(0, i).join("") + t.slice(0, cut) + closeTags;
      const tail = open.join("") + t.slice(cut) + tokens.slice(i + 1).join("");
      return [head, tail];
    }
    count += n;
  }
  return [html, ""];
}

/** An article continued on a later page: the part printed on its own pages and the continued part. */
export function splitArticle(
  a: Article,
  c: Pick<Continuation, "blockId" | "charOffset">,
): { main: Article; tail: Article } | undefined {
  const index = a.blocks.findIndex((b) => b.id === c.blockId);
  if (index <= 0 && !(index === 0 && c.charOffset > 0)) return undefined;
  const main: Block[] = a.blocks.slice(0, index);
  const tail: Block[] = a.blocks.slice(index);
  const b = a.blocks[index];
  if (c.charOffset > 0 && b.type === "paragraph") {
    const [h1, h2] = splitInlineHtml(b.html, c.charOffset);
    main.push({ ...b, html: h1, text: b.text.slice(0, c.charOffset) });
    tail[0] = {
      ...b,
      id: continuationId(b.id),
      html: h2,
      text: b.text.slice(c.charOffset),
      classes: [...b.classes, "continued"],
    };
  }
  return { main: { ...a, blocks: main }, tail: { ...a, id: continuationId(a.id), blocks: tail } };
}

/** The continued paragraph names the block and offset it continues (for the EPUB page map). */
export function markContinued(bodyHtml: string, c: Pick<Continuation, "blockId" | "charOffset">): string {
  if (!c.charOffset) return bodyHtml;
  return bodyHtml.replace(
    `id="${continuationId(c.blockId)}"`,
    `id="${continuationId(c.blockId)}" data-block="${c.blockId}" data-offset="${c.charOffset}"`,
  );
}

/**
 * Chinese quotation marks stay with the character they enclose: UAX #14 classes “ ” ‘ ’ as ambiguous
 * quotation (QU), so even `line-break: strict` lets a line start with ” or end with “ (measured in the
 * PDF). A closing mark and the character before it, an opening mark and the character after it, are
 * set as one unbreakable run (`.kp`, white-space: nowrap); text only, tags untouched.
 */
const QUOTE_CLUSTER = /[“‘]*[^“‘”’\s<>&]?[”’]+|[“‘]+[^“‘”’\s<>&]/g;
export function keepQuotes(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith("<") ? part : part.replace(QUOTE_CLUSTER, (m) => `<span class="kp">${m}</span>`)))
    .join("");
}
