/**
 * Laying out the print edition in one browser: when the issue has a flatplan (planned pages), the
 * fitter lays out until every run sits on its planned pages (src/flatplan/loop.ts); then the PDF is
 * printed from the last layout. An article that cannot fit is a named error.
 */
import type { StageContext } from "../../contract/stage.js";
import { fitLayout, type FitOutcome } from "../../flatplan/loop.js";
import { hasFlatplan } from "../../flatplan/runs.js";
import { fitTable } from "../../flatplan/report.js";
import { copyfitProposals, proposedArticles } from "../../flatplan/proposals.js";
import { planRuns } from "../../flatplan/runs.js";
import { FolioError, InternalError, type Problem } from "../../contract/errors.js";
import type { Issue } from "../../model/types.js";
import type { PrintHtml } from "./html.js";
import { folios } from "./page-map.js";
import { HANDLER_SCRIPTS, openPaginator, type Paginator, type Pagination } from "./paginate.js";
import { layoutKey, openLayoutCache, type StoredPass } from "./layout-cache.js";
import { layoutCacheDir } from "../../util/config.js";
import { layOutByRuns, printIssue, RUN_SCRIPT, type RunPassResult } from "./run-pass.js";
import { tocNumbersCss } from "./run-anchors.js";
import type { PrintFit } from "./view-model.js";
import { charsPerLine } from "../../type/grid.js";
import { writeProxies, type ProxySet } from "./proxies.js";

export interface LaidOut {
  pag: Pagination;
  html: PrintHtml;
  fit?: Omit<FitOutcome<unknown>, "pass">;
  /** Layout passes made in the browser, and passes taken from the layout cache (layout-cache.ts); runs laid out and taken from the run cache. */
  passes: { laidOut: number; fromCache: number; runs: { laidOut: number; fromCache: number } };
  /** The photos' stand-ins the pages were laid out and printed with (proxies.ts). */
  proxies: ProxySet;
}

/** A pass as the fitter sees it: stored data, and its runs when it was laid out in this build. */
interface Pass {
  key: string;
  stored: StoredPass;
  runs?: RunPassResult;
}

