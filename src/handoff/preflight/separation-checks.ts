/**
 * The checks read from the rendered plates (separations.ts):
 *   plates: text (text-only render) prints on K alone or in a palette colour that is not for solids
 *           only; all vector artwork (text + vector render) on K alone or in a palette colour;
 *   ink:    total ink of every pixel inside the BleedBox (full render) within the press condition's limit;
 *   bleed:  nothing that touches a trim edge stops short of the bleed (full render).
 * What a page showed is kept in the page cache (src/pdf/page-cache.ts) under what the page draws, so a
 * rebuild renders only the pages that changed; the findings and figures are the same either way.
 */
import type { Palette } from "../../model/types.js";
import { findShortBleed, type ShortBleed } from "./bleed.js";
import type { PageGeometry } from "./geometry.js";
import { checkInk, measureInk, type InkFigures } from "./ink.js";
import { codeOf, openPageCache, perPage } from "../../pdf/page-cache.js";
import { toolVersion } from "../../util/tools.js";
import type { Pam } from "./pam.js";
import { cmykLabel, colourKeys, countPlates, type ForeignColour } from "./plates.js";
import { renderSeparations, type RenderKind } from "./separations.js";
import { orPass, type CheckResult } from "./types.js";

/** Resolutions: text and rules need 72 dpi to show hairlines; ink and bleed are areas, 50 dpi. */
export const DPI: Record<RenderKind, number> = { text: 72, vector: 72, full: 50 };

export interface SeparationFigures {
  "pages with text": number;
  "text pixels on K only": number;
  "text pixels in palette colours": number;
  "highest total ink %": number;
  "highest total ink page": number;
}

type Timed = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/** A finding on one page: plates and bleed are found page by page. */
type PageFinding = CheckResult & { page: number };

/** What one page's render showed, as kept in the page cache (JSON). */
interface TextPage {
  inked: boolean;
  kOnly: number;
  palette: number;
  foreign: ForeignColour[];
}
interface VectorPage {
  foreign: ForeignColour[];
}
interface FullPage {
  ink: Omit<InkFigures, "page">;
  bleed: ShortBleed[];
}

/** Pages not in the cache rendered (one gs run for all of them), read, and stored. */
async function readPages<T>(
  pdf: string,
  kind: RenderKind,
  keys: string[],
  salt: string,
  read: (pam: Pam, page: number) => T,
  signal?: AbortSignal,
): Promise<{ pages: T[]; made: number }> {
  const cache = openPageCache<T>(
    `separations-${kind}`,
    `${kind} ${DPI[kind]} dpi, ${await toolVersion("gs", "--version")}, ${CODE}\n${salt}`,
  );
  return perPage(cache, keys, async (missing) => {
    const s = await renderSeparations(pdf, kind, DPI[kind], missing, signal);
    try {
      return new Map(missing.map((p) => [p, read(s.page(p), p)]));
    } finally {
      s.dispose();
    }
  });
}

/** The code that reads a page's plates: a change to it is a change to every stored finding. */
const CODE = codeOf(
  import.meta.dirname,
  "separations",
  "separation-checks",
  "plates",
  "ink",
  "bleed",
  "pam",
  "geometry",
);

/**
 * `pageKeys` (src/pdf/page-keys.ts) name what each page draws: a page whose key was read before with the
 * same palette, limit and tools is not rendered again.
 */
