/**
 * An issue's page (<id>/index.html, <id>-<tag>/index.html for an edition): cover, publication data,
 * downloads, the issue's other editions, 目录 and the page index; in the edition's language and
 * direction, the site's own words marked as Chinese.
 */
import path from "node:path";
import { editionsList } from "./edition-links.js";
import { siteWords } from "./editions.js";
import type { PublishedIssue } from "./library.js";
import { byteSize, e, htmlPage, issueLabel } from "./html.js";
import { COVER, READ, webPage } from "./paths.js";
import { webDocuments } from "./reader.js";

/** `editions`: every edition of the issue this one is of (itself included), listed side by side when more than one. */
export function issuePage(issue: PublishedIssue, editions: PublishedIssue[] = [issue]): string {
  const zh = siteWords(issue);
  const m = issue.manifest.issue;
  const bytes = (file: string) =>
    issue.manifest.files.find((f) => path.basename(f.path) === path.basename(file))?.bytes ?? 0;
  const pageOf = new Map(issue.manifest.toc.map((t) => [t.articleId, t.page]));
  const read = (href: string) => `${READ}/${webPage(href)}`;
  const docs = webDocuments(issue);
  const first = docs.find((d) => d.kind === "article") ?? docs[0];

  const toc = issue.sections
    .map((s) => {
      const items = s.entries
        .map((a) => {
          const page = pageOf.get(a.href.replace(/\.xhtml$/, ""));
          return `<li><a href="${e(read(a.href))}">${e(a.title)}</a>${page ? `<span class="folio">${page}</span>` : ""}</li>`;
        })
        .join("\n");
      return `${s.name ? `<li class="section"><span class="section-name">${e(s.name)}</span>` : "<li>"}<ol>\n${items}\n</ol></li>`;
    })
    .join("\n");
  const extras = docs
    .filter((d) => d.kind !== "article")
    .map((d) => `<li><a href="${e(read(d.href))}">${e(d.title)}</a></li>`)
    .join("\n");
  // A printed 目录 page is marked in the EPUB's nav, which has no web page: it opens this page's 目录.
  const onWeb = new Set(docs.map((d) => d.href));
  const pageHref = (href: string) => (onWeb.has(href.split("#")[0]) ? `${READ}/${webPage(href)}` : "#toc-title");
  const pages = issue.pages.map((p) => `<a href="${e(pageHref(p.href))}">${e(p.folio)}</a>`).join(" ");
  const data = [
    ["出版", issue.publisher],
    ["出版日期", m.date],
    ["期号", issueLabel(m)],
    ["ISSN", issue.issn],
    ["页数", issue.pdfPages ? `${issue.pdfPages} 页（含封面）` : undefined],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`)
    .join("");
  const others =
    editions.length > 1
      ? `<section class="issue-editions" aria-labelledby="editions-title"${zh}><h2 id="editions-title">语言版本</h2>\n${editionsList(editions, "../", issue.id)}\n</section>\n`
      : "";
  const body = `<header class="bar"${zh}><nav aria-label="位置"><a href="../index.html">书架</a> › ${e(issueLabel(m))}</nav></header>
<main class="issue">
<div class="issue-head">
<img class="cover" src="${COVER}" alt="封面：${e(issue.title)}" />
<div>
<h1>${e(issue.title)}</h1>
<dl class="pubdata"${zh}>${data}</dl>
<ul class="downloads"${zh}>
<li><a href="${e(path.basename(issue.epubFile))}" type="application/epub+zip" download="">下载 EPUB</a> <span>${byteSize(bytes(issue.epubFile))}</span></li>
<li><a href="${e(path.basename(issue.pdfFile))}" type="application/pdf">下载 PDF（屏幕版）</a> <span>${byteSize(bytes(issue.pdfFile))}</span></li>
${first ? `<li><a href="${e(read(first.href))}">在线阅读</a></li>` : ""}
</ul>
</div>
</div>
${others}<section aria-labelledby="toc-title"><h2 id="toc-title"${zh}>目录</h2>
<ol class="toc">
${toc}
</ol>
${extras ? `<ul class="toc-extras">\n${extras}\n</ul>` : ""}
</section>
${pages ? `<section aria-labelledby="pages-title"><h2 id="pages-title"${zh}>按印刷版页码阅读</h2><p class="page-index">${pages}</p></section>` : ""}
</main>`;
  return htmlPage({
    title: `${issue.title}`,
    lang: issue.edition.language,
    dir: issue.edition.direction,
    root: "../",
    body,
    description: issue.description,
  });
}
