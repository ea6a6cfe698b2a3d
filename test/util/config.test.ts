import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as config from "../../src/util/config.js";

const PROJECT = path.resolve(import.meta.dirname, "../..");

describe("configuration", () => {
  it("cache folders: the cache root by default, their own variable when set, none when off", () => {
    const env = {};
    expect(config.cacheRoot(env)).toBe(path.join(PROJECT, ".cache"));
    expect(config.cacheFolder("icc", { FOLIO_CACHE_DIR: "rel/cache" })).toBe(path.resolve("rel/cache", "icc"));
    expect(config.layoutCacheDir(env)).toBe(path.join(PROJECT, ".cache", "layout"));
    expect(config.pageCacheDir({ FOLIO_CACHE_DIR: "/c" })).toBe("/c/pages");
    expect(config.fileResultsDir({ FOLIO_FILE_CACHE: "f" })).toBe(path.resolve("f"));
    expect(config.aceCacheDir({ FOLIO_ACE_CACHE: "/a" })).toBe("/a");
    for (const off of [
      config.layoutCacheDir({ FOLIO_LAYOUT_CACHE: "off" }),
      config.aceCacheDir({ FOLIO_ACE_CACHE: "off" }),
    ])
      expect(off).toBeUndefined();
    for (const off of [
      config.pageCacheDir({ FOLIO_PAGE_CACHE: "off" }),
      config.fileResultsDir({ FOLIO_FILE_CACHE: "off" }),
    ])
      expect(off).toBeNull();
  });

  it("the fitter's cache stays in the project unless FOLIO_FIT_CACHE names one", () => {
    expect(config.fitCacheDir({ FOLIO_CACHE_DIR: "/c" })).toBe(path.join(PROJECT, ".cache", "flatplan"));
    expect(config.fitCacheDir({ FOLIO_FIT_CACHE: "/f" })).toBe("/f");
  });

  it("is read when asked, so a test may set a variable while running", () => {
    const before = process.env.FOLIO_PRINT_TIMEOUT_MS;
    process.env.FOLIO_PRINT_TIMEOUT_MS = "5";
    try {
      expect(config.printTimeoutMs()).toBe(5);
    } finally {
      if (before === undefined) delete process.env.FOLIO_PRINT_TIMEOUT_MS;
      else process.env.FOLIO_PRINT_TIMEOUT_MS = before;
    }
    expect(config.printTimeoutMs({})).toBe(180_000);
    expect(config.holdCommitMs({})).toBe(0);
    expect(config.fitDebug({ FOLIO_FIT_DEBUG: "1" })).toBe(true);
    expect(config.templatesDir({})).toBe(`${path.join(PROJECT, "templates")}/`);
  });

  it("no other module reads a FOLIO_* variable", () => {
    const src = path.join(PROJECT, "src");
    const readers = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|js|cjs)$/.test(f) && f !== path.join("util", "config.ts"))
      .filter((f) => /env(\.|\[")FOLIO_/.test(readFileSync(path.join(src, f), "utf8")));
    expect(readers).toEqual([]);
  });
});
