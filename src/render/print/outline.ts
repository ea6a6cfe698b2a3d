/**
 * The PDF outline (bookmarks), built with pdf-lib from the page map: 封面, 目录, then each section
 * with its articles, each pointing at the page where the article's title is.
 */
import { type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from "pdf-lib";
import { InternalError } from "../../contract/errors.js";

export interface OutlineItem {
  title: string;
  pageIndex: number;
  children?: OutlineItem[];
}

function count(items: OutlineItem[]): number {
  return items.reduce((n, it) => n + 1 + count(it.children ?? []), 0);
}

export function setOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();

  const build = (list: OutlineItem[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => ctx.nextRef());
    list.forEach((item, i) => {
      const page = pages[item.pageIndex];
      if (!page) throw new InternalError(`outline: "${item.title}" points at missing page ${item.pageIndex + 1}`);
      const dict = ctx.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [page.ref, "Fit"],
      });
      if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]);
      if (i < list.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]);
      const children = item.children ?? [];
      if (children.length) {
        const childRefs = build(children, refs[i]);
        dict.set(PDFName.of("First"), childRefs[0]);
        dict.set(PDFName.of("Last"), childRefs[childRefs.length - 1]);
        dict.set(PDFName.of("Count"), PDFNumber.of(count(children)));
      }
      ctx.assign(refs[i], dict);
    });
    return refs;
  };

  const top = build(items, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: "Outlines", First: top[0], Last: top[top.length - 1], Count: count(items) }));
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
