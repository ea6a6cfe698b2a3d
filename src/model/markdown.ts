/**
 * Markdown reader: one article body → the model's blocks. The only place Markdown is parsed;
 * both writers (print HTML, EPUB) consume the blocks.
 */
import MarkdownIt from "markdown-it";
import attrs from "markdown-it-attrs";
import type { Block } from "./types.js";
import type { Problem } from "../contract/errors.js";
import { sanitizeFragment } from "./sanitize.js";
import { resolveImage } from "./images.js";

/** Classes editors may put on paragraphs and headings (`{.dateline}`). */
export const ALLOWED_CLASSES = new Set(["dateline", "signature", "note", "center"]);

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

function createMarkdown() {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.use(attrs, { allowedAttributes: ["class"] });
  // Every link and image is parsed as one (markdown-it would leave "[x](javascript:…)" as literal
  // source text, URL included): images with a scheme are then refused by resolveImage, and a link's
  // unsafe href (javascript:, data:, file:…) is dropped by sanitizeFragment, so only its label remains.
  md.validateLink = () => true;
  // Chinese text has no spaces between words: a soft line break inside a paragraph joins directly.
  md.renderer.rules.softbreak = (tokens, idx) => {
    const prev = tokens[idx - 1]?.content.slice(-1) ?? "";
    const next = tokens[idx + 1]?.content.slice(0, 1) ?? "";
    return CJK.test(prev) || CJK.test(next) ? "" : " ";
  };
  return md;
}

const md = createMarkdown();
type Token = ReturnType<typeof md.parse>[number];

export interface MarkdownInput {
  articleId: string;
  body: string;
  file: string;
  /** Line number in the file of the body's first line. */
  firstLine: number;
  issueDir: string;
}

export function parseBlocks(input: MarkdownInput, problems: Problem[]): Block[] {
  const tokens = md.parse(input.body, {});
  const blocks: Block[] = [];
  const lineOf = (t: Token) => (t.map ? t.map[0] + input.firstLine : input.firstLine);
  const nextId = () => `${input.articleId}-${blocks.length + 1}`;

  // Inline HTML anywhere (paragraphs, headings, list items…): the block loop below steps over most
  // inline tokens, so they are checked here, each once (and this file's problems sorted by line at the end).
  const firstProblem = problems.length;
  for (const t of tokens) {
    if (t.type === "inline" && t.children?.some((c) => c.type === "html_inline")) {
      problems.push({ file: input.file, line: lineOf(t), message: "raw HTML is not allowed in articles" });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "html_block" || (t.type === "inline" && t.children?.some((c) => c.type === "html_inline"))) {
      if (t.type === "html_block")
        problems.push({ file: input.file, line: lineOf(t), message: "raw HTML is not allowed in articles" });
      if (t.type === "inline") i++;
      continue;
    }
    const classes = classesOf(t, input, problems, lineOf(t));
    if (t.type === "paragraph_open") {
      const inline = tokens[i + 1];
      i += 2;
      const only = inline.children?.filter((c) => !(c.type === "text" && !c.content.trim())) ?? [];
      if (only.length === 1 && only[0].type === "image") {
        const img = only[0];
        const image = resolveImage(
          {
            src: String(img.attrGet("src") ?? ""),
            caption: img.children?.map((c) => c.content).join("") || img.content,
            credit: img.attrGet("title") != null ? String(img.attrGet("title")) : undefined,
          },
          { issueDir: input.issueDir, file: input.file, line: lineOf(t), field: "image" },
          problems,
        );
        if (image)
          blocks.push({
            id: nextId(),
            type: "figure",
            image,
            classes,
            text: [image.caption, image.credit].filter(Boolean).join(" "),
          });
        continue;
      }
      blocks.push({ id: nextId(), type: "paragraph", html: renderInline(inline), classes, text: plainText(inline) });
      continue;
    }
    if (t.type === "heading_open") {
      const level = Number(t.tag.slice(1));
      const inline = tokens[i + 1];
      i += 2;
      if (level < 2 || level > 4) {
        problems.push({
          file: input.file,
          line: lineOf(t),
          message: `heading level ${level} is not allowed: use ## (subhead), ### or ####`,
        });
        continue;
      }
      blocks.push({
        id: nextId(),
        type: "heading",
        level: level as 2 | 3 | 4,
        html: renderInline(inline),
        classes,
        text: plainText(inline),
      });
      continue;
    }
    const container = CONTAINERS[t.type];
    if (container) {
      const end = closingIndex(tokens, i);
      const slice = tokens.slice(i, end + 1);
      const html = sanitizeFragment(md.renderer.render(slice, md.options, {}));
      const txt = slice
        .filter((s) => s.type === "inline")
        .map(plainText)
        .join("");
      if (container === "list")
        blocks.push({ id: nextId(), type: "list", ordered: t.type === "ordered_list_open", html, classes, text: txt });
      else blocks.push({ id: nextId(), type: container, html, classes, text: txt });
      i = end;
      continue;
    }
    if (t.type === "hr") continue;
  }
  const mine = problems.splice(firstProblem).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  problems.push(...mine);
  return blocks;
}

const CONTAINERS: Record<string, "quote" | "list" | "table"> = {
  blockquote_open: "quote",
  bullet_list_open: "list",
  ordered_list_open: "list",
  table_open: "table",
};

function closingIndex(tokens: Token[], start: number): number {
  let depth = 0;
  for (let j = start; j < tokens.length; j++) {
    depth += tokens[j].nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

function classesOf(t: Token, input: MarkdownInput, problems: Problem[], line: number): string[] {
  const cls = String(t.attrGet("class") ?? "")
    .split(/\s+/)
    .filter(Boolean);
  for (const c of cls) {
    if (!ALLOWED_CLASSES.has(c)) {
      problems.push({
        file: input.file,
        line,
        message: `unknown class .${c} (allowed: ${[...ALLOWED_CLASSES].map((x) => `.${x}`).join(", ")})`,
      });
    }
  }
  return cls.filter((c) => ALLOWED_CLASSES.has(c));
}

function renderInline(inline: Token): string {
  return sanitizeFragment(md.renderer.renderInline(inline.children ?? [], md.options, {}));
}

function plainText(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" ? "" : ""))
    .join("");
}
