/** The editions of one issue side by side on the shelf and the issue pages, each with its EPUB, PDF and web edition. */
import path from "node:path";
import { langDir } from "./editions.js";
import { e } from "./html.js";
import type { PublishedIssue } from "./library.js";
import { READ, webPage } from "./paths.js";
import { webDocuments } from "./reader.js";

/** The editions of each issue, in the order of `issues` (sorted by byDateThenEdition). */
export function editionGroups(issues: PublishedIssue[]): PublishedIssue[][] {
  const groups = new Map<string, PublishedIssue[]>();
  for (const i of issues) groups.set(i.edition.of, [...(groups.get(i.edition.of) ?? []), i]);
  return [...groups.values()];
}

/**
 * The editions of one issue side by side: each its name in its own script (linking to its page), its
 * EPUB, its PDF and its web edition. `root` leads from the page to the site's root; `current` is marked.
 */
export function editionsList(group: PublishedIssue[], root: string, current?: string): string {
  const items = group.map((i) => {
    const first = webDocuments(i).find((d) => d.kind === "article") ?? webDocuments(i)[0];
    const links = [
      `<a href="${e(`${root}${i.id}/${path.basename(i.epubFile)}`)}" type="application/epub+zip">EPUB</a>`,
      `<a href="${e(`${root}${i.id}/${path.basename(i.pdfFile)}`)}" type="application/pdf">PDF</a>`,
      ...(first ? [`<a href="${e(`${root}${i.id}/${READ}/${webPage(first.href)}`)}">在线阅读</a>`] : []),
    ];
    const here = i.id === current ? ' aria-current="page"' : "";
    return `<li><a class="edition-name" href="${e(`${root}${i.id}/index.html`)}"${langDir(i)}${here}>${e(i.edition.name)}</a> <span class="edition-links">${links.join(" · ")}</span></li>`;
  });
  return `<ul class="editions">\n${items.join("\n")}\n</ul>`;
}
