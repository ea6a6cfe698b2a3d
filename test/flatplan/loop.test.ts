/**
 * The fitting loop on synthetic issues, with a simulated layout: each run's length is its text
 * amount divided by the capacity of its current setting (the same model the fitter plans with,
 * plus a deliberate error), so overfull, underfull and impossible runs are exercised without a browser.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedFitPlan, fitLayout, type FitPlan, type PassView } from "../../src/flatplan/loop.js";
import { capacity, NEUTRAL, TIGHTEN, LOOSEN } from "../../src/flatplan/ladder.js";
import { loadFitCache } from "../../src/flatplan/cache.js";
import type { Article, Issue } from "../../src/model/types.js";

const article = (id: string, plannedPage: number): Article =>
  ({ id, plannedPage, title: id, inToc: true, blocks: [{ id: `${id}-1`, type: "paragraph", html: "正文。", text: "正文。", classes: [] }] }) as unknown as Article;

function issue(plan: [string, number][], pages: number): Issue {
  return { id: "2099-01", pages, articles: plan.map(([id, p]) => article(id, p)) } as unknown as Issue;
}

/** Pages of text per article at the design setting. */
function simulate(iss: Issue, amount: Record<string, number>, error = 0.97) {
  return async (plan: FitPlan) => {
    const settingOf = (id: string) => {
      const css = plan.css.split("\n").find((l) => l.includes(`"${id}"`));
      if (!css) return NEUTRAL;
      const num = (k: string) => Number(new RegExp(`--fit-${k}: (-?[\\d.]+)`).exec(css)![1]);
      return { ...NEUTRAL, leading: num("leading"), tracking: num("tracking"), fontScale: num("font") };
    };
    const pagesOf: Record<string, number[]> = {};
    const fill: number[] = [];
    const roles: string[][] = [];
    let page = 0;
    for (const a of iss.articles) {
      const len = (amount[a.id] / capacity(settingOf(a.id))) * error;
      const whole = Math.ceil(len);
      pagesOf[a.id] = Array.from({ length: whole }, (_, i) => page + i);
      for (let i = 0; i < whole; i++) {
        fill.push(i === whole - 1 ? len - (whole - 1) : 1);
        roles.push([]);
      }
      page += whole;
      for (let f = 0; f < (plan.fillersAfter.get(a.id) ?? 0); f++, page++) {
        fill.push(0);
        roles.push(["filler"]);
      }
    }
    const view: PassView = { layout: { pagesOf, fill }, folios: fill.map((_, i) => i + 1), roles };
    return { pass: view, view };
  };
}

const cacheDir = () => mkdtempSync(path.join(tmpdir(), "folio-fit-cache-"));

describe("fitLayout", () => {
  it("tightens an overfull article until it fits its slot, and the next one keeps its page", async () => {
    const iss = issue([["a", 1], ["b", 3], ["c", 5]], 6);
    const out = await fitLayout(iss, simulate(iss, { a: 1.8, b: 2.25, c: 1.9 }), { cacheDir: cacheDir() });
    const b = out.rows[1];
    expect(b.status).toBe("fits");
    expect(b.tool).not.toBe("as designed");
    expect(TIGHTEN.map((t) => t.name)).toContain(b.tool);
    expect(out.rows.map((r) => r.actualStart)).toEqual([1, 3, 5]);
    expect(out.impossible).toEqual([]);
  });

  it("gives an underfull article filler pages (and loosens a thin last page) so the plan holds", async () => {
    const iss = issue([["a", 1], ["b", 5]], 6);
    const out = await fitLayout(iss, simulate(iss, { a: 1.95, b: 1.9 }, 1), { cacheDir: cacheDir() });
    expect(out.rows[0]).toMatchObject({ fillerPages: 2, actualStart: 1 });
    expect(out.rows[1].actualStart).toBe(5);
    const thin = issue([["a", 1], ["b", 3]], 4);
    const loose = await fitLayout(thin, simulate(thin, { a: 1.3, b: 1.9 }, 1), { cacheDir: cacheDir() });
    expect(LOOSEN.map((l) => l.name)).toContain(loose.rows[0].tool);
  });

  it("names an article that cannot fit, with how much is over, after at most five passes", async () => {
    const iss = issue([["a", 1], ["b", 2]], 2);
    const out = await fitLayout(iss, simulate(iss, { a: 3, b: 0.9 }, 1), { cacheDir: cacheDir() });
    expect(out.passes).toBeLessThanOrEqual(5);
    expect(out.impossible.map((i) => i.run.articleIds)).toEqual([["a"]]);
    expect(out.impossible[0].overPages).toBeGreaterThan(1);
    expect(out.rows[1].status).toBe("moved");
  });

  it("remembers what settled, so an unchanged issue is laid out once", async () => {
    const dir = cacheDir();
    const iss = issue([["a", 1], ["b", 3], ["c", 5]], 6);
    const layOut = simulate(iss, { a: 1.8, b: 2.25, c: 1.9 });
    const first = await fitLayout(iss, layOut, { cacheDir: dir });
    expect(first.passes).toBeGreaterThan(1);
    expect(loadFitCache(dir, "2099-01").get("b")?.level).toBeGreaterThan(0);
    const again = await fitLayout(iss, layOut, { cacheDir: dir });
    expect(again.passes).toBe(1);
    expect(cachedFitPlan(iss, dir)?.css).toContain('"b"');
  });
});
