/**
 * A layout pass run by run, in one page (run-layout.js): the page is loaded once with print.html's
 * head (styles, fonts, handlers), then each run is laid out on its own with its first folio, its
 * left/right start and its own fit rules; its pages (as Paged.js made them) and facts are kept in
 * the run cache. The PDF is printed once for the issue, from every run's pages shown together in
 * that page (printIssue): one set of font subsets, links and tags as Chromium makes them.
 * The 目录 gives its numbers as text (its targets are in other runs): it is laid out again once the
 * pages are known. The notes pages before 封三 are as many as make the issue a multiple of 4.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer";
import { isCoverPage } from "./page-map.js";
import { readHandlerFacts } from "./layout-facts.js";
import { readLayout } from "./read-layout.js";
import { fitCssFor, issueStrings, runBody, runRole, splitRuns, takeFitStyle } from "./runs.js";
import { ROLES } from "../../contract/layout/dom.js";
import { joinRuns, placeRun, type RunFacts } from "./run-merge.js";
import { HANDLER_SCRIPTS, type Paginator } from "./paginate.js";
import { RUNS_PAGE, runsBaseKey } from "./layout-cache.js";
import { openRunCache, runKey, type RunPages } from "./run-cache.js";
import { InternalError } from "../../contract/errors.js";

export const RUN_SCRIPT = fileURLToPath(new URL("../../browser/paged/run-layout.js", import.meta.url));

export interface PlacedRun {
  /** Issue page index of its first page; whether it was laid out after a spacer page. */
  at: number;
  spacer: boolean;
  /** Folio pages before it in the issue. */
  counted: number;
  /** Its rules as laid out (fit, 目录 numbers). */
  css: string;
  facts: RunFacts;
  /** Its pages as Paged.js made them (spacer left out), for printIssue. */
  pages: RunPages;
}

export interface RunPassResult {
  facts: RunFacts;
  runs: PlacedRun[];
  padding: { base: number; kept: number; removed: number; available: number };
  /** Runs laid out in Chromium, and runs the run cache gave. */
  counts: { laidOut: number; fromCache: number };
  /** The page the runs were laid out in (opened on demand), for printIssue. */
  page: () => Promise<{ page: Page; paginator: Paginator }>;
  /** A stylesheet text by its hash (the run cache's, or this pass's). */
  style: (hash: string) => string | undefined;
}

const isPad = (run: string) => runRole(run) === ROLES.pad;
const isToc = (run: string) => runRole(run) === ROLES.toc;

