/**
 * Where the print layout puts each image use:
 *  - estimated from the design before the layout, to size the print renditions: a figure is as wide
 *    as one column of its article (a `wide` figure spans the type area; type area = trim width less
 *    the 15 + 19 mm side margins of styles/page.css; column gaps from styles/columns.css: 2 columns
 *    7 mm, 3 columns 5 mm); covers and photo pages are full bleed;
 *  - measured from the laid-out pages after it (window.folioImages, see src/browser/paged/page-map.js),
 *    for the image report and preflight.
 * Print shows every image with `object-fit: cover`, so the image is scaled to cover its box: the
 * rendition is planned for the covered box (the image's own aspect), never the box itself. Pure.
 */
import type { PlacedImage } from "../render/print/paginate.js";
import type { Issue } from "../model/types.js";
import type { PlacedFn } from "./placement.js";
import type { ImageUse, IntakeReport, PlacedBox } from "./types.js";

/** styles/page.css: inner 19 mm + outer 15 mm. */
export const TYPE_AREA_SIDE_MARGINS_MM = 34;
/** styles/columns.css. */
export const COLUMN_GAP_MM: Record<number, number> = { 2: 7, 3: 5 };
/**
 * Renditions are planned 1% larger than the estimate: in the PDF a figure can sit a fraction of a
 * pixel wider than its CSS box (measured: 998 px for 84.5 mm read back by pdfimages as 299 ppi).
 */
export const ESTIMATE_HEADROOM = 1.01;

/** Width of one column of an article with `columns` columns on a trim `trimWidthMm` wide. */
export function columnWidthMm(trimWidthMm: number, columns: number): number {
  const area = trimWidthMm - TYPE_AREA_SIDE_MARGINS_MM;
  const n = Math.max(1, Math.round(columns));
  return (area - (n - 1) * (COLUMN_GAP_MM[n] ?? 7)) / n;
}

/** The box an image of `px` covers when scaled to cover `box` (object-fit: cover). */
export function coveredBox(box: PlacedBox, px: { width: number; height: number }): PlacedBox {
  const mmPerPx = Math.max(box.widthMm / px.width, box.heightMm / px.height);
  return { widthMm: px.width * mmPerPx, heightMm: px.height * mmPerPx };
}

/** The estimated print placement of every use, before layout (see the file comment). */
export function estimatedPlacement(issue: Issue, intake: IntakeReport): PlacedFn {
  const trimW = issue.magazine.trim.widthMm;
  const articles = new Map(issue.articles.map((a) => [a.id, a]));
  return (use: ImageUse) => {
    const s = intake.byPath.get(use.image.path);
    if (!s) return undefined;
    const px = { width: s.widthPx, height: s.heightPx };
    const grow = (b: PlacedBox): PlacedBox => ({ widthMm: b.widthMm * ESTIMATE_HEADROOM, heightMm: b.heightMm * ESTIMATE_HEADROOM });
    if (use.slot !== "figure") return use.defaultBox ? grow(coveredBox(use.defaultBox, px)) : undefined;
    const article = articles.get(use.usedBy);
    if (!article) return undefined;
    const block = article.blocks.find((b) => b.id === use.blockId);
    const wide = block?.classes.includes("wide") ?? false;
    const widthMm = columnWidthMm(trimW, wide ? 1 : article.layout.columns);
    return grow({ widthMm, heightMm: (widthMm * px.height) / px.width });
  };
}

/** One <img> as laid out by the print stage. */
export type MeasuredImage = PlacedImage;

const SLOT_ROLE: Record<string, string> = {
  cover: "front-cover",
  insideFrontCover: "inside-front-cover",
  insideBackCover: "inside-back-cover",
  backCover: "back-cover",
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
      (m) => (url === undefined || m.src === url) && (use.slot === "figure" ? m.figureId === use.blockId : m.role === SLOT_ROLE[use.slot]),
    );
    const best = hits.sort((a, b) => b.widthMm * b.heightMm - a.widthMm * a.heightMm)[0];
    return best && { widthMm: best.widthMm, heightMm: best.heightMm, page: best.page };
  };
}
