import { describe, expect, it } from "vitest";
import { judgeImages } from "../../src/check/images.js";
import type { ImageUse, IntakeReport, SourceInfo } from "../../src/images/index.js";
import { DEFAULT_TYPE_SYSTEM } from "../../src/model/cascade.js";
import type { Issue } from "../../src/model/types.js";

const issue = {
  magazine: { trim: { widthMm: 210, heightMm: 285, bleedMm: 3 }, type: DEFAULT_TYPE_SYSTEM },
  articles: [{ id: "a", layout: { columns: 2 }, blocks: [{ id: "a-1", type: "figure", classes: [] }] }],
} as unknown as Issue;
const use = (src: string): ImageUse => ({
  image: { path: `/i/${src}`, src, at: { file: "articles/a.md", line: 7 } },
  slot: "figure",
  usedBy: "a",
  blockId: "a-1",
});
const source = (src: string, over: Partial<SourceInfo>): SourceInfo =>
  ({
    path: `/i/${src}`,
    src,
    sha256: "",
    bytes: 1,
    format: "tiff",
    widthPx: 1100,
    heightPx: 800,
    space: "srgb",
    channels: 3,
    hasAlpha: false,
    hasProfile: false,
    ...over,
  }) as SourceInfo;
const judge = (s: SourceInfo) =>
  judgeImages(issue, [use(s.src)], { sources: [s], byPath: new Map([[s.path, s]]) } as IntakeReport);

describe("judgeImages", () => {
  it("refuses colour spaces folio cannot print, at the line that uses the photo", () => {
    expect(judge(source("images/lab.tif", { space: "lab" })).problems).toEqual([
      {
        file: "articles/a.md",
        line: 7,
        field: "image",
        message: "images/lab.tif is in the LAB colour space — save it as RGB (or CMYK with its ICC profile)",
      },
    ]);
    for (const space of ["srgb", "b-w", "grey16", "rgb16", "cmyk"])
      expect(judge(source("images/ok.tif", { space })).problems, space).toEqual([]);
  });

  it("warns about CMYK without a profile and photos between 200 and 300 ppi; refuses under 200", () => {
    expect(judge(source("images/c.jpg", { space: "cmyk" })).warnings.join("\n")).toMatch(/CMYK without an ICC profile/);
    expect(judge(source("images/w.jpg", { widthPx: 800, heightPx: 600 })).warnings.join("\n")).toMatch(
      /242\.\d ppi at 84×63 mm/,
    );
    expect(judge(source("images/s.jpg", { widthPx: 400, heightPx: 300 })).problems[0].message).toMatch(
      /121\.\d ppi at the 84×63 mm .* under 200/,
    );
  });
});
