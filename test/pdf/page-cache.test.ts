/**
 * The page cache (src/pdf/page-cache.ts): values come back only under the same reading, salt and
 * page key; `perPage` asks its maker for the missing pages alone; `off` stores nothing.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { present } from "../helpers/present.js";
import { onePage, openPageCache, openPictureCache, pageRanges, perPage } from "../../src/pdf/page-cache.js";

const dir = () => mkdtempSync(path.join(tmpdir(), "folio-pages-"));

describe("pageRanges", () => {
  it("groups pages into runs of consecutive pages, in order", () => {
    expect(pageRanges([7, 1, 2, 3, 5, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
    expect(pageRanges([])).toEqual([]);
  });
});

describe("the page cache", () => {
  it("gives a value back under the same reading, salt and key only", () => {
    const d = dir();
    openPageCache<number[]>("r", "salt 1", d).put("k", [1, 2]);
    expect(openPageCache<number[]>("r", "salt 1", d).get("k")).toEqual([1, 2]);
    expect(openPageCache<number[]>("r", "salt 2", d).get("k")).toBeUndefined();
    expect(openPageCache<number[]>("other", "salt 1", d).get("k")).toBeUndefined();
    expect(openPageCache<number[]>("r", "salt 1", d).get("k2")).toBeUndefined();
  });

  it("keeps pictures as PNG files, byte for byte", () => {
    const d = dir();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    openPictureCache("thumbs", "s", d).put("k", png);
    expect(
      Buffer.compare(present(openPictureCache("thumbs", "s", d).get("k"), "the picture stored under k"), png),
    ).toBe(0);
    expect(readdirSync(path.join(d, "thumbs")).every((f) => f.endsWith(".png"))).toBe(true);
  });

  it("asks for the missing pages alone, and stores what it is given", async () => {
    const cache = openPageCache<string>("texts", "s", dir());
    const asked: number[][] = [];
    const make = async (missing: number[]) => {
      asked.push(missing);
      return new Map(missing.map((p) => [p, `page ${p}`]));
    };
    const first = await perPage(cache, ["a", "b", "c"], make);
    expect(first).toEqual({ pages: ["page 1", "page 2", "page 3"], made: 3 });
    const second = await perPage(cache, ["a", "x", "c", "b"], make);
    expect(second).toEqual({ pages: ["page 1", "page 2", "page 3", "page 2"], made: 1 });
    expect(asked).toEqual([[1, 2, 3], [2]]);
  });

  it("fails when the maker leaves a missing page out", async () => {
    const cache = openPageCache<string>("texts", "s", dir());
    await expect(perPage(cache, ["a", "b"], async () => new Map([[1, "one"]]))).rejects.toThrow(/page 2/);
  });

  it("stores nothing when it is off", async () => {
    const off = openPageCache<string>("r", "s", null);
    off.put("k", "v");
    expect(off.get("k")).toBeUndefined();
    let made = 0;
    const make = async () => {
      made++;
      return "v";
    };
    await onePage(off, "k", make);
    await onePage(off, "k", make);
    expect(made).toBe(2);
  });
});
