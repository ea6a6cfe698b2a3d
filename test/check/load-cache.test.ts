/** folio check reuses the last successful load only for the very same sources and code. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIssue } from "../../src/check/index.js";
import { loadKey, readLoadCache } from "../../src/check/load-cache.js";
import { loadIssue } from "../../src/check/load.js";
import { copyMini } from "../helpers/mini.js";

const SAMPLE = path.resolve(import.meta.dirname, "../../issues/2022-08");
let cacheDir: string;
const saved = process.env.FOLIO_CACHE_DIR;
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "folio-load-cache-"));
  process.env.FOLIO_CACHE_DIR = cacheDir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.FOLIO_CACHE_DIR;
  else process.env.FOLIO_CACHE_DIR = saved;
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("load cache (folio check)", () => {
  it("gives the sample issue's model exactly as a fresh load does", async () => {
    const fresh = await loadIssue(SAMPLE);
    await checkIssue(SAMPLE); // a build's check: loads and remembers
    const cached = await readLoadCache(SAMPLE);
    expect(cached).toBeDefined();
    expect(cached).toEqual(fresh);
    const again = await checkIssue(SAMPLE, { loadCache: "reuse" });
    expect(again.issue).toEqual(fresh);
  });

  it("misses after an edit, a photo removed or a photo added, and says what the files say now", async () => {
    const mini = copyMini();
    await checkIssue(mini.issueDir);
    expect(await readLoadCache(mini.issueDir)).toBeDefined();
    mini.edit("2099-01/articles/p002-news.md", (s) => s.replace("新闻正文", "改过的正文"));
    expect(await readLoadCache(mini.issueDir)).toBeUndefined();
    const { issue } = await checkIssue(mini.issueDir, { loadCache: "reuse" });
    expect(JSON.stringify(issue.articles)).toContain("改过的正文");
    const before = loadKey(mini.issueDir);
    writeFileSync(path.join(mini.issueDir, "images", "extra.png"), "x");
    expect(loadKey(mini.issueDir)).not.toBe(before);
    rmSync(path.join(mini.issueDir, "images", "extra.png"));
    expect(loadKey(mini.issueDir)).toBe(before);
    rmSync(path.join(mini.issueDir, "images", "cover.png"));
    expect(await readLoadCache(mini.issueDir)).toBeUndefined();
    await expect(checkIssue(mini.issueDir, { loadCache: "reuse" })).rejects.toThrow(/cover\.png/);
  });

  it("never remembers a problem: a broken issue fails on every check", async () => {
    const mini = copyMini();
    await checkIssue(mini.issueDir);
    mini.edit("2099-01/issue.yaml", (s) => `${s}\nunknown_key: 1\n`);
    await expect(checkIssue(mini.issueDir, { loadCache: "reuse" })).rejects.toThrow(/unknown_key/);
    await expect(checkIssue(mini.issueDir, { loadCache: "reuse" })).rejects.toThrow(/unknown_key/);
  });
});
