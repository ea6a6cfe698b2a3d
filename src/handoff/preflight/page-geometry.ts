/** Each page's MediaBox, CropBox, TrimBox and BleedBox in points, as the press PDF states them. */
import type { PDFDocument } from "pdf-lib";
import type { Trim } from "../../model/types.js";
import { readBoxes, type Box } from "../boxes.js";
import { MM, type PageGeometry } from "./geometry.js";

export interface FullGeometry extends PageGeometry {
  crop: Box;
  /** Whether the file itself had a TrimBox / BleedBox (checkBoxes reports it when not). */
  hasTrim: boolean;
  hasBleed: boolean;
}

const box = (r: { x: number; y: number; width: number; height: number }): Box => [
  r.x,
  r.y,
  r.x + r.width,
  r.y + r.height,
];

/** A missing TrimBox is taken as the MediaBox less the bleed, a missing BleedBox as the MediaBox, so the other checks can run. */
export function pageGeometry(doc: PDFDocument, trim: Trim): FullGeometry[] {
  const boxes = readBoxes(doc);
  return doc.getPages().map((p, i) => {
    const media = box(p.getMediaBox());
    const crop = box(p.getCropBox());
    const b = trim.bleedMm * MM;
    const t = boxes[i].trim ?? [media[0] + b, media[1] + b, media[2] - b, media[3] - b];
    return {
      media,
      crop,
      trim: t,
      bleed: boxes[i].bleed ?? media,
      hasTrim: !!boxes[i].trim,
      hasBleed: !!boxes[i].bleed,
    };
  });
}
