import { symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { intakeImages, newImageStats } from "../../src/images/index.js";
import { FolioError } from "../../src/contract/errors.js";
import { loadIssue } from "../../src/check/load.js";
import { copyMini } from "../helpers/mini.js";
import { bombPng, solidJpeg, tempDir, use } from "./helpers.js";

const rejected = async (p: Promise<unknown>): Promise<FolioError> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FolioError);
  return e as FolioError;
};

describe("intakeImages", () => {
  it("reads header facts: format, oriented size, colour space, profile", async () => {
    const dir = tempDir();
    await sharp({ create: { width: 60, height: 20, channels: 3, background: "#c33" } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toFile(path.join(dir, "rot.jpg"));
    await sharp({ create: { width: 30, height: 30, channels: 4, background: "#0000" } })
      .png()
      .toFile(path.join(dir, "a.png"));
    const r = await intakeImages([use(dir, "rot.jpg"), use(dir, "a.png")], { cacheDir: false });
    expect(r.sources.map((s) => [s.src, s.format, s.widthPx, s.heightPx, s.orientation, s.hasAlpha])).toEqual([
      ["rot.jpg", "jpeg", 20, 60, 6, false],
      ["a.png", "png", 30, 30, undefined, true],
    ]);
    expect(r.sources[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects corrupt files, non-images, unsupported formats and bombs, all at once, naming each file", async () => {
    const dir = tempDir();
    await solidJpeg(path.join(dir, "good.jpg"), 40, 30);
    writeFileSync(path.join(dir, "garbage.jpg"), Buffer.from("\xff\xd8\xff\xe0 this is not really a jpeg", "latin1"));
    writeFileSync(path.join(dir, "notes.png"), "hello, I am text");
    await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .gif()
      .toFile(path.join(dir, "anim.gif"));
    bombPng(path.join(dir, "bomb.png"), 50_000, 50_000); // 2.5 gigapixels declared in a ~1 KB file
    const uses = ["good.jpg", "garbage.jpg", "notes.png", "anim.gif", "bomb.png"].map((s, i) =>
      use(dir, s, `p00${i}-x`),
    );
    const stats = newImageStats();
    const e = await rejected(intakeImages(uses, { cacheDir: false, stats }));
    const byFile = Object.fromEntries(e.problems.map((p) => [path.basename(p.file), p]));
    expect(Object.keys(byFile).sort()).toEqual(["anim.gif", "bomb.png", "garbage.jpg", "notes.png"]);
    expect(byFile["garbage.jpg"].message).toMatch(/not a readable image/);
    expect(byFile["notes.png"].message).toMatch(/not a readable image/);
    expect(byFile["anim.gif"].message).toMatch(/unsupported image format GIF/);
    expect(byFile["bomb.png"].message).toMatch(/50000×50000 px .* over the limit of 100 megapixels/);
    expect(byFile["bomb.png"].field).toBe("figure in p004-x");
    expect(e.message.split("\n")).toHaveLength(4); // one line per file, no stack
    expect(stats.pipelines).toBe(0); // headers only
  });

  it("applies a configurable pixel limit to an ordinary image", async () => {
    const dir = tempDir();
    await solidJpeg(path.join(dir, "big.jpg"), 1200, 1000);
    const e = await rejected(intakeImages([use(dir, "big.jpg")], { cacheDir: false, pixelLimit: 1_000_000 }));
    expect(e.message).toMatch(
      /big\.jpg: figure in p001-test: image is 1200×1000 px \(1\.2 megapixels\), over the limit of 1 megapixels/,
    );
    await expect(intakeImages([use(dir, "big.jpg")], { cacheDir: false, pixelLimit: 2_000_000 })).resolves.toBeTruthy();
  });
});

describe("paths outside the issue (checked by the model at load time)", () => {
  it("rejects ../ paths and symlinks that leave the issue folder", async () => {
    const mini = copyMini();
    await solidJpeg(path.join(mini.root, "outside.jpg"), 20, 20);
    symlinkSync(path.join(mini.root, "outside.jpg"), path.join(mini.issueDir, "images", "link.jpg"));
    mini.edit(
      "2099-01/articles/p002-news.md",
      (s) => `${s.replace("(images/cover.png", "(../outside.jpg")}\n![链接](images/link.jpg "x")\n`,
    );
    const e = await rejected(loadIssue(mini.issueDir));
    expect(e.message).toMatch(/image path "\.\.\/outside\.jpg" leaves the issue folder/);
    expect(e.message).toMatch(/"images\/link\.jpg" is a link that leads outside the issue folder/);
  });
});
