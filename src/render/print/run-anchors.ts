/**
 * What the 目录's run cannot know of the others: its numbers (the folio of each article's title
 * page), from the pages laid out, written as text. Pure.
 */
import { folios, type PageInfo } from "./page-map.js";
import { articleAnchor } from "./view-model.js";

/** CSS giving each 目录 entry its number (the target-counter of print.html, which a run has no target for). */
export function tocNumbersCss(pages: PageInfo[]): string {
  if (!pages.some((p) => p.innerStart)) return "";
  const folio = folios(pages);
  return pages
    .flatMap((p) =>
      folio[p.index] == null
        ? []
        : p.articleStarts.map(
            (id) => `.toc-link[href="#${articleAnchor(id)}"]::after { content: "${folio[p.index]}"; }`,
          ),
    )
    .join("\n");
}
