/**
 * What each page's separations show, read once per page and kept in the page cache (src/pdf/page-cache.ts)
 * under what the page draws. Each page is rendered at the resolution its checks need:
 *   text render (72 dpi, every page): the plates of the text; hairlines need 72 dpi;
 *   vector render (72 dpi, every page): the plates of text and vector artwork; on a page that places
 *     no image this render is the whole page, so its ink and bleed are read from it too;
 *   full render (50 dpi, only pages that place an image): ink and bleed over the photos (areas).
 * A text page is thus rendered twice, not three times.
 */
import type { PageGeometry } from "./geometry.js";
import { findShortBleed, type ShortBleed } from "./bleed.js";
import { measureInk, type InkFigures } from "./ink.js";
import { codeOf, openPageCache, perPage } from "../../pdf/page-cache.js";
import { toolVersion } from "../../util/tools.js";
import type { Pam } from "./pam.js";
import { renderSeparations, type RenderKind } from "./separations.js";

/** Resolutions: text and rules need 72 dpi to show hairlines; ink and bleed over photos are areas, 50 dpi. */
export const DPI: Record<RenderKind, number> = { text: 72, vector: 72, full: 50 };

/** A page's ink and bleed, with the resolution they were read at (its findings' pixel boxes are in it). */
export interface AreaPage {
  dpi: number;
  ink: Omit<InkFigures, "page">;
  bleed: ShortBleed[];
}

/** Ink and bleed of one render of a page (pure). */
export const readAreas = (pam: Pam, geo: PageGeometry, dpi: number, inkLimit: number): AreaPage => ({
  dpi,
  ink: measureInk(pam, geo, dpi, inkLimit),
  bleed: findShortBleed(pam, geo, dpi),
});

/** The code that reads a page's plates: a change to it is a change to every stored finding. */
const CODE = codeOf(
  import.meta.dirname,
  "separations",
  "separation-pages",
  "separation-checks",
  "plates",
  "ink",
  "bleed",
  "pam",
  "geometry",
);

/**
 * `read` of the pages `only` (1-based; all pages when omitted) of one render kind: those not in the
 * cache are rendered (one gs run for all of them), read, and stored. Returns the values in the order
 * of `only` and how many pages were rendered.
 */
export async function readPages<T>(
  pdf: string,
  kind: RenderKind,
  keys: string[],
  salt: string,
  read: (pam: Pam, page: number) => T,
  opts: { only?: number[]; signal?: AbortSignal } = {},
): Promise<{ pages: T[]; made: number }> {
  const cache = openPageCache<T>(
    `separations-${kind}`,
    `${kind} ${DPI[kind]} dpi, ${await toolVersion("gs", "--version")}, ${CODE}\n${salt}`,
  );
  const only = opts.only ?? keys.map((_, i) => i + 1);
  return perPage(
    cache,
    only.map((p) => keys[p - 1]),
    async (missing) => {
      const pages = missing.map((i) => only[i - 1]);
      const s = await renderSeparations(pdf, kind, DPI[kind], pages, opts.signal);
      try {
        return new Map(missing.map((i, n) => [i, read(s.page(pages[n]), pages[n])]));
      } finally {
        s.dispose();
      }
    },
  );
}