/** Lays out every run of `htmlFile`; `tocCss` gives the 目录's numbers as CSS from the issue's pages. */
export async function layOutByRuns(
  browser: () => Promise<Paginator>,
  htmlFile: string,
  opts: { scripts: readonly string[]; tocCss: (pages: RunFacts["pages"]) => string; cacheDir?: string },
): Promise<RunPassResult> {
  const html = readFileSync(htmlFile, "utf8");
  const { fitCss, html: withoutFit } = takeFitStyle(html);
  const { head, runs, tail } = splitRuns(withoutFit);
  const strings = issueStrings(runs);
  const dir = path.dirname(htmlFile);
  // The page the runs are laid out in: print.html's head (no fit rules: those go with each run).
  writeFileSync(path.join(dir, RUNS_PAGE), `${head}\n${tail}`);
  const cache = openRunCache(opts.cacheDir);
  const base = runsBaseKey(dir, [...HANDLER_SCRIPTS, RUN_SCRIPT], [path.basename(htmlFile)]);
  const counts = { laidOut: 0, fromCache: 0 };
  let live: { page: Page; paginator: Paginator } | undefined;
  const placed: PlacedRun[] = [];
  // Every call into the page is guarded: a browser that dies ends it at once, a hung one at the timeout.
  const put = (paginator: Paginator, p: Page, index: number, r: PlacedRun) =>
    paginator.guard(
      "print: placing a laid-out run (Chromium)",
      p.evaluate(
        (i: number, pages: string, rules: string, css: string, n: number) =>
          window.folioPutRun(i, pages, rules, css, n),
        index,
        r.pages.pages,
        r.pages.rules,
        r.css,
        r.counted,
      ),
    );
  // The page: loaded when a run must be laid out (or the issue printed), with the runs placed so far.
  const open = async () => {
    if (live) return live;
    const paginator = await browser();
    live = { page: (await paginator.layout(path.join(dir, RUNS_PAGE), [...opts.scripts, RUN_SCRIPT])).page, paginator };
    for (const [i, r] of placed.entries()) await put(paginator, live.page, i, r);
    return live;
  };
  const layOne = async (index: number, run: string, at: number, counted: number, extraCss = ""): Promise<PlacedRun> => {
    const spacer = at % 2 === 1;
    const body = runBody(run, strings, spacer);
    const css = fitCssFor(fitCss, run) + extraCss;
    const key = runKey(base, body, css, counted);
    const got = cache.get(key);
    if (got) {
      counts.fromCache++;
      const r = { at, spacer, counted, css, facts: placeRun(got.facts, at, spacer ? 1 : 0), pages: got.pages };
      if (live) await put(live.paginator, live.page, index, r);
      return r;
    }
    const { page: p, paginator } = await open();
    await paginator.guard(
      "print: pagination of a run (Paged.js)",
      p.evaluate((b: string, c: string, n: number) => window.folioLayOutRun(b, c, n), body, css, counted),
    );
    const [handler, layout] = await paginator.guard(
      "print: reading a run's layout (Chromium)",
      Promise.all([readHandlerFacts(p), readLayout(p)]),
    );
    const facts: RunFacts = {
      pages: handler.pages,
      images: handler.images,
      layout,
      warnings: handler.warnings,
      proxied: handler.proxied,
    };
    const { texts, ...pages } = await paginator.guard(
      "print: keeping a run's pages (Chromium)",
      p.evaluate(
        (i: number, s: boolean, c: string, n: number) => window.folioKeepRun(i, s, c, n),
        index,
        spacer,
        css,
        counted,
      ),
    );
    for (const [h, t] of Object.entries(texts)) cache.putStyle(h, t);
    cache.put(key, facts, pages);
    counts.laidOut++;
    return { at, spacer, counted, css, facts: placeRun(facts, at, spacer ? 1 : 0), pages };
  };
  const next = () => {
    const pages = placed.flatMap((r) => r.facts.pages);
    return { at: pages.length, counted: pages.filter((p) => !isCoverPage(p)).length };
  };
  const pads = runs.filter(isPad).length;
  // 封三 and 封四 take one page each: the notes pages before them are decided before they are laid out.
  const lastTwo = 2;
  let kept = 0;
  let toc = -1;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (isPad(run)) {
      if (runs.slice(0, i).some(isPad)) continue;
      kept = Math.min(pads, (4 - ((next().at + lastTwo) % 4)) % 4);
      for (const p of runs.slice(i, i + kept)) {
        const n = next();
        placed.push(await layOne(placed.length, p, n.at, n.counted));
      }
      continue;
    }
    const n = next();
    if (isToc(run)) toc = placed.length;
    placed.push(await layOne(placed.length, run, n.at, n.counted, isToc(run) ? opts.tocCss([]) : ""));
  }
  // The 目录's numbers, from the pages: it is laid out again with them (same page count, or the
  // runs after it would move: that is an error to fix in the 目录's design, not laid out twice).
  if (toc >= 0) {
    const css = opts.tocCss(placed.flatMap((r) => r.facts.pages));
    const was = placed[toc];
    if (css && !was.css.endsWith(css)) {
      const tocRun = runs.find(isToc);
      if (!tocRun) throw new InternalError("print: the 目录 was laid out but its run is gone");
      placed[toc] = await layOne(toc, tocRun, was.at, was.counted, css);
      if (placed[toc].facts.pages.length !== was.facts.pages.length) {
        throw new InternalError(
          `print: the 目录 takes ${placed[toc].facts.pages.length} page(s) with its page numbers, ${was.facts.pages.length} without`,
        );
      }
    }
  }
  const facts = joinRuns(placed.map((r) => r.facts));
  return {
    facts,
    runs: placed,
    padding: { base: facts.pages.length - kept, kept, removed: pads - kept, available: pads },
    counts,
    page: open,
    style: (h) => cache.getStyle(h),
  };
}

/** The issue's PDF: every run's pages, kept in the runs' page in order, printed once by Chromium. */
export async function printIssue(pass: RunPassResult): Promise<Uint8Array> {
  const { page, paginator } = await pass.page();
  const expected = pass.facts.pages.length;
  const texts: Record<string, string> = {};
  for (const h of new Set(pass.runs.flatMap((r) => r.pages.styles))) {
    const t = pass.style(h);
    if (t === undefined)
      throw new InternalError(
        `print: a stylesheet of the laid-out runs is missing from the run cache (${h.slice(0, 12)}); build again`,
      );
    texts[h] = t;
  }
  const shown = await paginator.guard(
    "print: the issue's pages (Chromium)",
    page.evaluate((t) => window.folioPrintReady(t), texts),
  );
  if (shown !== expected)
    throw new InternalError(`print: ${shown} pages shown for printing, the runs have ${expected}`);
  return paginator.guard(
    "print: PDF output (Chromium)",
    page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      tagged: true,
      timeout: 0,
    }),
  );
}