export async function layOutIssue(
  issue: Issue,
  ctx: StageContext,
  opts: {
    write: (fit: PrintFit | undefined, first: boolean) => Promise<PrintHtml>;
    timeoutMs?: number;
    /** Fingerprint of the sources, kept with the copyfit report (src/flatplan/fingerprint.ts). */
    sources?: string;
    /** false: lay out and fit only (folio check's copyfit), no PDF. */
    pdf?: boolean;
    /** Layout cache folder (default: $FOLIO_LAYOUT_CACHE or .cache/layout; "off" there: none). */
    layoutCache?: string;
  },
): Promise<LaidOut> {
  const cacheDir = opts.layoutCache ?? layoutCacheDir();
  const cache = openLayoutCache(cacheDir);
  const runCounts = { laidOut: 0, fromCache: 0 };
  // Chromium starts only when a pass is not in the cache.
  let paginator: Paginator | undefined;
  const browser = async () =>
    (paginator ??= await openPaginator({ timeoutMs: opts.timeoutMs, log: ctx.log, signal: ctx.signal }));
  const counts = { laidOut: 0, fromCache: 0 };
  try {
    let html: PrintHtml | undefined;
    let proxies: ProxySet | undefined;
    let layoutMs = 0;
    // Requests the renderer refused, in any pass (live or cached).
    const blocked = new Set<string>();
    // print.html and the photos' stand-ins, written by the first pass (layOut) before any layout.
    const written = (): { html: PrintHtml; proxies: ProxySet } => {
      if (!html || !proxies) throw new InternalError("layout: print.html and its stand-ins are not written yet");
      return { html, proxies };
    };
    const inBrowser = async (key: string): Promise<Pass & { runs: RunPassResult }> => {
      const t = performance.now();
      const before = paginator?.blocked.length ?? 0;
      const page = written();
      const byRuns = await layOutByRuns(browser, page.html.file, {
        scripts: [page.proxies.script],
        tocCss: tocNumbersCss,
        cacheDir,
      });
      const ms = Math.round(performance.now() - t);
      counts.laidOut++;
      runCounts.laidOut += byRuns.counts.laidOut;
      runCounts.fromCache += byRuns.counts.fromCache;
      layoutMs += ms;
      const { facts } = byRuns;
      const stored: StoredPass = {
        ...facts,
        padding: byRuns.padding,
        ms,
        pagedjsMs: 0,
        blocked: paginator?.blocked.slice(before) ?? [],
      };
      cache.put(key, stored);
      for (const b of stored.blocked) blocked.add(b);
      ctx.log(
        `layout: ${byRuns.runs.length} runs, ${byRuns.counts.laidOut} laid out, ${byRuns.counts.fromCache} from the run cache (${ms} ms)`,
      );
      return { key, stored, runs: byRuns };
    };
    const layOut = async (fit: PrintFit | undefined, n: number): Promise<Pass> => {
      html = await opts.write(fit, n === 1);
      // The photos are installed with the first pass; later passes only rewrite print.html.
      proxies ??= await writeProxies(html.dir);
      const key = layoutKey(html.file, [...HANDLER_SCRIPTS, RUN_SCRIPT]);
      const hit = cache.get(key);
      if (!hit) return inBrowser(key);
      counts.fromCache++;
      for (const b of hit.blocked) blocked.add(b);
      ctx.log(`pagination: ${hit.pages.length} pages from the layout cache (${key.slice(0, 12)})`);
      return { key, stored: hit };
    };
    let pass: Pass;
    let fit: LaidOut["fit"];
    if (hasFlatplan(issue.articles)) {
      const outcome = await fitLayout(
        issue,
        async (plan, n) => {
          const p = await layOut(plan, n);
          const s = p.stored;
          return { pass: p, view: { layout: s.layout, folios: folios(s.pages), roles: s.pages.map((x) => x.roles) } };
        },
        { log: ctx.log, charsPerLine: charsPerLine(issue), sources: opts.sources },
      );
      ({ pass } = outcome);
      fit = {
        passes: outcome.passes,
        rows: outcome.rows,
        copyfit: outcome.copyfit,
        plans: outcome.plans,
        overfull: outcome.overfull,
      };
      ctx.log(`flatplan: ${outcome.passes} layout pass(es)\n${fitTable(outcome.rows)}`);
      ctx.log(
        `copyfit (字 over or missing per run, from the measured layout):\n${outcome.copyfit.map((c) => `  ${c.text}`).join("\n")}`,
      );
      reportMisfits(issue, outcome);
    } else {
      pass = await layOut(undefined, 1);
    }
    const t = performance.now();
    let pdf: Uint8Array = new Uint8Array();
    if (opts.pdf !== false) {
      const stored = cache.getPdf(pass.key);
      if (stored) pdf = stored;
      else {
        // The last pass is the last HTML written; its runs come from the run cache if it was stored.
        const runs = pass.runs ?? (await inBrowser(pass.key)).runs;
        pdf = await printIssue(runs);
        cache.putPdf(pass.key, pdf);
      }
    }
    const { ms: _ms, pagedjsMs: _p, blocked: _b, ...rest } = pass.stored;
    const pag: Pagination = {
      ...rest,
      ms: layoutMs,
      // Paged.js's own time is inside each run's layout (paginateMs), not measured apart.
      pagedjsMs: 0,
      pdf,
      blocked: [...blocked],
      timings: {
        launchMs: paginator?.launchMs ?? 0,
        paginateMs: layoutMs,
        pagedjsMs: 0,
        pdfMs: Math.round(performance.now() - t),
      },
    };
    ctx.log(
      `layout: ${counts.laidOut} pass(es) laid out (${runCounts.laidOut} runs in Chromium, ${runCounts.fromCache} from the run cache), ${counts.fromCache} from the layout cache`,
    );
    const done = written();
    return { pag, html: done.html, fit, passes: { ...counts, runs: runCounts }, proxies: done.proxies };
  } finally {
    await paginator?.close();
  }
}

/** Every article that cannot fit, or was pushed off its planned page, is named with how much is over. */
function reportMisfits(issue: Issue, outcome: FitOutcome<unknown>): void {
  const sourceOf = (id: string) => {
    const a = issue.articles.find((x) => x.id === id);
    return a?.plannedPageSource ?? a?.source ?? { file: id, line: undefined };
  };
  const problems: Problem[] = outcome.rows
    .filter((r) => r.status === "overfull" || r.status === "moved")
    .map((r) => ({
      ...sourceOf(r.articles[0]),
      field: "page",
      message:
        r.status === "overfull"
          ? `does not fit its ${r.slotPages} planned page(s) from p.${r.plannedStart} with the smallest photos and no pull quotes: ${r.copyfit}; shorten it, plan more pages in issue.yaml or let it continue on a later page (continued_on)`
          : `planned on p.${r.plannedStart} but starts on p.${r.actualStart ?? "?"} (an earlier article does not fit)`,
    }));
  // What to cut from each article that is over, and where a later run has room, the jump that takes it.
  const proposals = copyfitProposals(outcome.copyfit, planRuns(issue.articles), proposedArticles(issue.articles));
  for (const p of proposals) {
    const a = issue.articles.find((x) => x.id === p.articleId);
    problems.push({ file: p.file, line: a?.source.line, message: p.text });
  }
  if (problems.length) throw new FolioError(problems);
}
