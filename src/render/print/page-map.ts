/**
 * The pure maths over what the laid-out pages hold (PageInfo, read back by layout-facts.ts):
 * printed folios and the table of contents.
 */
import type { PageInfo } from "./layout-facts.js";
import type { TocEntry } from "../../contract/stage.js";
import type { Issue } from "../../model/types.js";
import { tocItemId, tocItems, tocItemTitle } from "../../plan/toc.js";
import { InternalError } from "../../contract/errors.js";
import { isCoverRole, ROLES } from "../../contract/layout/dom.js";
import type { FrontMatterPage, PageStart } from "../../contract/print-output.js";

export type { PageInfo };

/** A cover page (封面, 封二, 封三, 封四: DOM.coverRoles) has no folio and is not counted. */
export const isCoverPage = (p: PageInfo): boolean => p.roles.some(isCoverRole);

/**
 * Printed folio of each page (null on covers): covers do not count (page.css), so inner page 1 is
 * the first page after 封二; it must be the page marked innerStart.
 */
export function folios(pages: PageInfo[]): (number | null)[] {
  let n = 0;
  const out = pages.map((p) => (isCoverPage(p) ? null : ++n));
  const first = out.indexOf(1);
  if (first >= 0 && !pages[first].innerStart) {
    throw new InternalError(`pagination: inner page 1 (PDF page ${first + 1}) is not the inner start page`);
  }
  return out;
}

/**
 * 目录 entries in printed order (src/plan/toc.ts), with the folio of the page carrying each title;
 * an item on a cover (封二, 封三, 封四) must be laid out on that cover page.
 */
export function tocFromPages(issue: Issue, pages: PageInfo[]): TocEntry[] {
  const folio = folios(pages);
  return tocItems(issue).map((item) => {
    const id = tocItemId(item);
    const a = item.kind === "article" ? item.article : undefined;
    const base = {
      section: a ? a.section.name : "",
      title: tocItemTitle(item),
      ...(a?.toc.title && a.toc.title !== a.title ? { tocTitle: a.toc.title } : {}),
      ...(a?.toc.kicker && a.kicker ? { kicker: a.kicker } : {}),
      articleId: id,
    };
    const place = item.place;
    if (place) {
      const page = pages.find((p) => p.roles.includes(place));
      const onIt = item.kind === "cover" || page?.articleStarts.includes(id);
      if (!page || !onIt)
        throw new InternalError(`pagination: ${id} is planned on ${item.place} but not laid out there`);
      return { ...base, page: null, place: item.place };
    }
    const page = pages.find((p) => p.articleStarts.includes(id));
    const n = page ? folio[page.index] : null;
    if (n == null) throw new InternalError(`pagination: the title of article ${id} is on no numbered page`);
    return { ...base, page: n };
  });
}

/** Index of the first page of each article (for outline destinations). */
export function articleStartIndex(pages: PageInfo[], articleId: string): number {
  const page = pages.find((p) => p.articleStarts.includes(articleId));
  if (!page) throw new InternalError(`pagination: article ${articleId} not found in the layout`);
  return page.index;
}

/** Where each printed inner page starts in the article text (for the EPUB's page-break markers). */
export function pageStarts(pages: PageInfo[]): PageStart[] {
  const folio = folios(pages);
  return pages.flatMap((p): PageStart[] => {
    const n = folio[p.index];
    if (n == null) return [];
    const start: PageStart = { folio: n, blockId: p.start?.blockId ?? null, charOffset: p.start?.charOffset ?? 0 };
    const front = p.start ? undefined : frontMatterOf(p);
    return [front ? { ...start, frontMatter: front } : start];
  });
}

const FRONT_MATTER: readonly FrontMatterPage[] = [ROLES.imprint, ROLES.toc];

/** The 版权页 or 目录 a page without article text prints, by its page role. */
function frontMatterOf(p: PageInfo): FrontMatterPage | undefined {
  return FRONT_MATTER.find((role) => p.roles.includes(role));
}
