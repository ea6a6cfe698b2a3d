/**
 * The checks read from the rendered plates (separations.ts):
 *   plates: text (text-only render) prints on K alone or in a palette colour that is not for solids
 *           only; all vector artwork (text + vector render) on K alone or in a palette colour;
 *   ink:    total ink of every pixel inside the BleedBox (full render) within the press condition's limit;
 *   bleed:  nothing that touches a trim edge stops short of the bleed (full render).
 */
import type { Palette } from "../../model/types.js";
import { findShortBleed } from "./bleed.js";
import type { PageGeometry } from "./geometry.js";
import { checkInk, measureInk, type InkFigures } from "./ink.js";
import { cmykLabel, colourKeys, countPlates } from "./plates.js";
import { renderSeparations, type RenderKind, type Separations } from "./separations.js";
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

export async function checkSeparations(pdf: string, geometry: PageGeometry[], expect: { palette: Palette; totalInkLimit: number; pdfx: { condition: string } }, timed: Timed, signal?: AbortSignal) {
  const all = colourKeys(expect.palette);
  const forText = colourKeys(expect.palette.filter((c) => !c.solid));
  const results: CheckResult[] = [];
  const figures: SeparationFigures = { "pages with text": 0, "text pixels on K only": 0, "text pixels in palette colours": 0, "highest total ink %": 0, "highest total ink page": 0 };
  const read = (kind: RenderKind, use: (s: Separations) => void) =>
    timed(`separations (${kind})`, async () => {
      const s = await renderSeparations(pdf, kind, DPI[kind], signal);
      try {
        use(s);
      } finally {
        s.dispose();
      }
    });
  const plateFindings: CheckResult[] = [];
  const ink: InkFigures[] = [];
  const bleed: CheckResult[] = [];
  await Promise.all([
    read("text", (s) => {
      for (let p = 1; p <= s.pages; p++) {
        const count = countPlates(s.page(p), forText, all);
        if (count.inked) figures["pages with text"]++;
        figures["text pixels on K only"] += count.kOnly;
        figures["text pixels in palette colours"] += [...count.palette.values()].reduce((a, b) => a + b, 0);
        for (const f of count.foreign.slice(0, 3)) {
          const what = f.palette ? `${f.palette} (${cmykLabel(f.cmyk)}, for solids only)` : `${cmykLabel(f.cmyk)}, no palette colour`;
          plateFindings.push({ check: "plates", status: "fail", page: p, px: f.box, dpi: s.dpi, message: `text prints on C/M/Y: ${f.pixels} px in ${what}` });
        }
      }
    }),
    read("vector", (s) => {
      for (let p = 1; p <= s.pages; p++) {
        for (const f of countPlates(s.page(p), all, all).foreign.slice(0, 3)) {
          plateFindings.push({ check: "plates", status: "fail", page: p, px: f.box, dpi: s.dpi, message: `artwork in ${cmykLabel(f.cmyk)}: ${f.pixels} px in no palette colour (greys belong on K only)` });
        }
      }
    }),
    read("full", (s) => {
      for (let p = 1; p <= s.pages; p++) {
        const pam = s.page(p);
        const geo = geometry[p - 1];
        ink.push({ page: p, ...measureInk(pam, geo, s.dpi, expect.totalInkLimit) });
        for (const b of findShortBleed(pam, geo, s.dpi)) {
          bleed.push({ check: "bleed", status: "fail", page: p, px: b.px, dpi: s.dpi, message: `${b.lengthMm} mm along the ${b.edge} trim edge: ${cmykLabel(b.inside)} inside stops at the trim, ${cmykLabel(b.outside)} shows in the bleed` });
        }
      }
    }),
  ]);
  ink.sort((a, b) => a.page - b.page);
  for (const f of ink) if (f.maxTac > figures["highest total ink %"]) [figures["highest total ink %"], figures["highest total ink page"]] = [f.maxTac, f.page];
  const inkResults = checkInk(ink, expect.totalInkLimit, expect.pdfx.condition).map((r) => (r.px ? { ...r, dpi: DPI.full } : r));
  results.push(
    ...orPass("plates", plateFindings.sort((a, b) => a.page! - b.page!), `${figures["pages with text"]} pages with text: every text pixel on K only or in a palette colour (${figures["text pixels on K only"]} on K, ${figures["text pixels in palette colours"]} in palette colours); all artwork in palette colours`),
    ...inkResults,
    ...orPass("bleed", bleed.sort((a, b) => a.page! - b.page!), "everything that touches a trim edge runs into the bleed"),
  );
  return { results, figures };
}