export async function checkSeparations(
  pdf: string,
  geometry: PageGeometry[],
  pageKeys: string[],
  expect: { palette: Palette; totalInkLimit: number; pdfx: { condition: string } },
  timed: Timed,
  signal?: AbortSignal,
) {
  const all = colourKeys(expect.palette);
  const forText = colourKeys(expect.palette.filter((c) => !c.solid));
  const results: CheckResult[] = [];
  const figures: SeparationFigures = {
    "pages with text": 0,
    "text pixels on K only": 0,
    "text pixels in palette colours": 0,
    "highest total ink %": 0,
    "highest total ink page": 0,
  };
  // A page's geometry comes from its boxes (in its key) and the trim: both go in.
  const keys = pageKeys.map((k, i) => `${k} ${JSON.stringify(geometry[i])}`);
  const palette = (m: Map<number, string>) => JSON.stringify([...m].sort((a, b) => a[0] - b[0]));
  const rendered: Record<RenderKind, number> = { text: 0, vector: 0, full: 0 };
  const read = <T>(kind: RenderKind, salt: string, fn: (pam: Pam, page: number) => T) =>
    timed(`separations (${kind})`, async () => {
      const r = await readPages(pdf, kind, keys, salt, fn, signal);
      rendered[kind] = r.made;
      return r.pages;
    });
  const [text, vector, full] = await Promise.all([
    read<TextPage>("text", `text ${palette(forText)} of ${palette(all)}`, (pam) => {
      const count = countPlates(pam, forText, all);
      return {
        inked: count.inked > 0,
        kOnly: count.kOnly,
        palette: [...count.palette.values()].reduce((a, b) => a + b, 0),
        foreign: count.foreign.slice(0, 3),
      };
    }),
    read<VectorPage>("vector", `vector ${palette(all)}`, (pam) => ({
      foreign: countPlates(pam, all, all).foreign.slice(0, 3),
    })),
    read<FullPage>("full", `ink limit ${expect.totalInkLimit}`, (pam, p) => ({
      ink: measureInk(pam, geometry[p - 1], DPI.full, expect.totalInkLimit),
      bleed: findShortBleed(pam, geometry[p - 1], DPI.full),
    })),
  ]);
  const plateFindings: PageFinding[] = [];
  text.forEach((t, i) => {
    if (t.inked) figures["pages with text"]++;
    figures["text pixels on K only"] += t.kOnly;
    figures["text pixels in palette colours"] += t.palette;
    for (const f of t.foreign) {
      const what = f.palette
        ? `${f.palette} (${cmykLabel(f.cmyk)}, for solids only)`
        : `${cmykLabel(f.cmyk)}, no palette colour`;
      plateFindings.push({
        check: "plates",
        status: "fail",
        page: i + 1,
        px: f.box,
        dpi: DPI.text,
        message: `text prints on C/M/Y: ${f.pixels} px in ${what}`,
      });
    }
  });
  vector.forEach((v, i) => {
    for (const f of v.foreign) {
      plateFindings.push({
        check: "plates",
        status: "fail",
        page: i + 1,
        px: f.box,
        dpi: DPI.vector,
        message: `artwork in ${cmykLabel(f.cmyk)}: ${f.pixels} px in no palette colour (greys belong on K only)`,
      });
    }
  });
  const ink: InkFigures[] = full.map((f, i) => ({ page: i + 1, ...f.ink }));
  const bleed: PageFinding[] = full.flatMap((f, i) =>
    f.bleed.map(
      (b): PageFinding => ({
        check: "bleed",
        status: "fail",
        page: i + 1,
        px: b.px,
        dpi: DPI.full,
        message: `${b.lengthMm} mm along the ${b.edge} trim edge: ${cmykLabel(b.inside)} inside stops at the trim, ${cmykLabel(b.outside)} shows in the bleed`,
      }),
    ),
  );
  for (const f of ink)
    if (f.maxTac > figures["highest total ink %"])
      [figures["highest total ink %"], figures["highest total ink page"]] = [f.maxTac, f.page];
  const inkResults = checkInk(ink, expect.totalInkLimit, expect.pdfx.condition).map((r) =>
    r.px ? { ...r, dpi: DPI.full } : r,
  );
  results.push(
    ...orPass(
      "plates",
      plateFindings.sort((a, b) => a.page - b.page),
      `${figures["pages with text"]} pages with text: every text pixel on K only or in a palette colour (${figures["text pixels on K only"]} on K, ${figures["text pixels in palette colours"]} in palette colours); all artwork in palette colours`,
    ),
    ...inkResults,
    ...orPass(
      "bleed",
      bleed.sort((a, b) => a.page - b.page),
      "everything that touches a trim edge runs into the bleed",
    ),
  );
  return { results, figures, rendered };
}
