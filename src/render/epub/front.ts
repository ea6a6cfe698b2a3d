/** Front matter documents: cover, title page and imprint (版权页, the full masthead), in the edition's words. */
import type { Issue } from "../../model/types.js";
import { fillWord } from "../../model/words.js";
import { escapeHtml } from "../../text/escape.js";
import { bookTitle, documentLanguage, issueLabel, wordsOf } from "./labels.js";
import { pageBreakMarker } from "./page-map.js";
import { manifestId, xhtmlDocument, type XhtmlPage } from "./xhtml.js";

function page(issue: Issue, href: string, title: string, body: string, bodyType: string): XhtmlPage {
  const xhtml = xhtmlDocument({ title, ...documentLanguage(issue), body, bodyType });
  return { href, id: manifestId(href), title, xhtml };
}

export function coverAlt(issue: Issue): string {
  const w = wordsOf(issue);
  const title = bookTitle(issue);
  const caption = issue.cover.caption;
  return caption ? fillWord(w.cover_alt_photo, { title, caption }) : fillWord(w.cover_alt, { title });
}

/** The Latin title: the pinyin of the Chinese title, or an edition's own (in its language's Latin script). */
function latinTitle(issue: Issue): string {
  const lang = issue.edition.base ? "zh-Latn" : `${issue.edition.language.split("-")[0]}-Latn`;
  return `<p class="title-latin" lang="${escapeHtml(lang)}"${issue.edition.direction === "rtl" ? ' dir="ltr"' : ""}>${escapeHtml(issue.magazine.titleLatin)}</p>`;
}

export function coverPage(issue: Issue, imageHref: string): XhtmlPage {
  const body = `<section class="cover" epub:type="cover">
<img role="doc-cover" src="${escapeHtml(imageHref)}" alt="${escapeHtml(coverAlt(issue))}" />
</section>`;
  return page(issue, "cover.xhtml", wordsOf(issue).cover, body, "frontmatter");
}

export function titlePage(issue: Issue): XhtmlPage {
  const m = issue.magazine;
  const body = `<section class="titlepage" epub:type="titlepage" aria-labelledby="book-title">
<h1 id="book-title">${escapeHtml(m.title)}</h1>
${latinTitle(issue)}
<p class="issue-label">${escapeHtml(issueLabel(issue))}</p>
${m.slogan ? `<p class="slogan">${escapeHtml(m.slogan)}</p>` : ""}
<p class="publisher">${escapeHtml(issue.imprint.publisher)}</p>
</section>`;
  return page(issue, "title.xhtml", wordsOf(issue).title_page, body, "frontmatter");
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
  const w = wordsOf(issue);
  // Numbers, addresses and codes in Latin script read left to right in a right-to-left edition too.
  const ltr = issue.edition.direction === "rtl" ? ' dir="ltr"' : "";
  const row = (term: string, value: string | undefined, latin = false) =>
    value ? `<dt>${escapeHtml(term)}</dt><dd${latin ? ltr : ""}>${escapeHtml(value)}</dd>` : "";
  const rows = [
    row(w.supervisor, i.supervisor),
    row(w.sponsor, i.sponsor),
    row(w.publisher, i.publisher),
    ...i.masthead.map((r) => row(r.role, r.names.join(" "))),
    row(w.address, i.address),
    row(w.phone, i.phone, true),
    row(w.postcode, i.postcode, true),
    row(w.email, i.email, true),
    row(w.publication_day, fillWord(w.published_on, { day: i.publicationDay, date: issue.date })),
    row(w.printer, i.printer),
    // An edition without an ISSN or CN of its own prints none (never another edition's).
    row(w.issn, m.issn && `ISSN ${m.issn}`, true),
    row(w.cn, m.cn && `CN ${m.cn}`, true),
    row(w.price, m.price),
  ]
    .filter(Boolean)
    .join("\n");
  const qr = i.qrCodes
    .map((q, n) => {
      const { href, url } = qrView(n);
      const caption = escapeHtml(q.caption).replace(/\n/g, "<br />");
      // The code is the printed page's; on a screen the link is what a reader can follow.
      const img = href ? `<img src="${escapeHtml(href)}" alt="${escapeHtml(w.qr_code)}" />` : "";
      const link = url ? `<br /><a href="${escapeHtml(url)}"${ltr}>${escapeHtml(url)}</a>` : "";
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
  return page(issue, IMPRINT_HREF, w.imprint, body, "frontmatter");
}
