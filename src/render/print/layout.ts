/**
 * Laying out the print edition in one browser: when the issue has a flatplan (planned pages), the
 * fitter lays out until every run sits on its planned pages (src/flatplan/loop.ts); then the PDF is
 * printed from the last layout. An article that cannot fit is a named error.
 */
import type { StageContext } from "../../pipeline/types.js";
import { fitLayout, type FitOutcome } from "../../flatplan/loop.js";
import { hasFlatplan } from "../../flatplan/runs.js";
import { fitTable } from "../../flatplan/report.js";
import { FolioError } from "../../model/errors.js";
import type { Issue } from "../../model/types.js";
import type { PrintHtml } from "./html.js";
import { folios } from "./page-map.js";
import type { Page } from "puppeteer";
import { HANDLER_SCRIPTS, openPaginator, type Paginator, type Pagination } from "./paginate.js";
import { layoutCacheDir, layoutKey, openLayoutCache, type StoredPass } from "./layout-cache.js";
import type { PrintFit } from "./view-model.js";
import { charsPerLine } from "../../type/grid.js";
import { writeProxies, type ProxySet } from "./proxies.js";

export interface LaidOut {
  pag: Pagination;
  html: PrintHtml;
  fit?: Omit<FitOutcome<unknown>, "pass">;
  /** Layout passes made in the browser, and passes taken from the layout cache (layout-cache.ts). */
  passes: { laidOut: number; fromCache: number };
  /** The photos' stand-ins the pages were laid out and printed with (proxies.ts). */
  proxies: ProxySet;
}

/** A pass as the fitter sees it: stored data, and the live page when it was laid out in this build. */
interface Pass {
  key: string;
  stored: StoredPass;
  page?: Page;
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
  const cache = openLayoutCache(opts.layoutCache ?? layoutCacheDir());
  // Chromium starts only when a pass is not in the cache.
  let paginator: Paginator | undefined;
  const browser = async () => (paginator ??= await openPaginator({ timeoutMs: opts.timeoutMs, log: ctx.log, signal: ctx.signal }));
  const counts = { laidOut: 0, fromCache: 0 };
  try {
    let html: PrintHtml | undefined;
    let proxies: ProxySet | undefined;
    let layoutMs = 0;
    let pagedjsMs = 0;
    // Requests the renderer refused, in any pass (live or cached).
    const blocked = new Set<string>();
    const inBrowser = async (key: string): Promise<Pass> => {
      const p = await browser();
      const before = p.blocked.length;
      const { page, ...rest } = await p.layout(html!.file, [proxies!.script]);
      counts.laidOut++;
      layoutMs += rest.ms;
      pagedjsMs += rest.pagedjsMs;
      const stored: StoredPass = { ...rest, blocked: p.blocked.slice(before) };
      cache.put(key, stored);
      for (const b of stored.blocked) blocked.add(b);
      return { key, stored, page };
    };
    const layOut = async (fit: PrintFit | undefined, n: number): Promise<Pass> => {
      html = await opts.write(fit, n === 1);
      // The photos are installed with the first pass; later passes only rewrite print.html.
      proxies ??= await writeProxies(html.dir);
      const key = layoutKey(html.file, HANDLER_SCRIPTS);
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
      const outcome = await fitLayout(issue, async (plan, n) => {
        const p = await layOut(plan, n);
        const s = p.stored;
        return { pass: p, view: { layout: s.layout, folios: folios(s.pages), roles: s.pages.map((x) => x.roles) } };
      }, { log: ctx.log, charsPerLine: charsPerLine(issue), sources: opts.sources });
      ({ pass } = outcome);
      fit = { passes: outcome.passes, rows: outcome.rows, copyfit: outcome.copyfit, plans: outcome.plans, overfull: outcome.overfull };
      ctx.log(`flatplan: ${outcome.passes} layout pass(es)\n${fitTable(outcome.rows)}`);
      ctx.log(`copyfit (字 over or missing per run, from the measured layout):\n${outcome.copyfit.map((c) => `  ${c.text}`).join("\n")}`);
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
        // The last pass is the last HTML written; laid out again if it came from the cache without its PDF.
        const live = pass.page ? pass : await inBrowser(pass.key);
        pdf = await paginator!.pdf({ ...live.stored, page: live.page! });
        cache.putPdf(pass.key, pdf);
      }
    }
    const { ms: _ms, pagedjsMs: _p, blocked: _b, ...rest } = pass.stored;
    const pag: Pagination = {
      ...rest,
      ms: layoutMs,
      pagedjsMs,
      pdf,
      blocked: [...blocked],
      timings: { launchMs: paginator?.launchMs ?? 0, paginateMs: layoutMs, pagedjsMs, pdfMs: Math.round(performance.now() - t) },
    };
    ctx.log(`layout: ${counts.laidOut} pass(es) laid out, ${counts.fromCache} from the layout cache`);
    return { pag, html: html!, fit, passes: counts, proxies: proxies! };
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
  const problems = outcome.rows
    .filter((r) => r.status === "overfull" || r.status === "moved")
    .map((r) => ({
      ...sourceOf(r.articles[0]),
      field: "page",
      message:
        r.status === "overfull"
          ? `does not fit its ${r.slotPages} planned page(s) from p.${r.plannedStart} with the smallest photos and no pull quotes: ${r.copyfit}; shorten it, plan more pages in issue.yaml or let it continue on a later page (continued_on)`
          : `planned on p.${r.plannedStart} but starts on p.${r.actualStart ?? "?"} (an earlier article does not fit)`,
    }));
  if (problems.length) throw new FolioError(problems);
}
