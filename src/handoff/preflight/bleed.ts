/**
 * Bleed: anything that touches a trim edge must run on to the bleed edge, or a sliver of what lies
 * under it (paper, or a photo) shows after trimming. Read from a render of the whole page (separation-pages.ts):
 * along each trim edge, the ink 1 mm inside the trim is compared with the ink 1 mm and 2.5 mm
 * outside it. A stretch of at least 4 mm where the inside is one flat colour, the same 3 mm inside
 * (so it is an object reaching the trim, not a thin line near it), and both outside samples differ
 * from it is an object that stops at the trim instead of running into the bleed. Photos that run into the bleed vary from pixel to pixel and are not flat, so they
 * do not trip it. Pure.
 */
import { MM, toPx, type PageGeometry } from "./geometry.js";
import type { Pam, PxBox } from "./pam.js";

export interface ShortBleed {
  edge: "top" | "bottom" | "left" | "right";
  /** Length along the edge, mm. */
  lengthMm: number;
  px: PxBox;
  inside: [number, number, number, number];
  outside: [number, number, number, number];
}

const DIFF = 0.2 * 255; // summed over the four plates
const FLAT = 0.05 * 255;

export function findShortBleed(pam: Pam, geo: PageGeometry, dpi: number, minRunMm = 4): ShortBleed[] {
  const trim = toPx(geo.trim, geo.media, dpi);
  const mm = (v: number) => Math.max(1, Math.round((v * MM * dpi) / 72));
  const at = (x: number, y: number): [number, number, number, number] => {
    const cx = Math.min(pam.width - 1, Math.max(0, x)),
      cy = Math.min(pam.height - 1, Math.max(0, y));
    const i = (cy * pam.width + cx) * 4;
    return [pam.data[i], pam.data[i + 1], pam.data[i + 2], pam.data[i + 3]];
  };
  const dist = (a: number[], b: number[]) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0);
  const inset = mm(1),
    deep = mm(3),
    out1 = mm(1),
    out2 = mm(2.5);
  const edges: {
    edge: ShortBleed["edge"];
    from: number;
    to: number;
    sample: (t: number, d: number) => [number, number];
    box: (a: number, b: number) => PxBox;
  }[] = [
    {
      edge: "top",
      from: trim[0],
      to: trim[2],
      sample: (t, d) => [t, trim[1] + d],
      box: (a, b) => [a, trim[1] - out2, b, trim[1] + inset],
    },
    {
      edge: "bottom",
      from: trim[0],
      to: trim[2],
      sample: (t, d) => [t, trim[3] - 1 - d],
      box: (a, b) => [a, trim[3] - inset, b, trim[3] + out2],
    },
    {
      edge: "left",
      from: trim[1],
      to: trim[3],
      sample: (t, d) => [trim[0] + d, t],
      box: (a, b) => [trim[0] - out2, a, trim[0] + inset, b],
    },
    {
      edge: "right",
      from: trim[1],
      to: trim[3],
      sample: (t, d) => [trim[2] - 1 - d, t],
      box: (a, b) => [trim[2] - inset, a, trim[2] + out2, b],
    },
  ];
  const found: ShortBleed[] = [];
  const minRun = mm(minRunMm);
  for (const e of edges) {
    let start = -1;
    let first: number[] = [];
    const close = (end: number) => {
      if (start >= 0 && end - start >= minRun) {
        const mid = Math.floor((start + end) / 2);
        found.push({
          edge: e.edge,
          lengthMm: Math.round(((end - start) * 72) / dpi / MM),
          px: e.box(start, end),
          inside: at(...e.sample(mid, inset)),
          outside: at(...e.sample(mid, -out1)),
        });
      }
      start = -1;
    };
    // Corners are left out: the crop marks' white shadow and the neighbouring edge meet there.
    for (let t = e.from + out2; t < e.to - out2; t++) {
      const a = at(...e.sample(t, inset)),
        b = at(...e.sample(t, -out1)),
        c = at(...e.sample(t, -out2));
      const stops = dist(a, b) > DIFF && dist(a, c) > DIFF && dist(a, at(...e.sample(t, deep))) <= FLAT;
      if (stops && (start < 0 || dist(a, first) <= FLAT)) {
        if (start < 0) [start, first] = [t, a];
      } else {
        close(t);
        if (stops) [start, first] = [t, a];
      }
    }
    close(e.to - out2);
  }
  return found;
}
