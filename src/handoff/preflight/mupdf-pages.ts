/**
 * Reads pages of a PDF with MuPDF, only those a check has not stored (page-cache.ts): the document
 * is opened once when some page is missing, not at all when none is.
 */
import { versionOf } from "../../util/package-version.js";
import { codeOf, openPageCache, perPage } from "./page-cache.js";

type Mupdf = typeof import("mupdf");
export type MupdfPage = InstanceType<Mupdf["PDFPage"]> | InstanceType<Mupdf["Page"]>;

/**
 * Every page's finding, in page order: `read` runs on the pages whose key (page-keys.ts) is not
 * stored under `check`; `modules` are the modules whose code makes the finding (part of the salt).
 */
export async function readPagesWithMupdf<T>(pdf: Uint8Array, keys: string[], check: string, modules: string[], read: (mupdf: Mupdf, page: MupdfPage) => T): Promise<{ pages: T[]; made: number }> {
  const cache = openPageCache<T>(check, `mupdf ${versionOf("mupdf")}, ${codeOf("mupdf-pages", ...modules)}`);
  return perPage(cache, keys, async (missing) => {
    const mupdf = await import("mupdf");
    const doc = mupdf.Document.openDocument(pdf, "application/pdf");
    try {
      if (doc.countPages() !== keys.length) throw new Error(`internal: ${keys.length} page keys for ${doc.countPages()} pages`);
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
