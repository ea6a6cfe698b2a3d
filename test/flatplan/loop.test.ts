/**
 * The fitting loop on synthetic issues, with a simulated layout: each run's length is its copy (in
 * column-lines) plus what the plan's tools really take (a pull quote takes 6 lines where the fitter
 * estimates 5; photos and head space as planned), so short, over, continued and filled runs are
 * exercised without a browser.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { present } from "../helpers/present.js";
import { cachedFitPlan, fitLayout, type FitPlan, type PassView } from "../../src/flatplan/loop.js";
import { continuationId } from "../../src/flatplan/apply.js";
import { loadFitCache, lastCopyfit } from "../../src/flatplan/cache.js";
import { fitContext } from "../../src/flatplan/fit-keys.js";
import { MIN_HEAD_SPACE } from "../../src/flatplan/fitter.js";
import type { FigureMeasure, Layout } from "../../src/flatplan/measure.js";
import type { Article, Issue } from "../../src/model/types.js";

const LINES = 44;
const COLS = 2;
const PAGE = LINES * COLS;
const CPL = 25;

const article = (id: string, plannedPage: number, more: Partial<Article> = {}): Article =>
  ({
    id,
    plannedPage,
    title: `${id} 标题`,
    inToc: true,
    toc: { kicker: false, subtitle: true, authors: true },
    layout: { columns: 2, variant: "standard" },
    blocks: Array.from({ length: 12 }, (_, i) => ({
      id: `${id}-${i + 1}`,
      type: "paragraph",
      classes: [],
      html: "正文正文。".repeat(40),
      text: "正文正文。".repeat(40),
    })),
    ...more,
  }) as unknown as Article;

function issue(plan: [string, number, Partial<Article>?][], pages: number): Issue {
  return {
    id: "2099-01",
    pages,
    fillers: [],
    articles: plan.map(([id, p, more]) => article(id, p, more)),
  } as unknown as Issue;
}

/** Copy in column-lines per article; figures (one per listed article). */
function simulate(iss: Issue, copy: Record<string, number>, photos: string[] = []) {
  return async (plan: FitPlan) => {
    const css = (sel: string, prop: string) =>
      Number(new RegExp(`\\[[^\\]]*"${sel}"\\][^{]*\\{[^}]*${prop}: (-?\\d+)`).exec(plan.css)?.[1] ?? NaN);
    const pagesOf: Record<string, number[]> = {};
    const fill: number[] = [];
    const roles: string[][] = [];
    const figures: FigureMeasure[] = [];
    let page = 0;
    const place = (id: string, lines: number, startsPage: boolean) => {
      if (startsPage || !fill.length) {
        pagesOf[id] = [];
      }
      const whole = Math.max(1, Math.ceil(lines / PAGE));
      pagesOf[id] = Array.from({ length: whole }, (_, i) => page + i);
      for (let i = 0; i < whole; i++) {
        fill.push(i === whole - 1 ? (lines - (whole - 1) * PAGE) / PAGE : 1);
        roles.push([]);
      }
      page += whole;
    };
    for (const a of iss.articles) {
      const head = Number.isNaN(css(a.id, "--head-space")) ? 0 : css(a.id, "--head-space");
      let lines = copy[a.id] + (head - MIN_HEAD_SPACE) * COLS + (plan.pullQuotes.get(a.id)?.length ?? 0) * 6;
      if (photos.includes(a.id)) {
        const id = `${a.id}-fig`;
        const figLines = Number.isNaN(css(id, "--fig-lines")) ? 12 : css(id, "--fig-lines");
        const wide = new RegExp(`"${id}"[^}]*column-span: all`).test(plan.css);
        lines += wide ? figLines * COLS : figLines;
        figures.push({
          id,
          articleId: a.id,
          lines: figLines,
          wide,
          widthMm: 83.8,
          columnWidthMm: 83.8,
          wideWidthMm: 173.6,
          chromeLines: 2.5,
          px: { width: 2126, height: 1594 },
        });
      }
      const jump = plan.continuations.find((c) => c.articleId === a.id);
      if (jump) lines = PAGE - 2; // the part before the cut fills its page; the rest goes on
      place(a.id, lines, true);
      const tail = plan.continuations.find((c) => c.afterArticleId === a.id);
      if (tail) {
        pagesOf[continuationId(tail.articleId)] = [page - 1];
        fill[page - 1] = Math.min(1, fill[page - 1] + 0.2);
      }
      for (const f of plan.fillersAfter.get(a.id) ?? []) {
        fill.push(0);
        roles.push(["filler", f.kind]);
        page++;
      }
    }
    const layout: Layout = {
      pagesOf,
      fill,
      linesPerColumn: LINES,
      gridMm: 5.556,
      figures,
      paragraphs: [],
      articles: Object.fromEntries(iss.articles.map((a) => [a.id, { columns: COLS, charsPerLine: CPL }])),
      pageStarts: fill.map((_, i) => ({
        blockId: `${iss.articles.find((a) => pagesOf[a.id]?.[0] !== undefined && pagesOf[a.id].includes(i))?.id ?? "x"}-6`,
        charOffset: 40,
      })),
    };
    const view: PassView = { layout, folios: fill.map((_, i) => i + 1), roles };
    return { pass: view, view };
  };
}

