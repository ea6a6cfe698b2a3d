/**
 * Resolution of every image use at its placed size, from the build's image report (src/images,
 * placed size measured in the layout): one row per use with its src, page, source pixels, placed mm
 * and effective ppi; pass ≥ 300 ppi, warn ≥ 200, fail below. Pure.
 */
import type { ImageReport } from "../../images/types.js";
import type { CheckResult } from "./types.js";

export function checkImageSources(reports: ImageReport[]): CheckResult[] {
  return reports.map((r) => ({
    check: "image-source",
    status: r.status === "ok" ? "pass" : r.status,
    ...(r.page !== undefined ? { page: r.page } : {}),
    message:
      `${r.src} (${r.slot === "figure" ? r.usedBy : r.slot}): ${r.sourcePx.width}×${r.sourcePx.height} px placed at ` +
      `${r.placedMm.width}×${r.placedMm.height} mm${r.placedAssumed ? " (assumed)" : ""} = ${r.effectivePpi} ppi`,
  }));
}
