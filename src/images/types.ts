/**
 * Types of the image pipeline: where an issue uses each image (ImageUse), what intake learned about
 * each source file (SourceInfo), the files made for an edition (Rendition) and the per-use report
 * that goes into build.json facts and the preflight report (ImageReport).
 */
import type { ImageRef } from "../model/types.js";
import type { Edition, ImageReport, ImageSlot, ResolutionStatus } from "../contract/image-report.js";

export type { Edition, ImageReport, ImageSlot, ResolutionStatus };
export const EDITIONS: readonly Edition[] = ["print", "screen", "epub", "thumb"];

/** A box on the page, in millimetres. */
export interface PlacedBox {
  widthMm: number;
  heightMm: number;
}

/** One place where the issue shows an image (the same file may be used more than once). */
export interface ImageUse {
  image: ImageRef;
  slot: ImageSlot;
  /** Article id for figures, the slot name ("cover", "backCover", …) for covers. */
  usedBy: string;
  /** Block id of a figure (`<articleId>-<n>`). */
  blockId?: string;
  /** Box used when the layout does not say where the image is placed (see placement.ts). */
  defaultBox?: PlacedBox;
}

/** Accepted input formats (sharp's `metadata().format` names). */
export const ACCEPTED_FORMATS = ["jpeg", "png", "webp", "tiff"] as const;
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];

/** What intake learned about one source file (header only: no full decode). */
export interface SourceInfo {
  /** Absolute path. */
  path: string;
  /** As written in the issue, e.g. "images/cover.jpg". */
  src: string;
  sha256: string;
  bytes: number;
  format: AcceptedFormat;
  /** Pixel size as displayed, i.e. after EXIF orientation. */
  widthPx: number;
  heightPx: number;
  /** sharp's interpretation: "srgb", "cmyk", "b-w", "rgb16", … */
  space: string;
  channels: number;
  hasAlpha: boolean;
  /** Embedded ICC profile present (used for the conversion to sRGB). */
  hasProfile: boolean;
  orientation?: number;
}

export interface IntakeReport {
  sources: SourceInfo[];
  /** By absolute path. */
  byPath: Map<string, SourceInfo>;
}

/** One file made for one edition from one source. */
export interface Rendition {
  src: string;
  edition: Edition;
  /** Absolute path of the written file. */
  path: string;
  /** Path relative to the edition's outDir, e.g. "images/cover.jpg". */
  file: string;
  widthPx: number;
  heightPx: number;
  bytes: number;
  /** Copied from the cache (no sharp work). */
  cached: boolean;
}