const cacheDir = () => mkdtempSync(path.join(tmpdir(), "folio-fit-cache-"));

describe("fitLayout", () => {
  it("fills short runs with photos, pull quotes and head space until their pages end full", async () => {
    const iss = issue(
      [
        ["a", 1],
        ["b", 3],
        ["c", 5],
      ],
      6,
    );
    const out = await fitLayout(iss, simulate(iss, { a: 1.6 * PAGE, b: 1.7 * PAGE, c: 1.95 * PAGE }, ["a"]), {
      cacheDir: cacheDir(),
    });
    expect(out.rows.map((r) => r.actualStart)).toEqual([1, 3, 5]);
    for (const r of out.rows) expect(r.usedPages).toBeGreaterThanOrEqual(1.75);
    expect(out.plans[0].figures["a-fig"]).toBeDefined();
    expect(out.copyfit.every((c) => c.status === "fits")).toBe(true);
    expect(out.passes).toBeLessThanOrEqual(4);
  });

  it("leaves filler pages only where the copy is short by a page or more, and says so in 字", async () => {
    const iss = issue(
      [
        ["a", 1],
        ["b", 3],
      ],
      4,
    );
    const out = await fitLayout(iss, simulate(iss, { a: 0.5 * PAGE, b: 1.9 * PAGE }), { cacheDir: cacheDir() });
    expect(out.plans[0].fillerPages).toBe(1);
    expect(out.plans[1].fillerPages).toBe(0);
    expect(out.rows.map((r) => r.actualStart)).toEqual([1, 3]);
    const short = out.copyfit[0];
    expect(short.status).toBe("short");
    expect(short.text).toMatch(/^p\. 1 a 空余约 \d+ 栏, 约 \d+ 字; 补白 1 页$/);
    // never more filler pages than the copyfit says are missing
    expect(-short.lines).toBeGreaterThanOrEqual(out.plans[0].fillerPages * PAGE);
  });

  it("names a run that cannot fit, with how much is over in 字 and lines", async () => {
    const iss = issue(
      [
        ["a", 1],
        ["b", 2],
      ],
      2,
    );
    const out = await fitLayout(iss, simulate(iss, { a: 1.3 * PAGE, b: 0.9 * PAGE }), { cacheDir: cacheDir() });
    expect(out.overfull.map((o) => o.run.articleIds)).toEqual([["a"]]);
    const over = out.overfull[0].copyfit;
    expect(over.lines).toBeGreaterThan(20);
    expect(over.chars).toBe(Math.round((over.lines * CPL) / 10) * 10);
    expect(over.text).toBe(`p. 1 a 超出约 ${over.chars} 字 (${over.lines} 行)`);
  });

  it("continues an article that allows it on its later page (转页) instead of failing", async () => {
    const iss = issue(
      [
        ["a", 1, { continuedOn: 2 }],
        ["b", 2],
      ],
      3,
    );
    const out = await fitLayout(iss, simulate(iss, { a: 1.3 * PAGE, b: 1.2 * PAGE }), { cacheDir: cacheDir() });
    expect(out.overfull).toEqual([]);
    expect(out.plans[0].jump).toMatchObject({ articleId: "a", toPage: 2 });
    expect(out.rows.map((r) => r.actualStart)).toEqual([1, 2]);
  });

  it("remembers the plans and the copyfit, so an unchanged issue is laid out once", async () => {
    const dir = cacheDir();
    const iss = issue(
      [
        ["a", 1],
        ["b", 3],
        ["c", 5],
      ],
      6,
    );
    const layOut = simulate(iss, { a: 1.6 * PAGE, b: 1.7 * PAGE, c: 1.95 * PAGE }, ["a"]);
    const first = await fitLayout(iss, layOut, { cacheDir: dir });
    expect(first.passes).toBeGreaterThan(1);
    const cached = loadFitCache(dir, "2099-01", fitContext(iss));
    expect([...cached].find(([k]) => k.startsWith("a@"))?.[1].figures["a-fig"]).toBeDefined();
    expect(lastCopyfit(dir, "2099-01")?.copyfit.map((c) => c.text)).toEqual(first.copyfit.map((c) => c.text));
    const again = await fitLayout(iss, layOut, { cacheDir: dir });
    expect(again.passes).toBe(1);
    expect(cachedFitPlan(iss, { cacheDir: dir })?.css).toContain('"a-fig"');
    // An edited run keeps the plan its articles had (the preview's pages stay as printed, the edit in them).
    const edited = structuredClone(iss);
    const a = present(
      edited.articles.find((x) => x.id === "a"),
      "article a",
    );
    a.blocks = [...a.blocks, { ...a.blocks[0], id: "a-more" }];
    expect(cachedFitPlan(edited, { cacheDir: dir })?.css).toBe(cachedFitPlan(iss, { cacheDir: dir })?.css);
  });

  it("never starts from a plan made for other sources: after an edited copy filled the cache, the fit is a cold one", async () => {
    const plan: [string, number][] = [
      ["a", 1],
      ["b", 3],
      ["c", 5],
    ];
    const cold = await fitLayout(
      issue(plan, 6),
      simulate(issue(plan, 6), { a: 1.6 * PAGE, b: 1.7 * PAGE, c: 1.95 * PAGE }, ["a"]),
      {
        cacheDir: cacheDir(),
      },
    );
    // The same issue id with article a edited (its text longer): its settled plan goes into the cache.
    const dir = cacheDir();
    const edited = issue(plan, 6);
    edited.articles[0] = { ...edited.articles[0], markdown: `${edited.articles[0].markdown}\n\nmore text` };
    await fitLayout(edited, simulate(edited, { a: 1.9 * PAGE, b: 1.7 * PAGE, c: 1.95 * PAGE }, ["a"]), {
      cacheDir: dir,
    });
    const iss = issue(plan, 6);
    const warm = await fitLayout(iss, simulate(iss, { a: 1.6 * PAGE, b: 1.7 * PAGE, c: 1.95 * PAGE }, ["a"]), {
      cacheDir: dir,
    });
    expect(warm.plans).toEqual(cold.plans);
    expect(warm.copyfit).toEqual(cold.copyfit);
  });

  it("keeps no plan made in another context (magazine, templates, styles, layout code)", async () => {
    const dir = cacheDir();
    const iss = issue([["a", 1]], 2);
    await fitLayout(iss, simulate(iss, { a: 1.6 * PAGE }, ["a"]), { cacheDir: dir });
    expect(loadFitCache(dir, "2099-01", fitContext(iss)).size).toBeGreaterThan(0);
    expect(loadFitCache(dir, "2099-01", "another context").size).toBe(0);
  });
});
