/** What the print stage draws beyond the PDFs, by the outputs asked for (src/render/print/extras.ts). */
import { describe, expect, it } from "vitest";
import { printExtras } from "../../src/render/print/extras.js";

describe("printExtras", () => {
  it("a build of every output draws the thumbnails and the EPUB's cover", () => {
    expect(printExtras(undefined)).toEqual({ thumbnails: true, coverPng: true });
    expect(printExtras([])).toEqual({ thumbnails: true, coverPng: true });
  });

  it("--only draws the EPUB's cover only for a build that makes the EPUB, and no thumbnails", () => {
    expect(printExtras(["screen-pdf"])).toEqual({ thumbnails: false, coverPng: false });
    expect(printExtras(["print-pdf", "handoff"])).toEqual({ thumbnails: false, coverPng: false });
    expect(printExtras(["epub"])).toEqual({ thumbnails: false, coverPng: true });
    expect(printExtras(["screen-pdf", "epub"])).toEqual({ thumbnails: false, coverPng: true });
  });
});
