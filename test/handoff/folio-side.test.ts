import { describe, expect, it } from "vitest";
import { checkFolioSides } from "../../src/handoff/preflight/folio-side.js";
import type { Word } from "../../src/handoff/preflight/safety.js";
import type { Box } from "../../src/handoff/boxes.js";

// Six pages of 210 × 285 mm with 3 mm bleed: covers 1, 2, 5, 6; inner pages 3 and 4 are folios 1 and 2.
const mm = 72 / 25.4;
const page = { crop: [0, 0, 216 * mm, 291 * mm] as Box, trim: [3 * mm, 3 * mm, 213 * mm, 288 * mm] as Box };
const pages = Array.from({ length: 6 }, () => page);
/** A folio printed at x mm from the CropBox's left edge, 10 mm above the trim's foot. */
const folio = (pdfPage: number, text: string, xMm: number): Word[] =>
  [...text].map((c, i) => ({
    page: pdfPage,
    text: c,
    box: [(xMm + i * 2) * mm, 278 * mm - 3 * mm, (xMm + i * 2 + 2) * mm, 278 * mm],
  }));

describe("folio sides, read from the PDF", () => {
  it("passes odd folios on the right of a book bound on the left, and on the left of one bound on the right", () => {
    const ltr = [...folio(3, "1", 190), ...folio(4, "2", 20)];
    expect(checkFolioSides(ltr, pages, "left")).toEqual([expect.objectContaining({ status: "pass" })]);
    const rtl = [...folio(3, "1", 20), ...folio(4, "2", 190)];
    expect(checkFolioSides(rtl, pages, "right")).toEqual([expect.objectContaining({ status: "pass" })]);
  });

  it("fails a folio on the binding side, naming the page", () => {
    const wrong = [...folio(3, "1", 190), ...folio(4, "2", 190)];
    const r = checkFolioSides(wrong, pages, "right");
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ check: "folio-side", status: "fail", page: 3 });
    expect(r[0].message).toMatch(/folio 1 is on the right.*belongs on the left/);
  });

  it("reads a folio of several digits and ignores numbers above the foot strip and on covers", () => {
    const words = [
      ...folio(3, "13", 20),
      { page: 3, text: "7", box: [190 * mm, 100 * mm, 192 * mm, 103 * mm] as Box }, // body text
      ...folio(6, "600", 20), // a price on 封四
    ];
    expect(checkFolioSides(words, pages, "right")[0]).toMatchObject({ status: "pass" });
    expect(checkFolioSides(words, pages, "left")[0]).toMatchObject({ status: "fail", page: 3 });
  });

  it("warns when no page carries a folio", () => {
    expect(checkFolioSides([], pages, "left")[0]).toMatchObject({ status: "warn" });
  });
});
