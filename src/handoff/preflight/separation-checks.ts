/**
 * The checks read from the rendered plates (separation-pages.ts):
 *   plates: text (text-only render) prints on K alone or in a palette colour that is not for solids
 *           only; all vector artwork (text + vector render) on K alone or in a palette colour;
 *   ink:    total ink of every pixel inside the BleedBox within the press condition's limit;
 *   bleed:  nothing that touches a trim edge stops short of the bleed.
 * Ink and bleed are read from the full render on pages that place an image, from the vector render
 * (the whole page there) on the others. What a page showed is kept in the page cache under what the
 * page draws, so a rebuild renders only the pages that changed; the findings and figures are the
 * same either way.
 */
import type { Palette } from "../../model/types.js";
import type { PageGeometry } from "./geometry.js";
import { checkInk, type InkFigures } from "./ink.js";
import { cmykLabel, colourKeys, countPlates, type ForeignColour } from "./plates.js";
import type { RenderKind } from "./separations.js";
import type { Pam } from "./pam.js";
import { InternalError } from "../../contract/errors.js";
import { DPI, readAreas, readPages, type AreaPage } from "./separation-pages.js";
import { orPass, type CheckResult } from "./types.js";

export { DPI } from "./separation-pages.js";

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
  /** On a page that places no image: its ink and bleed (the vector render is the whole page). */
  areas?: AreaPage;
}

/**
 * `pageKeys` (src/pdf/page-keys.ts) name what each page draws: a page whose key was read before with the
 * same palette, limit and tools is not rendered again. `photoPages`: the pages that place an image
 * (pdfimages -list), the only ones given a full render.
 */
export async function checkSeparations(
  pdf: string,
  geometry: PageGeometry[],
  pageKeys: string[],
  photoPages: Promise<ReadonlySet<number>>,
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
  const limit = expect.totalInkLimit;
  const read = <T>(kind: RenderKind, salt: string, fn: (pam: Pam, page: number) => T, only?: number[]) =>
    timed(`separations (${kind})`, async () => {
      const r = await readPages(pdf, kind, keys, salt, fn, { only, signal });
      rendered[kind] = r.made;
      return r.pages;
    });
  const texts = read<TextPage>("text", `text ${palette(forText)} of ${palette(all)}`, (pam) => {
    const count = countPlates(pam, forText, all);
    return {
      inked: count.inked > 0,
      kOnly: count.kOnly,
      palette: [...count.palette.values()].reduce((a, b) => a + b, 0),
      foreign: count.foreign.slice(0, 3),
    };
  });
  const photos = await photoPages;
  const withPhotos = keys.flatMap((_, i) => (photos.has(i + 1) ? [i + 1] : []));
  const [text, vector, full] = await Promise.all([
    texts,
    // Whether a page places an image is in what it draws (its key): the reading may depend on it.
    read<VectorPage>("vector", `vector ${palette(all)}, ink limit ${limit}`, (pam, p) => ({
      foreign: countPlates(pam, all, all).foreign.slice(0, 3),
      ...(photos.has(p) ? {} : { areas: readAreas(pam, geometry[p - 1], DPI.vector, limit) }),
    })),
    read<AreaPage>(
      "full",
      `ink limit ${limit}`,
      (pam, p) => readAreas(pam, geometry[p - 1], DPI.full, limit),
      withPhotos,
    ),
  ]);
  const fullOf = new Map(withPhotos.map((p, i) => [p, full[i]]));
  const areas = vector.map((v, i): AreaPage => {
    const a = v.areas ?? fullOf.get(i + 1);
    if (!a)
      throw new InternalError(`internal: page ${i + 1} has neither a full render nor its areas from the vector render`);
    return a;
  });
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
  const ink: InkFigures[] = areas.map((a, i) => ({ page: i + 1, ...a.ink }));
  const bleed: PageFinding[] = areas.flatMap((a, i) =>
    a.bleed.map(
      (b): PageFinding => ({
        check: "bleed",
        status: "fail",
        page: i + 1,
        px: b.px,
        dpi: a.dpi,
        message: `${b.lengthMm} mm along the ${b.edge} trim edge: ${cmykLabel(b.inside)} inside stops at the trim, ${cmykLabel(b.outside)} shows in the bleed`,
      }),
    ),
  );
  for (const f of ink)
    if (f.maxTac > figures["highest total ink %"])
      [figures["highest total ink %"], figures["highest total ink page"]] = [f.maxTac, f.page];
  const inkResults = checkInk(ink, limit, expect.pdfx.condition).map((r) =>
    r.px && r.page ? { ...r, dpi: areas[r.page - 1].dpi } : r,
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
