/**
 * The web edition: each EPUB content document (articles, 封二/封三/封四, 版权页) as a responsive HTML page.
 * Its body is the EPUB's own, which the shared block writer (src/render/html/blocks.ts) wrote, with the
 * same print page markers (id="page-23"): read/<article>.html#page-23 is the place p. 23 is in print
 * and in the EPUB's page-list. Each page is in its edition's language and direction (`lang`, `dir`),
 * the site's own words on it marked as Chinese.
 */
import type { EpubDocument } from "../contract/build-facts.js";
import { e, htmlPage, issueLabel } from "./html.js";
import { siteWords } from "./editions.js";
import type { PublishedIssue } from "./library.js";
import { webPage } from "./paths.js";

export const WEB_KINDS: EpubDocument["kind"][] = ["cover-page", "imprint", "article"];

export function webDocuments(issue: PublishedIssue): EpubDocument[] {
  return issue.documents.filter((d) => WEB_KINDS.includes(d.kind));
}

/** The body of an XHTML content document, ready for an HTML page. */
export function webBody(xhtml: string, included: Set<string>): string {
  const start = xhtml.indexOf(">", xhtml.indexOf("<body")) + 1;
  const body = xhtml.slice(start, xhtml.lastIndexOf("</body>"));
  return body
    .replace(/ epub:type="[^"]*"/g, "")
    .replace(/href="([^":#]+\.xhtml)(#[^"]*)?"/g, (_m, href: string, hash = "") =>
      included.has(href) ? `href="${webPage(href)}${hash}"` : `href="../index.html"`,
    )
    .trim();
}

export function readerPages(issue: PublishedIssue, base: string): { file: string; html: string }[] {
  const docs = webDocuments(issue);
  const included = new Set(docs.map((d) => d.href));
  const label = issueLabel(issue.manifest.issue);
  return docs.map((d, i) => {
    const xhtml = issue.pkg.entries.get(`${base}${d.href}`)?.toString("utf8") ?? "";
    const prev = docs[i - 1];
    const next = docs[i + 1];
    const pager = `<nav class="pager" aria-label="翻页">${prev ? `<a rel="prev" href="${e(webPage(prev.href))}">← ${e(prev.title)}</a>` : "<span></span>"}${next ? `<a rel="next" href="${e(webPage(next.href))}">${e(next.title)} →</a>` : "<span></span>"}</nav>`;
    const body = `<header class="bar"${siteWords(issue)}><nav aria-label="位置"><a href="../../index.html">书架</a> › <a href="../index.html">${e(label)}</a></nav></header>
<main class="reader">
${webBody(xhtml, included)}
</main>
<footer>${pager}</footer>`;
    return {
      file: webPage(d.href),
      html: htmlPage({
        title: `${d.title} · ${issue.title}`,
        lang: issue.edition.language,
        dir: issue.edition.direction,
        root: "../../",
        body,
      }),
    };
  });
}
