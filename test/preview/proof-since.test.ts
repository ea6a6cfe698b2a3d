/**
 * After a proof round, the preview outlines the pages whose articles or photos changed since it: the
 * server says what changed (src/proof/since.ts), the viewer marks the pages in the browser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type LaunchedBrowser } from "../../src/browser/launch.js";
import { startPreview, type Preview } from "../../src/preview/index.js";
import { sourceDigestsOf } from "../../src/proof/record.js";
import { changedSinceRound } from "../../src/proof/since.js";
import { copyMini } from "../helpers/mini.js";

const WAIT = { timeout: 45_000 };
let mini: ReturnType<typeof copyMini>;
let out: string;

/** A proof round 1 of the mini issue as it is now (what `folio proof` records of the sources). */
function recordRound(): void {
  const dir = path.join(out, "2099-01", "proofs", "1");
  mkdirSync(dir, { recursive: true });
  const rel = (f: string) => path.relative(process.cwd(), f);
  const articles = Object.fromEntries(
    ["p001-editorial", "p002-news"].map((id) => [
      id,
      { file: rel(path.join(mini.issueDir, "articles", `${id}.md`)), text: "" },
    ]),
  );
  writeFileSync(
    path.join(dir, "round.json"),
    JSON.stringify({
      round: 1,
      label: "一校",
      date: "2099-01-01",
      build: "x",
      issue: "2099-01",
      pages: [],
      sources: sourceDigestsOf(mini.issueDir),
      articles,
    }),
  );
}

beforeAll(() => {
  mini = copyMini();
  out = mkdtempSync(path.join(tmpdir(), "folio-proof-since-"));
  recordRound();
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("what changed since the last proof round", () => {
  it("is nothing right after the round, the article after an edit, every page's files after magazine.yaml", () => {
    const dist = path.join(out, "2099-01");
    expect(changedSinceRound(dist, mini.issueDir)).toMatchObject({
      label: "一校",
      articles: [],
      shared: [],
      files: [],
    });
    mini.edit("2099-01/articles/p002-news.md", (s) => s.replace("新闻正文。", "新闻正文，增补一句。"));
    expect(changedSinceRound(dist, mini.issueDir)).toMatchObject({ articles: ["p002-news"], shared: [] });
    expect(changedSinceRound(path.join(out, "none"), mini.issueDir)).toBeUndefined();
  });
});

describe("the preview after a proof round", () => {
  let preview: Preview;
  let chromium: LaunchedBrowser;
  let page: Page;
  beforeAll(async () => {
    preview = await startPreview({ issueDir: mini.issueDir, port: 0, outRoot: out });
    chromium = await launchChromium("preview test: Chromium");
    page = await chromium.browser.newPage();
    await page.goto(preview.url);
    await page.waitForFunction(() => window.folioPreview?.sinceRound !== undefined, WAIT);
  }, 90_000);
  afterAll(async () => {
    await chromium?.close();
    await preview?.close();
  });

  it("outlines exactly the pages of the edited article and says since which round", async () => {
    const { sinceRound } = await page.evaluate(() => window.folioPreview);
    const news = await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument;
      const pages = Array.from(doc?.querySelectorAll(".pagedjs_page") ?? []);
      return pages.flatMap((p, i) => (p.querySelector('[data-article-id="p002-news"]') ? [i + 1] : []));
    });
    expect(news.length).toBeGreaterThan(0);
    expect(sinceRound).toEqual({ label: "一校", pages: news });
    expect(await page.$eval("#proof-since", (e) => e.textContent)).toBe(`自一校以来改动 ${news.length} 页`);
    const outlined = await page.evaluate(
      () =>
        document
          .querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")
          ?.contentDocument?.querySelectorAll(".folio-proof-changed").length,
    );
    expect(outlined).toBe(news.length);
  });
});
