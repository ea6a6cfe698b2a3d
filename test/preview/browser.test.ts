/**
 * The preview in real headless Chromium: the viewer shows the laid-out issue, follows saves by
 * itself (SSE + rebuild), and shows bad input as an overlay until it is fixed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveFitCache } from "../../src/flatplan/cache.js";
import { sourcesFingerprint } from "../../src/flatplan/fingerprint.js";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type LaunchedBrowser } from "../../src/browser/launch.js";
import { startPreview, type Preview } from "../../src/preview/index.js";
import { copyMini } from "../helpers/mini.js";
import { present } from "../helpers/present.js";

const NEWS = "2099-01/articles/p002-news.md";
const WAIT = { timeout: 45_000 };
/** A laid-out page, marked in the test with its place before a patch. */
type MarkedPage = Element & { folioMark?: number };

describe("folio preview in the browser", () => {
  let mini: ReturnType<typeof copyMini>;
  let preview: Preview;
  let chromium: LaunchedBrowser;
  let page: Page;
  /** Text of the laid-out pages in the frame on show. */
  const shownText = () =>
    page.evaluate(
      () =>
        document
          .querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")
          ?.contentDocument?.querySelector(".pagedjs_pages")?.textContent ?? "",
    );

  beforeAll(async () => {
    mini = copyMini();
    // A last build's copyfit for this issue (as folio build leaves it in the flatplan cache).
    process.env.FOLIO_FIT_CACHE = mkdtempSync(path.join(tmpdir(), "folio-preview-fit-"));
    saveFitCache(
      undefined,
      "2099-01",
      new Map(),
      [
        {
          page: 1,
          articleId: "p001-editorial",
          title: "卷首短文",
          lines: -30,
          chars: -750,
          columns: 0,
          fillerPages: 0,
          status: "short",
          text: "p. 1 卷首短文 空余约 30 行, 约 750 字",
        },
        {
          page: 4,
          articleId: "p002-news",
          title: "要闻一则",
          lines: 0,
          chars: 0,
          columns: 0,
          fillerPages: 0,
          status: "fits",
          text: "p. 4 要闻一则 合适",
        },
      ],
      sourcesFingerprint(mini.issueDir),
    );
    preview = await startPreview({ issueDir: mini.issueDir, port: 0 });
    chromium = await launchChromium("preview test: Chromium");
    page = await chromium.browser.newPage();
    await page.goto(preview.url);
    await page.waitForFunction(() => window.folioPreview?.renders >= 1, WAIT);
  });
  afterAll(async () => {
    delete process.env.FOLIO_FIT_CACHE;
    await chromium?.close();
    await preview?.close();
    if (mini) rmSync(mini.root, { recursive: true, force: true });
  });

  it("shows the laid-out issue with its page count, contents and no stray scripts errors", async () => {
    const info = await page.evaluate(() => window.folioPreview);
    expect(info.status).toBe("ok");
    expect(info.pages).toBeGreaterThanOrEqual(4);
    expect(info.pages % 4).toBe(0); // pad-to-four ran
    expect(await page.$eval("#page-count", (e) => e.textContent)).toBe(String(info.pages));
    expect(info.toc.map((e: { title: string }) => e.title)).toEqual(["卷首短文", "要闻一则"]);
    expect(info.toc.every((e: { page: number }) => e.page >= 1)).toBe(true);
    expect(await shownText()).toContain("本刊讯 新闻正文");
    // Spreads toggle puts the frame in spread mode.
    await page.click("#view-spreads");
    const spreads = await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>("#stage iframe")?.contentDocument;
      if (!doc) throw new Error("the preview shows no frame");
      return doc.documentElement.classList.contains("folio-spreads");
    });
    expect(spreads).toBe(true);
  });

  it("lists the last build's copyfit in 字 and labels the page of a run that is short or over", async () => {
    const copyfit = await page.evaluate(() => window.folioPreview.copyfit);
    expect(copyfit).toEqual([
      { text: "p. 1 卷首短文 空余约 30 行, 约 750 字", status: "short", page: expect.any(Number) },
      { text: "p. 4 要闻一则 合适", status: "fits", page: expect.any(Number) },
    ]);
    expect(await page.$$eval("#copyfit li", (li) => li.map((e) => e.textContent ?? ""))).toEqual([
      expect.stringContaining("p. 1 卷首短文 空余约 30 行, 约 750 字"),
    ]);
    const labels = await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument;
      if (!doc) throw new Error("the preview shows no laid-out frame");
      return Array.from(doc.querySelectorAll(".folio-copyfit-label")).map((l) => [
        Number((l.closest(".pagedjs_page") as HTMLElement).dataset.pageNumber),
        l.textContent ?? "",
      ]);
    });
    expect(labels).toEqual([
      [present(copyfit, "the viewer's copyfit")[0].page, "字数 p. 1 卷首短文 空余约 30 行, 约 750 字"],
    ]);
  });

  it("an edit to an article shows up in the page after the automatic reload, laid out in a frame warmed up for it", async () => {
    // Once the issue is on show, a hidden frame lays out a blank page under the same head.
    await page.waitForFunction(() => window.folioPreview.warmedUp >= 1, WAIT);
    const before = await page.evaluate(() => ({ ...window.folioPreview }));
    expect(before.warmPatches).toBe(0);
    mini.edit(NEWS, (s) => s.replace("本刊讯 新闻正文。", "本刊讯 新闻正文已改稿 EDIT-42。"));
    await page.waitForFunction((n) => window.folioPreview.renders > n, WAIT, before.renders);
    expect(await shownText()).toContain("EDIT-42");
    expect(await page.evaluate(() => document.body.dataset.status)).toBe("ok");
    const after = await page.evaluate(() => ({ ...window.folioPreview }));
    expect(after.patches).toBe(before.patches + 1);
    expect(after.warmPatches).toBe(1);
    // The warmed frame is the patch's now: no other frame waits hidden.
    expect(await page.evaluate(() => document.querySelectorAll("#stage iframe").length)).toBe(2);
  });

  it("a one-article edit patches that article's pages in place: the other pages stay, the reader keeps the place", async () => {
    const before = await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument;
      if (!doc) throw new Error("the preview shows no laid-out frame");
      const scroller = doc.scrollingElement;
      if (!scroller) throw new Error("the frame's document has no scrolling element");
      const pages = Array.from(doc.querySelectorAll<MarkedPage>(".pagedjs_pages > .pagedjs_page"));
      pages.forEach((p, i) => {
        p.folioMark = i + 1;
      });
      scroller.scrollTop = 300;
      return {
        patches: window.folioPreview.patches,
        renders: window.folioPreview.renders,
        pages: pages.length,
        scroll: scroller.scrollTop,
      };
    });
    mini.edit(NEWS, (s) => s.replace("EDIT-42", "EDIT-43"));
    await page.waitForFunction((n) => window.folioPreview.renders > n, WAIT, before.renders);
    const after = await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument;
      if (!doc) throw new Error("the preview shows no laid-out frame");
      const scroller = doc.scrollingElement;
      if (!scroller) throw new Error("the frame's document has no scrolling element");
      const pages = Array.from(doc.querySelectorAll<MarkedPage>(".pagedjs_pages > .pagedjs_page"));
      return {
        patches: window.folioPreview.patches,
        lastPatch: window.folioPreview.lastPatch,
        kept: pages.map((p) => p.folioMark ?? null),
        newsPages: pages.flatMap((p, i) => (p.querySelector('[data-article-id="p002-news"]') ? [i + 1] : [])),
        folios: pages.map(
          (p) =>
            p.querySelector(".pagedjs_margin-bottom-right, .pagedjs_margin-bottom-left") &&
            getComputedStyle(p).counterIncrement,
        ),
        scroll: scroller.scrollTop,
        frames: document.querySelectorAll("#stage iframe:not(.pending)").length,
        toc: window.folioPreview.toc.map((e) => [e.title, e.folio]),
      };
    });
    expect(after.patches).toBe(before.patches + 1);
    // Only the article's pages are new; every other page is the node that was on show.
    const patched = present(after.lastPatch, "the viewer's last patch");
    expect(patched.first).toBe(after.newsPages[0]);
    expect(patched.last).toBe(after.newsPages[after.newsPages.length - 1]);
    expect(after.kept.length).toBe(before.pages);
    after.kept.forEach((mark: number | null, i: number) =>
      expect(mark).toBe(i + 1 >= patched.first && i + 1 <= patched.last ? null : i + 1),
    );
    expect(after.scroll).toBe(before.scroll);
    expect(after.frames).toBe(1);
    expect(after.toc).toEqual([
      ["卷首短文", 1],
      ["要闻一则", 4],
    ]);
    expect(await shownText()).toContain("EDIT-43");
    expect(await shownText()).not.toContain("EDIT-42");
  });

  it("the next edit is laid out in the frame the last patch used (fonts already loaded), giving the same pages", async () => {
    /** The news article's pages on show, without Paged.js's per-layout ids. */
    const newsPages = () =>
      page.evaluate(() => {
        const doc = document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument;
        if (!doc) throw new Error("the preview shows no laid-out frame");
        return Array.from(doc.querySelectorAll(".pagedjs_pages > .pagedjs_page"))
          .filter((p) => p.querySelector('[data-article-id="p002-news"]'))
          .map((p) =>
            p.outerHTML
              .replace(/ data-(ref|split-from|split-to|id)="[^"]*"/g, "")
              .replace(/\/issue\/\d+\//g, "/issue/N/"),
          );
      });
    const before = { pages: await newsPages(), info: await page.evaluate(() => ({ ...window.folioPreview })) };
    mini.edit(NEWS, (s) => s.replace("EDIT-43", "EDIT-44"));
    await page.waitForFunction((n) => window.folioPreview.renders > n, WAIT, before.info.renders);
    const info = await page.evaluate(() => ({ ...window.folioPreview }));
    expect(info.patches).toBe(before.info.patches + 1);
    expect(info.warmPatches).toBe(before.info.warmPatches + 1);
    expect(await shownText()).toContain("EDIT-44");
    // The same pages as the fresh frame laid out for the previous edit, but for the edit itself.
    const now = await newsPages();
    expect(now.length).toBe(before.pages.length);
    expect(now.map((h) => h.replaceAll("EDIT-44", "EDIT-43"))).toEqual(before.pages);
    expect(info.toc.map((e) => [e.title, e.folio])).toEqual([
      ["卷首短文", 1],
      ["要闻一则", 4],
    ]);
    // And back, as the tests below expect it.
    mini.edit(NEWS, (s) => s.replace("EDIT-44", "EDIT-43"));
    await page.waitForFunction((n) => window.folioPreview.renders > n, WAIT, info.renders);
    expect(await newsPages()).toEqual(before.pages);
  });

  it("broken front matter shows every problem in an overlay; fixing it clears the overlay", async () => {
    const good = await page.evaluate(() => window.folioPreview.renders);
    mini.edit(NEWS, (s) =>
      s.replace("section: 要闻要论", "section: nosuch").replace("title: 要闻一则", "title: [unclosed"),
    );
    await page.waitForSelector("#errors:not([hidden])", WAIT);
    const lines = await page.$$eval("#error-list li", (li) => li.map((e) => e.textContent ?? ""));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const l of lines) expect(l).toMatch(/p002-news\.md(:\d+)?: /);
    expect(await page.evaluate(() => document.body.dataset.status)).toBe("error");
    // The last good pages stay on show underneath.
    expect(await shownText()).toContain("EDIT-43");

    mini.edit(NEWS, (s) =>
      s.replace("section: nosuch", "section: 要闻要论").replace("title: [unclosed", "title: 要闻一则 RECOVERED"),
    );
    await page.waitForSelector("#errors[hidden]", WAIT);
    await page.waitForFunction((n) => window.folioPreview.renders > n, WAIT, good);
    expect(await shownText()).toContain("RECOVERED");
    expect(await page.evaluate(() => document.body.dataset.status)).toBe("ok");
  });

  it("a layout warning (one-page profile running over) is listed and outlined on its pages", async () => {
    const n = await page.evaluate(() => window.folioPreview.renders);
    const long = `${"本刊讯 人物专访的正文写得太长了。".repeat(40)}\n\n`.repeat(8);
    mini.edit(NEWS, (s) =>
      s.replace("page: 4\n", "page: 4\nlayout: { variant: profile }\n").replace(/本刊讯 新闻正文[^\n]*/, long),
    );
    await page.waitForFunction((k) => window.folioPreview.renders > k, WAIT, n);
    const warnings = await page.evaluate(() => window.folioPreview.warnings);
    expect(warnings).toEqual([
      {
        text: expect.stringMatching(/^article p002-news should fit one page but takes \d+$/),
        pages: expect.any(Array),
      },
    ]);
    expect(warnings[0].pages.length).toBeGreaterThan(1);
    const marked = await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument;
      if (!doc) throw new Error("the preview shows no laid-out frame");
      return Array.from(doc.querySelectorAll(".pagedjs_page.folio-warn")).map((p) => [
        Number((p as HTMLElement).dataset.pageNumber),
        p.querySelector(".folio-warn-label")?.textContent ?? "",
      ]);
    });
    expect(marked.map(([p]) => p)).toEqual(warnings[0].pages);
    expect(String(marked[0][1])).toContain("should fit one page");
    expect(await page.$eval("#warning-count", (e) => e.textContent)).toBe("1");
  });
});
