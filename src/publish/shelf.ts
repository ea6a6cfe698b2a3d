/**
 * The shelf (index.html): every published issue's cover, newest first, grouped by year; an issue with
 * editions in other languages lists them side by side under its cover (src/publish/edition-links.ts).
 */
import { editionGroups, editionsList } from "./edition-links.js";
import type { PublishedIssue } from "./library.js";
import { e, htmlPage, issueLabel } from "./html.js";
import { THUMB } from "./paths.js";

export function shelfPage(
  issues: PublishedIssue[],
  magazine: { title: string; lang: string; description: string },
): string {
  const years = [...new Set(issues.map((i) => i.manifest.issue.date.slice(0, 4)))];
  const groups = years.map((year) => {
    const cards = editionGroups(issues)
      .filter(([i]) => i.manifest.issue.date.startsWith(year))
      .map((group) => {
        const [i] = group;
        const m = i.manifest.issue;
        const editions = group.length > 1 ? editionsList(group, "") : "";
        return `<li class="card"><a href="${e(i.id)}/index.html"><img src="${e(i.id)}/${THUMB.file}" width="${THUMB.width}" height="${THUMB.height(i)}" alt="封面：${e(i.title)}" loading="lazy" /><span class="card-issue">第${m.number}期</span><span class="card-total">总第${m.totalNumber}期 · ${e(m.date)}</span></a>${editions}</li>`;
      })
      .join("\n");
    return `<section class="year" aria-labelledby="y${year}"><h2 id="y${year}">${year}年</h2>\n<ul class="shelf">\n${cards}\n</ul></section>`;
  });
  const latest = issues[0];
  const body = `<header class="site-header"><h1>${e(magazine.title)}</h1>${magazine.description ? `<p>${e(magazine.description)}</p>` : ""}
<p class="feeds"><a href="feed.xml">Atom 订阅</a> · <a href="opds/catalog.xml">OPDS 书目</a> · <a href="opds/catalog.json">OPDS 2.0</a></p></header>
<main>
${latest ? `<p class="latest">最新一期：<a href="${e(latest.id)}/index.html">${e(issueLabel(latest.manifest.issue))}</a></p>` : ""}
${groups.join("\n")}
</main>`;
  const head = `<link rel="alternate" type="application/atom+xml" title="${e(magazine.title)}" href="feed.xml" />
<link rel="alternate" type="application/atom+xml;profile=opds-catalog;kind=acquisition" title="OPDS" href="opds/catalog.xml" />
`;
  return htmlPage({
    title: magazine.title,
    lang: magazine.lang,
    root: "",
    body,
    head,
    description: magazine.description,
  });
}
