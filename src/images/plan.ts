/**
 * Rendition plans: which file each edition gets, at which pixel size and with which encoder settings.
 * Pure; the sharp work is in pipeline.ts. Sizes never exceed the source (no upscaling).
 *
 *   print   fitted inside the placed box at 300 ppi, JPEG q90 4:4:4, sRGB with profile, 300 dpi tag
 *   screen  fitted inside the placed box at 150 ppi, JPEG q85 4:4:4, sRGB with profile
 *   epub    long edge ≤ 1600 px, JPEG q82 4:2:0, sRGB, no metadata
 *   thumb   long edge ≤ 320 px,  JPEG q75 4:2:0, sRGB, no metadata
 * Transparency is flattened onto white (every edition is JPEG).
 */
import { InternalError } from "../contract/errors.js";
import { mmToPx } from "./resolution.js";
import type { Edition, PlacedBox } from "./types.js";

export interface EditionSpec {
  /** Size from the placed box at this resolution … */
  ppi?: number;
  /** … or from a cap on the long edge. */
  maxEdge?: number;
  quality: number;
  chromaSubsampling: "4:4:4" | "4:2:0";
  /** Embed an sRGB ICC profile (else all metadata is stripped). */
  embedProfile: boolean;
}

export const EDITION_SPECS: Record<Edition, EditionSpec> = {
  print: { ppi: 300, quality: 90, chromaSubsampling: "4:4:4", embedProfile: true },
  screen: { ppi: 150, quality: 85, chromaSubsampling: "4:4:4", embedProfile: true },
  epub: { maxEdge: 1600, quality: 82, chromaSubsampling: "4:2:0", embedProfile: false },
  thumb: { maxEdge: 320, quality: 75, chromaSubsampling: "4:2:0", embedProfile: false },
};

/** Bump when the pipeline's output changes for the same inputs: invalidates the cache. */
export const PIPELINE_VERSION = 1;

export interface RenditionPlan {
  edition: Edition;
  widthPx: number;
  heightPx: number;
  quality: number;
  chromaSubsampling: "4:4:4" | "4:2:0";
  embedProfile: boolean;
  /** Resolution tag written into the file (print/screen). */
  density?: number;
}

/** Output size for a source of `px` (as displayed) placed in `boxes` (the largest box wins). */
export function planRendition(
  edition: Edition,
  px: { width: number; height: number },
  boxes: PlacedBox[],
): RenditionPlan {
  const spec = EDITION_SPECS[edition];
  const { ppi, maxEdge } = spec;
  let scale: number;
  if (ppi) {
    const fits = boxes.map((b) => Math.min(mmToPx(b.widthMm, ppi) / px.width, mmToPx(b.heightMm, ppi) / px.height));
    scale = Math.max(...fits, 0);
  } else {
    if (maxEdge === undefined) throw new InternalError(`edition ${edition} has neither a resolution nor a long edge`);
    scale = maxEdge / Math.max(px.width, px.height);
  }
  scale = Math.min(scale, 1);
  return {
    edition,
    widthPx: Math.max(1, Math.round(px.width * scale)),
    heightPx: Math.max(1, Math.round(px.height * scale)),
    quality: spec.quality,
    chromaSubsampling: spec.chromaSubsampling,
    embedProfile: spec.embedProfile,
    density: spec.ppi,
  };
}

/** What decides the bytes of a rendition: hashed into the cache key together with the source hash. */
export function planKey(sourceSha256: string, plan: RenditionPlan): string {
  return JSON.stringify({ v: PIPELINE_VERSION, source: sourceSha256, ...plan });
}

/**
 * Output file names, relative to the edition's outDir: the source path with ".jpg"
 * ("images/cover.png" → "images/cover.jpg"); clashes get "-2", "-3", … in first-use order.
 */
export function outputNames(srcs: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const src of srcs) {
    if (names.has(src)) continue;
    const stem = src
      .replace(/\\/g, "/")
      .replace(/^(\.\/)+/, "")
      .replace(/\.[^./]*$/, "");
    let name = `${stem}.jpg`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.jpg`;
    taken.add(name.toLowerCase());
    names.set(src, name);
  }
  return names;
}
