import { describe, expect, it } from "vitest";
import {
  collectImages,
  effectivePpi,
  judgeResolution,
  outputNames,
  placedBox,
  planRendition,
  DEFAULT_FIGURE_WIDTH_MM,
} from "../../src/images/index.js";
import { loadIssue } from "../../src/check/load.js";
import { MINI_ISSUE } from "../helpers/mini.js";

describe("resolution", () => {
  it("takes the weaker axis and judges ok / warn / fail", () => {
    // 1800 px across 152.4 mm (6 in) = 300 ppi; 900 px down 101.6 mm (4 in) = 225 ppi
    expect(effectivePpi({ width: 1800, height: 900 }, { widthMm: 152.4, heightMm: 101.6 })).toBe(225);
    expect(judgeResolution(300)).toBe("ok");
    expect(judgeResolution(299.9)).toBe("warn");
    expect(judgeResolution(200)).toBe("warn");
    expect(judgeResolution(199)).toBe("fail");
    expect(judgeResolution(NaN)).toBe("fail");
  });
});

describe("planRendition", () => {
  const box = { widthMm: 50.8, heightMm: 50.8 }; // 2 in: 600 px at 300 ppi, 300 px at 150 ppi
  it("fits print and screen inside the placed box at 300 / 150 ppi", () => {
    expect(planRendition("print", { width: 4000, height: 2000 }, [box])).toMatchObject({
      widthPx: 600,
      heightPx: 300,
      quality: 90,
      chromaSubsampling: "4:4:4",
      density: 300,
    });
    expect(planRendition("screen", { width: 4000, height: 2000 }, [box])).toMatchObject({
      widthPx: 300,
      heightPx: 150,
    });
  });
  it("never upscales", () => {
    expect(planRendition("print", { width: 400, height: 300 }, [box])).toMatchObject({ widthPx: 400, heightPx: 300 });
    expect(planRendition("thumb", { width: 200, height: 100 }, [])).toMatchObject({ widthPx: 200, heightPx: 100 });
  });
  it("caps epub at 1600 px and thumb at 320 px on the long edge", () => {
    expect(planRendition("epub", { width: 3000, height: 4500 }, [])).toMatchObject({
      widthPx: 1067,
      heightPx: 1600,
      embedProfile: false,
    });
    expect(planRendition("thumb", { width: 3000, height: 4500 }, [])).toMatchObject({ widthPx: 213, heightPx: 320 });
  });
  it("uses the largest box when one file is placed twice", () => {
    const small = { widthMm: 25.4, heightMm: 25.4 };
    expect(planRendition("print", { width: 4000, height: 4000 }, [small, box]).widthPx).toBe(600);
  });
});

describe("placement and names", () => {
  it("falls back to 180 mm wide at the image's aspect, or the use's default box", () => {
    const u = { image: { path: "/x/a.jpg", src: "images/a.jpg" }, slot: "figure" as const, usedBy: "p1" };
    expect(placedBox(u, { width: 3000, height: 2000 })).toEqual({
      box: { widthMm: DEFAULT_FIGURE_WIDTH_MM, heightMm: 120 },
      assumed: true,
    });
    expect(placedBox(u, { width: 3000, height: 2000 }, () => ({ widthMm: 80, heightMm: 60 }))).toEqual({
      box: { widthMm: 80, heightMm: 60 },
      assumed: false,
    });
    expect(placedBox({ ...u, defaultBox: { widthMm: 216, heightMm: 291 } }, { width: 1, height: 1 }).box.widthMm).toBe(
      216,
    );
  });
  it("names outputs .jpg after the source and resolves clashes", () => {
    const n = outputNames(["images/a.png", "images/a.jpg", "images/b.jpeg", "images/a.png"]);
    expect([...n.values()]).toEqual(["images/a.jpg", "images/a-2.jpg", "images/b.jpg"]);
  });
});

describe("collectImages", () => {
  it("lists covers (full bleed by default) and figures with where they are used", async () => {
    const issue = await loadIssue(MINI_ISSUE);
    const uses = collectImages(issue);
    expect(uses.map((u) => [u.slot, u.usedBy, u.image.src])).toEqual([
      ["cover", "cover", "images/cover.png"],
      ["figure", "p002-news", "images/cover.png"],
    ]);
    const t = issue.magazine.trim;
    expect(uses[0].defaultBox).toEqual({ widthMm: t.widthMm + 2 * t.bleedMm, heightMm: t.heightMm + 2 * t.bleedMm });
  });
});
