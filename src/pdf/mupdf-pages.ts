/**
 * Reads pages of a PDF with MuPDF, only those not stored in a page cache (page-cache.ts): the
 * document is opened once when some page is missing, not at all when none is.
 */
import { versionOf } from "../util/package-version.js";
import { openPageCache, openPictureCache, perPage, type PageCache } from "./page-cache.js";
import { InternalError } from "../contract/errors.js";

type Mupdf = typeof import("mupdf");
export type MupdfPage = InstanceType<Mupdf["PDFPage"]> | InstanceType<Mupdf["Page"]>;

/** The cache of a MuPDF reading: `code` (codeOf) covers the code that makes its value, MuPDF's version goes in too. */
export const mupdfCache = <T>(reading: string, code: string): PageCache<T> =>
  openPageCache<T>(reading, `mupdf ${versionOf("mupdf")}, ${code}`);
/** The same for pictures MuPDF draws. */
export const mupdfPictureCache = (reading: string, code: string): PageCache<Buffer> =>
  openPictureCache(reading, `mupdf ${versionOf("mupdf")}, ${code}`);

/**
 * Every page's value, in page order: `read` runs on the pages whose key (page-keys.ts) is not in
 * `cache`, and what it gives is stored there.
 */
export async function readPagesWithMupdf<T>(
  pdf: Uint8Array,
  keys: string[],
  cache: PageCache<T>,
  read: (mupdf: Mupdf, page: MupdfPage) => T,
): Promise<{ pages: T[]; made: number }> {
  return perPage(cache, keys, async (missing) => {
    const mupdf = await import("mupdf");
    const doc = mupdf.Document.openDocument(pdf, "application/pdf");
    try {
      if (doc.countPages() !== keys.length)
        throw new InternalError(`internal: ${keys.length} page keys for ${doc.countPages()} pages`);
      const out = new Map<number, T>();
      for (const p of missing) {
        const page = doc.loadPage(p - 1);
        try {
          out.set(p, read(mupdf, page));
        } finally {
          page.destroy();
        }
      }
      return out;
    } finally {
      doc.destroy();
    }
  });
}
