/** Front matter documents: cover, title page and imprint (版权页, the full masthead). */
import type { Issue } from "../../model/types.js";
import { escapeHtml } from "../../text/escape.js";
import { pageBreakMarker } from "./page-map.js";
import { manifestId, xhtmlDocument, type XhtmlPage } from "./xhtml.js";

/** "2022年第8期（总第313期）" */
export function issueLabel(issue: Issue): string {
  return `${issue.year}年第${issue.number}期（总第${issue.totalNumber}期）`;
}

/** Full title of this EPUB: "党员之友 2022年第8期（总第313期）". */
export function bookTitle(issue: Issue): string {
  return `${issue.magazine.title} ${issueLabel(issue)}`;
}

function page(href: string, title: string, lang: string, body: string, bodyType: string): XhtmlPage {
  return { href, id: manifestId(href), title, xhtml: xhtmlDocument({ title, lang, body, bodyType }) };
}

export function coverAlt(issue: Issue): string {
  const photo = issue.cover.caption ? `；封面图片：${issue.cover.caption}` : "";
  return `封面：${bookTitle(issue)}${photo}`;
}

export function coverPage(issue: Issue, imageHref: string): XhtmlPage {
  const body = `<section class="cover" epub:type="cover">
<img role="doc-cover" src="${escapeHtml(imageHref)}" alt="${escapeHtml(coverAlt(issue))}" />
</section>`;
  return page("cover.xhtml", "封面", issue.magazine.language, body, "frontmatter");
}

export function titlePage(issue: Issue): XhtmlPage {
  const m = issue.magazine;
  const body = `<section class="titlepage" epub:type="titlepage" aria-labelledby="book-title">
<h1 id="book-title">${escapeHtml(m.title)}</h1>
<p class="title-latin" lang="zh-Latn">${escapeHtml(m.titleLatin)}</p>
<p class="issue-label">${escapeHtml(issueLabel(issue))}</p>
${m.slogan ? `<p class="slogan">${escapeHtml(m.slogan)}</p>` : ""}
<p class="publisher">${escapeHtml(issue.imprint.publisher)}</p>
</section>`;
  return page("title.xhtml", "书名页", m.language, body, "frontmatter");
}

/** An imprint QR code as the EPUB shows it: its image (if any) and its target (if known). */
export interface QrView {
  href?: string;
  url?: string;
}

export const IMPRINT_HREF = "imprint.xhtml";

/** The 版权页; `pageBreaks`: its printed folio, marked where the page opens. */
export function imprintPage(issue: Issue, qrView: (index: number) => QrView, pageBreaks: number[] = []): XhtmlPage {
  const m = issue.magazine;
  const i = issue.imprint;
  const row = (term: string, value: string | undefined) =>
    value ? `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>` : "";
  const rows = [
    row("主管", i.supervisor),
    row("主办", i.sponsor),
    row("出版", i.publisher),
    ...i.masthead.map((r) => row(r.role, r.names.join(" "))),
    row("地址", i.address),
    row("电话", i.phone),
    row("邮编", i.postcode),
    row("电子邮箱", i.email),
    row("出版日期", `${i.publicationDay}（本期 ${issue.date}）`),
    row("印刷装订", i.printer),
    row("国际标准连续出版物号", `ISSN ${m.issn}`),
    row("国内统一连续出版物号", `CN ${m.cn}`),
    row("定价", m.price),
  ]
    .filter(Boolean)
    .join("\n");
  const qr = i.qrCodes
    .map((q, n) => {
      const { href, url } = qrView(n);
      const caption = escapeHtml(q.caption).replace(/\n/g, "<br />");
      // The code is the printed page's; on a screen the link is what a reader can follow.
      const img = href ? `<img src="${escapeHtml(href)}" alt="二维码" />` : "";
      const link = url ? `<br /><a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : "";
      return `<figure class="qr">${img}<figcaption>${caption}${link}</figcaption></figure>`;
    })
    .join("\n");
  const body = `<section class="imprint" epub:type="imprint" aria-labelledby="imprint-title">
${pageBreaks.map(pageBreakMarker).join("")}<h1 id="imprint-title">${escapeHtml(m.title)} ${escapeHtml(issueLabel(issue))}</h1>
<dl>
${rows}
</dl>
${i.copyrightNotice ? `<p class="copyright">${escapeHtml(i.copyrightNotice)}</p>` : ""}
${qr}
</section>`;
  return page(IMPRINT_HREF, "版权页", m.language, body, "frontmatter");
}
