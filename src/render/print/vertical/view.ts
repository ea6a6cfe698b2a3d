/**
 * What the vertical print document adds to the print view (templates/vertical.hbs): the page
 * geometry as @page rules, one named page per section (its running head), the 目录's page numbers
 * from the plan (Chromium has no target-counter: the build proves them from the PDF, toc-proof.ts),
 * and the pad pages that fill the plan. Pure.
 */
import type { Issue } from "../../../model/types.js";
import { fillWord } from "../../../model/words.js";
import { mmToPt, type PrintGeometry } from "../geometry.js";
import { articleAnchor, type PrintView } from "../view-model.js";

/** The text block inside the trim, in mm: top, bottom, the binding side, the outer side. */
export const VERTICAL_MARGINS_MM = { top: 22, bottom: 24, inside: 20, outside: 18 } as const;

/** A string as a CSS string literal. */
export const cssString = (s: string): string => `"${s.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, " ")}"`;

/** The named page of the 版权页, 目录 and notes pages. */
export const FRONT_PAGE = "front";

export const sectionPage = (sectionId: string): string => `section-${sectionId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** @page rules of the media (trim + bleed + mark area), bound on the left: odd pages are right-hand pages. */
export function verticalPageCss(g: PrintGeometry, leftHead: string, innerPages: string[]): string {
  const mark = g.bleedMm + g.slugMm;
  const m = VERTICAL_MARGINS_MM;
  const w = g.trimMm.width + 2 * mark;
  const h = g.trimMm.height + 2 * mark;
  const at = (v: number) => `${+(v + mark).toFixed(3)}mm`;
  return [
    `@page { size: ${w}mm ${h}mm; }`,
    `@page :right { margin: ${at(m.top)} ${at(m.outside)} ${at(m.bottom)} ${at(m.inside)}; }`,
    `@page :left { margin: ${at(m.top)} ${at(m.inside)} ${at(m.bottom)} ${at(m.outside)}; }`,
    // The left-hand running head on the inner pages only (named pages: covers never take it).
    ...innerPages.map((name) => `@page ${name}:left { @left-top { content: ${cssString(leftHead)}; } }`),
    `@page cover { margin: 0; }`,
    `:root { --media-width: ${w}mm; --media-height: ${h}mm; --mark-area: ${mark}mm; --mark-area-inner: ${g.slugMm}mm; }`,
  ].join("\n");
}

/** Ids of the pages that are not articles, linked from the page targets (page-map.ts reads their destinations). */
export const PAGE_IDS = { imprint: "page-imprint", toc: "page-toc", pad: "page-pad" } as const;

export interface VerticalExtras {
  vertical: {
    pageCss: string;
    sections: { name: string; head: string }[];
    pads: number[];
    ids: typeof PAGE_IDS;
    targets: string[];
  };
  bodyArticles: (PrintView["bodyArticles"][number] & { pageName: string })[];
  toc: PrintView["toc"];
}

/** The view's additions for `pads` pad pages before 封三. */
export function verticalExtras(issue: Issue, view: PrintView, g: PrintGeometry, pads: number): VerticalExtras {
  const folioOf = new Map(issue.articles.map((a) => [articleAnchor(a.id), a.plannedPage]));
  const sections = [...new Map(issue.articles.map((a) => [a.section.id, a.section.name]))];
  const pageIds = Array.from({ length: pads }, (_, i) => `${PAGE_IDS.pad}-${i + 1}`);
  const articleIds = [...view.frontArticles, ...view.bodyArticles].map((a) => a.anchor);
  const leftHead = `${view.magazine.title}  ${fillWord(issue.edition.words.issue, { year: issue.year, number: issue.number })}`;
  return {
    vertical: {
      pageCss: verticalPageCss(g, leftHead, [FRONT_PAGE, ...sections.map(([id]) => sectionPage(id))]),
      sections: sections.map(([id, name]) => ({ name: sectionPage(id), head: cssString(name) })),
      pads: Array.from({ length: pads }, (_, i) => i + 1),
      ids: PAGE_IDS,
      targets: [PAGE_IDS.imprint, PAGE_IDS.toc, ...pageIds, ...articleIds],
    },
    bodyArticles: view.bodyArticles.map((a) => ({ ...a, pageName: sectionPage(a.section.id) })),
    toc: view.toc.map((s) => ({ ...s, entries: s.entries.map((e) => ({ ...e, folio: folioOf.get(e.id) })) })),
  };
}

/** The media size in points, as the PDF gives it (for checks). */
export const verticalMediaPt = (g: PrintGeometry) => ({
  width: mmToPt(g.trimMm.width + 2 * (g.bleedMm + g.slugMm)),
  height: mmToPt(g.trimMm.height + 2 * (g.bleedMm + g.slugMm)),
});
