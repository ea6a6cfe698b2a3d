/**
 * The per-use image report (build.json facts, preflight): source pixels, format, colour space,
 * placed size, effective ppi and its verdict, and the pixel size of each rendition made. Pure.
 */
import { placedBox, type PlacedFn } from "./placement.js";
import { effectivePpi, judgeResolution } from "./resolution.js";
import type { ImageReport, ImageUse, IntakeReport, PlacedBox, Rendition, ResolutionStatus } from "./types.js";
import { InternalError } from "../contract/errors.js";

export function imageReports(
  uses: ImageUse[],
  intake: IntakeReport,
  placed?: PlacedFn,
  renditions: Rendition[] = [],
): ImageReport[] {
  return uses.map((use) => {
    const s = intake.byPath.get(use.image.path);
    if (!s) throw new InternalError(`image ${use.image.path} missing from the intake report`);
    const px = { width: s.widthPx, height: s.heightPx };
    const { box, assumed } = placedBox(use, px, placed);
    const ppi = effectivePpi(px, box);
    const page = (box as PlacedBox & { page?: number }).page;
    const made: ImageReport["renditions"] = {};
    for (const r of renditions) if (r.src === s.src) made[r.edition] = { width: r.widthPx, height: r.heightPx };
    return {
      src: use.image.src,
      usedBy: use.usedBy,
      slot: use.slot,
      sourcePx: px,
      format: s.format,
      colourSpace: s.space,
      iccProfile: s.hasProfile,
      placedMm: { width: round1(box.widthMm), height: round1(box.heightMm) },
      placedAssumed: assumed,
      ...(page !== undefined ? { page } : {}),
      effectivePpi: ppi,
      status: judgeResolution(ppi),
      renditions: made,
    };
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Counts by status, for the summary line. */
export function summarizeReports(reports: ImageReport[]): Record<ResolutionStatus, number> & { images: number } {
  const out = { images: reports.length, ok: 0, warn: 0, fail: 0 };
  for (const r of reports) out[r.status]++;
  return out;
}

/** One line per image below 300 ppi, for StageContext.warn / preflight. */
export function resolutionWarnings(reports: ImageReport[]): string[] {
  return reports
    .filter((r) => r.status !== "ok")
    .map(
      (r) =>
        `${r.src} (${r.slot === "figure" ? r.usedBy : r.slot}): ${r.effectivePpi} ppi at ${r.placedMm.width}×${r.placedMm.height} mm` +
        `${r.placedAssumed ? " (assumed size)" : ""} — ${r.status === "fail" ? "below 200 ppi" : "below 300 ppi"}`,
    );
}
