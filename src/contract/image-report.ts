/** The per-use image report as build.json and preflight read it (JSON-safe), with the names it uses. */

/** The editions an image is made for. */
export type Edition = "print" | "screen" | "epub" | "thumb";

/** Where an issue shows an image. */
export type ImageSlot = "cover" | "insideFrontCover" | "insideBackCover" | "backCover" | "figure" | "filler";

export type ResolutionStatus = "ok" | "warn" | "fail";

/** One row per use: what preflight and build.json show. JSON-safe. */
export interface ImageReport {
  src: string;
  usedBy: string;
  slot: ImageSlot;
  sourcePx: { width: number; height: number };
  format: string;
  colourSpace: string;
  iccProfile: boolean;
  placedMm: { width: number; height: number };
  /** true when the layout gave no size and the documented default was used. */
  placedAssumed: boolean;
  /** 1-based PDF page where the layout placed it (when measured from the laid-out pages). */
  page?: number;
  effectivePpi: number;
  status: ResolutionStatus;
  renditions: Partial<Record<Edition, { width: number; height: number }>>;
}
