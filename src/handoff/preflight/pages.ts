/**
 * Pages by the names printers and editors use: a saddle-stitched magazine's four covers (封一, 封二
 * first, 封三, 封四 last) and the inner pages by their printed folio, with the PDF page beside it. Pure.
 */

export function pageNames(pages: number, covers = true): string[] {
  return Array.from({ length: pages }, (_, i) => pageName(i + 1, pages, covers));
}

export function pageName(pdfPage: number, pages: number, covers = true): string {
  if (covers && pages >= 4) {
    const cover =
      pdfPage === 1
        ? "封一"
        : pdfPage === 2
          ? "封二"
          : pdfPage === pages - 1
            ? "封三"
            : pdfPage === pages
              ? "封四"
              : undefined;
    if (cover) return `${cover} (PDF ${pdfPage})`;
    return `p. ${pdfPage - 2} (PDF ${pdfPage})`;
  }
  return `PDF ${pdfPage}`;
}
