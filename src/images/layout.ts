/**
 * Where the print layout puts each image use:
 *  - estimated before the layout, to size the print renditions: in an issue with a flatplan, the
 *    largest box the fitter may give a figure (src/flatplan/figures.ts, maxPhotoMm): a wide figure
 *    across the type area in an article of two or more columns when the photo covers the type area at
 *    300 ppi, else one column; as tall as the fitter may crop it, never past the photo's 300 ppi height;
 *    without a flatplan, one column at the photo's own shape (columns from the magazine's
 *    type grid, src/type/grid.ts); covers and photo pages are full bleed; a filler page fills the type
 *    area;
 *  - measured from the laid-out pages after it (window.folioImages, see src/browser/paged/page-map.js),
 *    for the image report and preflight.
 * Print shows every image with `object-fit: cover`, so the image is scaled to cover its box: the
 * rendition is planned for the covered box (the image's own aspect), never the box itself. Pure.
 */
import type { PlacedImage } from "../contract/placed-image.js";
import type { Issue } from "../model/types.js";
import type { PlacedFn } from "./placement.js";
import { typeGrid } from "../type/grid.js";
import { hasFlatplan } from "../flatplan/runs.js";
import { maxPhotoMm, MIN_PPI, minPhotoMm } from "../flatplan/figures.js";
import type { ImageUse, IntakeReport, PlacedBox } from "./types.js";
import { ROLES, type PageRole } from "../contract/layout/dom.js";

/**
 * Renditions are planned 1% larger than the estimate: in the PDF a figure can sit a fraction of a
 * pixel wider than its CSS box (measured: 998 px for 84.5 mm read back by pdfimages as 299 ppi).
 */
export const ESTIMATE_HEADROOM = 1.01;

/** Width of one column of an article with `columns` columns on the magazine's type grid. */
export function columnWidthMm(issue: Pick<Issue, "magazine">, columns: number): number {
  const n = Math.min(3, Math.max(1, Math.round(columns))) as 1 | 2 | 3;
  return typeGrid(issue.magazine.trim, issue.magazine.type).columns[n].widthMm;
}

/** The box an image of `px` covers when scaled to cover `box` (object-fit: cover). */
export function coveredBox(box: PlacedBox, px: { width: number; height: number }): PlacedBox {
  const mmPerPx = Math.max(box.widthMm / px.width, box.heightMm / px.height);
  return { widthMm: px.width * mmPerPx, heightMm: px.height * mmPerPx };
}

/** The estimated print placement of every use, before layout (see the file comment). */
export function estimatedPlacement(issue: Issue, intake: IntakeReport): PlacedFn {
  const grid = typeGrid(issue.magazine.trim, issue.magazine.type);
  const planned = hasFlatplan(issue.articles);
  const articles = new Map(issue.articles.map((a) => [a.id, a]));
  return (use: ImageUse) => {
    const s = intake.byPath.get(use.image.path);
    if (!s) return undefined;
    const px = { width: s.widthPx, height: s.heightPx };
    const grow = (b: PlacedBox): PlacedBox => ({
      widthMm: b.widthMm * ESTIMATE_HEADROOM,
      heightMm: b.heightMm * ESTIMATE_HEADROOM,
    });
    if (use.slot !== "figure") return use.defaultBox ? grow(coveredBox(use.defaultBox, px)) : undefined;
    const article = articles.get(use.usedBy);
    if (!article) return undefined;
    // In a flatplan the fitter may set a figure across the type area, when its photo covers that
    // width at 300 ppi (figureRange, src/flatplan/figures.ts).
    const coversTypeArea = (px.width / MIN_PPI) * 25.4 + 0.5 >= grid.typeArea.widthMm;
    const wide = planned && !article.place && article.layout.columns > 1 && coversTypeArea;
    const widthMm = wide ? grid.typeArea.widthMm : columnWidthMm(issue, article.layout.columns);
    if (!planned) return grow({ widthMm, heightMm: (widthMm * px.height) / px.width });
    return grow(
      coveredBox({ widthMm, heightMm: Math.max(minPhotoMm(widthMm, wide), maxPhotoMm(px, widthMm, wide)) }, px),
    );
  };
}

/** One <img> as laid out by the print stage. */
export type MeasuredImage = PlacedImage;

const SLOT_ROLE: Record<string, PageRole> = {
  cover: ROLES.frontCover,
  insideFrontCover: ROLES.insideFrontCover,
  insideBackCover: ROLES.insideBackCover,
  backCover: ROLES.backCover,
  filler: ROLES.filler,
};

/**
 * The measured placement of each use: a figure is found by its block id, a cover by its page role;
 * both must show the expected image (`urlOf`: the URL print.html uses for a source path). The largest
 * box wins when one use was laid out more than once. undefined when the layout does not show the use.
 */
export function measuredPlacement(measured: MeasuredImage[], urlOf: (sourcePath: string) => string | undefined) {
  return (use: ImageUse): (PlacedBox & { page: number }) | undefined => {
    const url = urlOf(use.image.path);
    const hits = measured.filter(
      (m) =>
        (url === undefined || m.src === url) &&
        (use.slot === "figure" ? m.figureId === use.blockId : m.role === SLOT_ROLE[use.slot]),
    );
    const best = hits.sort((a, b) => b.widthMm * b.heightMm - a.widthMm * a.heightMm)[0];
    return best && { widthMm: best.widthMm, heightMm: best.heightMm, page: best.page };
  };
}
