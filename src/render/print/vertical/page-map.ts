/**
 * Which PDF page holds what, read from the printed PDF itself: Chromium writes a named destination
 * for every link target, and the vertical document links every page role and article title
 * (templates/vertical.hbs, view.ts PAGE_IDS). The four covers are the first two and the last two
 * pages. The result is the PageInfo list the Paged.js layout gives, so the 目录, outline and EPUB
 * page list are made as for every edition.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from "pdf-lib";
import type { PageInfo } from "../layout-facts.js";
import { ROLES } from "../../../contract/layout/dom.js";
import type { Issue } from "../../../model/types.js";
import { articleAnchor } from "../view-model.js";
import { PAGE_IDS } from "./view.js";

/** Named destinations of the PDF: name → 0-based page index. */
export function namedDestinations(doc: PDFDocument): Map<string, number> {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const out = new Map<string, number>();
  const add = (name: string, dest: unknown) => {
    const arr = dest instanceof PDFDict ? dest.lookup(PDFName.of("D")) : dest;
    if (!(arr instanceof PDFArray)) return;
    const page = arr.get(0);
    const i = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
    if (i !== undefined) out.set(name, i);
  };
  const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
  const walk = (node: PDFDict) => {
    const names = node.lookup(PDFName.of("Names"));
    if (names instanceof PDFArray)
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const name = text(names.lookup(i));
        if (name !== undefined) add(name, names.lookup(i + 1));
      }
    const kids = node.lookup(PDFName.of("Kids"));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i, PDFDict));
  };
  const tree = doc.catalog.lookup(PDFName.of("Names"));
  const dests = tree instanceof PDFDict ? tree.lookup(PDFName.of("Dests")) : undefined;
  if (dests instanceof PDFDict) walk(dests);
  const old = doc.catalog.lookup(PDFName.of("Dests"));
  if (old instanceof PDFDict) for (const [k, v] of old.entries()) add(k.decodeText(), old.lookup(k) ?? v);
  return out;
}

/** The pages as a layout sees them, from the destinations; `missing` lists targets found on no page. */
export function pagesFromDestinations(
  issue: Issue,
  dests: Map<string, number>,
  total: number,
  pads: number,
): { pages: PageInfo[]; missing: string[] } {
  const pages: PageInfo[] = Array.from({ length: total }, (_, index) => ({
    index,
    right: index % 2 === 0,
    roles: [],
    innerStart: index === 2,
    articleStarts: [],
    articles: [],
    start: null,
  }));
  const missing: string[] = [];
  const at = (id: string) => {
    const i = dests.get(id);
    if (i === undefined) missing.push(id);
    return i === undefined ? undefined : pages[i];
  };
  if (total >= 4) {
    pages[0].roles.push(ROLES.frontCover);
    pages[1].roles.push(ROLES.insideFrontCover);
    pages[total - 2].roles.push(ROLES.insideBackCover);
    pages[total - 1].roles.push(ROLES.backCover);
  }
  at(PAGE_IDS.imprint)?.roles.push(ROLES.imprint);
  at(PAGE_IDS.toc)?.roles.push(ROLES.toc);
  for (let i = 1; i <= pads; i++) at(`${PAGE_IDS.pad}-${i}`)?.roles.push(ROLES.pad);
  const inner = issue.articles.filter((a) => !a.place);
  for (const a of inner) {
    const page = at(articleAnchor(a.id));
    if (!page) continue;
    page.articleStarts.push(a.id);
    if (a.blocks[0] && !page.start) page.start = { blockId: a.blocks[0].id, charOffset: 0 };
  }
  // An article runs from its title's page to the page before the next page of its own (a start or a role).
  let current: string | undefined;
  for (const p of pages) {
    if (p.roles.length) current = undefined;
    if (p.articleStarts.length) current = p.articleStarts[p.articleStarts.length - 1];
    p.articles = [...new Set([...p.articleStarts, ...(current ? [current] : [])])];
  }
  return { pages, missing };
}
