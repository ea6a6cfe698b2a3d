import { PDFDocument, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { transparencyPages } from "../../src/handoff/transparency.js";

describe("transparencyPages", () => {
  it("finds the pages PDF/X-3 will have to flatten", async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: rgb(0, 0, 0) });
    doc.addPage().drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: rgb(1, 0, 0), opacity: 0.5 });
    expect(transparencyPages(doc)).toEqual([2]);
  });
});
