import { describe, expect, it } from "vitest";
import { boxSize, mediaSizePt, mmToPt, pageBoxes, printGeometry, type Box } from "../../src/render/print/geometry.js";
import { paddedTotal, padsNeeded } from "../../src/render/print/padding.js";
import { spreads } from "../../src/render/print/thumbnails.js";

const g = printGeometry({ widthMm: 210, heightMm: 285, bleedMm: 3 }, 10);
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 2);

describe("print geometry", () => {
  it("media = trim + 2 × (bleed + mark area)", () => {
    const m = mediaSizePt(g);
    close(m.width, mmToPt(236));
    close(m.height, mmToPt(311));
  });

  it("trim and bleed boxes are centred in the media", () => {
    const m = mediaSizePt(g);
    const media: Box = [0, 0, m.width, m.height];
    const { trim, bleed } = pageBoxes(media, g);
    close(trim[0], mmToPt(13));
    close(trim[1], mmToPt(13));
    close(boxSize(trim).width, mmToPt(210));
    close(boxSize(trim).height, mmToPt(285));
    close(boxSize(bleed).width, mmToPt(216));
    close(boxSize(bleed).height, mmToPt(291));
    close(trim[0] - bleed[0], mmToPt(3));
  });

  it("accepts Chromium's rounded media size and a non-zero origin", () => {
    const { trim } = pageBoxes([10, 20, 10 + 669.12, 20 + 882], g);
    close(trim[0], 10 + (669.12 - mmToPt(210)) / 2);
  });

  it("rejects a page of the wrong size", () => {
    expect(() => pageBoxes([0, 0, 595.28, 841.89], g)).toThrow(/expected/);
  });
});

describe("saddle-stitch padding", () => {
  it.each([
    [64, 0],
    [65, 3],
    [66, 2],
    [67, 1],
    [68, 0],
    [4, 0],
    [1, 3],
  ])("%i pages need %i pad pages", (pages, pads) => {
    expect(padsNeeded(pages)).toBe(pads);
    expect(paddedTotal(pages) % 4).toBe(0);
  });

  it("rejects nonsense", () => {
    expect(() => padsNeeded(-1)).toThrow();
    expect(() => padsNeeded(2.5)).toThrow();
  });
});

describe("reader spreads", () => {
  it("front cover alone, then facing pages, back cover alone", () => {
    expect(spreads(8)).toEqual([
      [null, 1],
      [2, 3],
      [4, 5],
      [6, 7],
      [8, null],
    ]);
  });
});
