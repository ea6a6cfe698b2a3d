/**
 * The preview of an edition: each translated article beside the Chinese article it translates
 * (compare.html next to print.html), for the review of translations (翻译审读). Articles are paired
 * by `translates`, in the edition's reading order; the photos are the Chinese issue's, already next to
 * print.html under the same paths. Pure: two issues in, one HTML page out.
 */
import { editionFontFile } from "../render/print/edition-css.js";
import { renderBlocks } from "../render/html/blocks.js";
import type { Article, Issue } from "../model/types.js";
import { escapeHtml as e } from "../text/escape.js";
import { imageUrl } from "../render/print/view-model.js";

function column(a: Article | undefined, lang: string, dir: string, missing: string): string {
  if (!a) return `<div class="col missing" lang="zh-CN">${e(missing)}</div>`;
  return [
    `<div class="col" lang="${e(lang)}" dir="${e(dir)}">`,
    `<p class="file">${e(a.source.file)}</p>`,
    a.kicker ? `<p class="kicker">${e(a.kicker)}</p>` : "",
    `<h2>${e(a.title)}</h2>`,
    a.subtitle ? `<p class="subtitle">${e(a.subtitle)}</p>` : "",
    a.authors.length ? `<p class="byline">${e(a.authors.join(" "))}</p>` : "",
    renderBlocks(a.blocks, { imageUrl }),
    "</div>",
  ].join("\n");
}

/** The page's file name, next to print.html. */
export const COMPARE_PAGE = "compare.html";

export function compareHtml(base: Issue, edition: Issue): string {
  const ed = edition.edition;
  const byId = new Map(base.articles.map((a) => [a.id, a]));
  const translates = new Map(ed.translations.map((t) => [t.id, t.translates]));
  const faces = ed.fonts
    ? [ed.fonts.body, ed.fonts.heading, ...(ed.fonts.bold ? [ed.fonts.bold] : [])]
        .map(
          (f) =>
            `@font-face { font-family: "${f.family}"; src: url(${editionFontFile(f)}); font-weight: ${f.weight}; }`,
        )
        .join("\n")
    : "";
  const rows = edition.articles.map((t) => {
    const source = byId.get(translates.get(t.id) ?? "");
    return `<section class="pair">\n${column(source, base.magazine.language, "ltr", "（无对应的中文稿）")}\n${column(t, ed.language, ed.direction, "")}\n</section>`;
  });
  const body = ed.fonts ? `"${ed.fonts.body.family}", "Noto Serif SC"` : `"Noto Serif SC"`;
  const vertical = ed.writingMode === "vertical-lr";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>${e(`${edition.id} 译文对照 · ${base.id}`)}</title>
<link rel="stylesheet" href="fonts/fonts.css" />
<style>
${faces}
body { margin: 0; font: 10.5pt/1.7 "Noto Serif SC", serif; background: #f3f3f3; }
header { position: sticky; top: 0; background: #333; color: #fff; padding: 6px 12px; font-family: "Noto Sans SC", sans-serif; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin: 12px; }
.col { background: #fff; padding: 12px 16px; overflow: auto; }
.col[lang="${e(ed.language)}"] { font-family: ${body}; font-synthesis: none;${vertical ? " writing-mode: vertical-lr; max-height: 80vh;" : ""} }
.col .file { margin: 0; font: 8pt monospace; color: #777; }
.col img { max-width: 100%; }
.missing { color: #a00; }
</style>
</head>
<body>
<header>${e(`${edition.id} · ${ed.name} — 中文原稿（左）与译文（右）`)}</header>
${rows.join("\n")}
</body>
</html>
`;
}
