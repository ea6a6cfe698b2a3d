/** PAM images as Ghostscript's pamcmyk32 device writes them (P7, DEPTH 4, MAXVAL 255). Pure. */
import { InternalError } from "../../contract/errors.js";

export interface Pam {
  width: number;
  height: number;
  depth: number;
  /** Samples, row by row, `depth` bytes per pixel. */
  data: Buffer;
}

export function parsePam(buf: Buffer): Pam {
  const end = buf.indexOf("ENDHDR\n");
  if (buf.toString("latin1", 0, 3) !== "P7\n" || end < 0) throw new InternalError("not a PAM image");
  const header = buf.toString("latin1", 0, end);
  const field = (k: string) => Number(new RegExp(`${k} (\\d+)`).exec(header)?.[1]);
  const width = field("WIDTH"),
    height = field("HEIGHT"),
    depth = field("DEPTH");
  return { width, height, depth, data: buf.subarray(end + 7, end + 7 + width * height * depth) };
}

/** Pixel rectangle [x0, y0, x1, y1) (exclusive ends), clamped to the image. */
export type PxBox = [number, number, number, number];

export function clampBox(b: PxBox, pam: Pam): PxBox {
  return [Math.max(0, b[0]), Math.max(0, b[1]), Math.min(pam.width, b[2]), Math.min(pam.height, b[3])];
}
