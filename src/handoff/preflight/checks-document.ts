/** Pure checks on figures read from the PDF: page count, page boxes, fonts, image resolution. */
import type { Trim } from "../../model/types.js";
import { boxSizeMm, type PageBoxes } from "../boxes.js";
import type { FontRow, ImageRow } from "./poppler.js";
import { orPass, type CheckResult } from "./types.js";

export const LIMITS = {
  ppiFail: 200,
  ppiWarn: 300,
  boxToleranceMm: 0.2,
};

/** Saddle-stitch: sheets fold into 4 pages. */
export function checkPageCount(pages: number): CheckResult[] {
  return [
    {
      check: "page-count",
      status: pages > 0 && pages % 4 === 0 ? "pass" : "fail",
      message:
        pages % 4 === 0 ? `${pages} pages (multiple of 4)` : `${pages} pages: saddle-stitch needs a multiple of 4`,
    },
  ];
}

export function checkBoxes(boxes: PageBoxes[], trim: Trim): CheckResult[] {
  const found: CheckResult[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= LIMITS.boxToleranceMm;
  const bw = trim.widthMm + 2 * trim.bleedMm,
    bh = trim.heightMm + 2 * trim.bleedMm;
  boxes.forEach((b, i) => {
    const page = i + 1;
    if (!b.trim) found.push({ check: "boxes", status: "fail", page, message: "no TrimBox" });
    else {
      const s = boxSizeMm(b.trim);
      if (!near(s.w, trim.widthMm) || !near(s.h, trim.heightMm))
        found.push({
          check: "boxes",
          status: "fail",
          page,
          message: `TrimBox ${s.w}×${s.h} mm, expected ${trim.widthMm}×${trim.heightMm} mm`,
        });
    }
    if (!b.bleed) found.push({ check: "boxes", status: "fail", page, message: "no BleedBox" });
    else {
      const s = boxSizeMm(b.bleed);
      if (!near(s.w, bw) || !near(s.h, bh))
        found.push({
          check: "boxes",
          status: "fail",
          page,
          message: `BleedBox ${s.w}×${s.h} mm, expected ${bw}×${bh} mm (${trim.bleedMm} mm bleed)`,
        });
    }
  });
  return orPass(
    "boxes",
    found,
    `TrimBox ${trim.widthMm}×${trim.heightMm} mm and BleedBox +${trim.bleedMm} mm on every page`,
  );
}

/** `fontsByPage` maps page → fonts on it (only looked up for the pages of a document-wide problem). */
export function checkFonts(fontsByPage: Map<number, FontRow[]>): CheckResult[] {
  const found: CheckResult[] = [];
  for (const [page, fonts] of fontsByPage) {
    for (const f of fonts) {
      if (!f.embedded)
        found.push({ check: "fonts", status: "fail", page, message: `font ${f.name} (${f.type}) not embedded` });
      if (f.type.startsWith("Type 3"))
        found.push({ check: "fonts", status: "fail", page, message: `Type 3 font ${f.name}` });
    }
  }
  return orPass("fonts", found, "all fonts embedded, none Type 3");
}

export function checkImages(images: ImageRow[]): CheckResult[] {
  const found: CheckResult[] = [];
  for (const im of images) {
    if (im.type !== "image") continue; // soft masks and stencils follow their image
    const ppi = Math.min(im.xPpi, im.yPpi);
    const status = ppi < LIMITS.ppiFail ? "fail" : ppi < LIMITS.ppiWarn ? "warn" : undefined;
    if (status)
      found.push({
        check: "images",
        status,
        page: im.page,
        message: `image ${im.width}×${im.height} px placed at ${ppi} ppi (needs ≥ ${LIMITS.ppiWarn})`,
      });
  }
  const n = images.filter((i) => i.type === "image").length;
  return orPass("images", found, `${n} image(s), all ≥ ${LIMITS.ppiWarn} ppi at placed size`);
}
