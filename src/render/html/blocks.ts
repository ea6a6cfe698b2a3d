/**
 * The HTML writer for article blocks, shared by the print and EPUB writers (one Markdown → HTML path).
 * Output is XHTML-compatible (void elements closed, attributes quoted) so the EPUB can use it as is.
 * Chinese text arrives already set with full-width punctuation (src/type/typeset.ts, applied once for
 * every writer); this writer escapes and tags it.
 */
import type { Block, ImageRef } from "../../model/types.js";
import type { Words } from "../../model/words.js";
import { figureAlt } from "./alt.js";
import { escapeHtml } from "../../text/escape.js";

export interface BlockRenderOptions {
  /** URL of an image as the output document should reference it. Default: the source path. */
  imageUrl?: (image: ImageRef) => string;
  /** Extra attributes per figure (e.g. print sizing), keyed by image src. */
  figureClass?: (image: ImageRef) => string | undefined;
  /** What an uncaptioned image belongs to (e.g. the article title), for its alt text (alt.ts). */
  altContext?: string;
  /** The edition's words for alt texts (issue.edition.words); the Chinese ones by default. */
  words?: Words;
}

export function renderBlock(b: Block, opts: BlockRenderOptions = {}): string {
  const cls = b.classes.length ? ` class="${b.classes.join(" ")}"` : "";
  const id = ` id="${escapeHtml(b.id)}"`;
  switch (b.type) {
    case "paragraph":
      return `<p${id}${cls}>${b.html}</p>`;
    case "heading":
      return `<h${b.level}${id}${cls}>${b.html}</h${b.level}>`;
    case "figure":
      return renderFigure(b.image, b.classes, opts, b.id);
    case "quote":
    case "list":
    case "table":
      return `<div${id} class="${[b.type, ...b.classes].join(" ")}">${b.html}</div>`;
  }
}

export function renderFigure(image: ImageRef, classes: string[], opts: BlockRenderOptions = {}, id?: string): string {
  const url = opts.imageUrl ? opts.imageUrl(image) : image.src;
  const extra = opts.figureClass?.(image);
  const cls = ["figure", ...classes, ...(extra ? [extra] : [])].join(" ");
  const alt = figureAlt(image, opts.altContext, opts.words);
  const caption = image.caption ? `<span class="caption">${escapeHtml(image.caption)}</span>` : "";
  const credit = image.credit ? `<span class="credit">□${escapeHtml(image.credit)}</span>` : "";
  const figcaption = caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : "";
  return `<figure${id ? ` id="${escapeHtml(id)}"` : ""} class="${cls}"><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" />${figcaption}</figure>`;
}

export function renderBlocks(blocks: Block[], opts: BlockRenderOptions = {}): string {
  return blocks.map((b) => renderBlock(b, opts)).join("\n");
}
