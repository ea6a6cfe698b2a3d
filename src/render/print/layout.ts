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
import { openPaginator, type LayoutPass, type Pagination } from "./paginate.js";
import type { PrintFit } from "./view-model.js";
import { charsPerLine } from "../../type/grid.js";

export interface LaidOut {
  pag: Pagination;
  html: PrintHtml;
  fit?: Omit<FitOutcome<unknown>, "pass">;
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
  },
): Promise<LaidOut> {
  const paginator = await openPaginator({ timeoutMs: opts.timeoutMs, log: ctx.log, signal: ctx.signal });
  try {
    let html: PrintHtml | undefined;
    let layoutMs = 0;
    let pagedjsMs = 0;
    const layOut = async (fit: PrintFit | undefined, n: number) => {
      html = await opts.write(fit, n === 1);
      const pass = await paginator.layout(html.file);
      layoutMs += pass.ms;
      pagedjsMs += pass.pagedjsMs;
      return pass;
    };
    let pass: LayoutPass;
    let fit: LaidOut["fit"];
    if (hasFlatplan(issue.articles)) {
      const outcome = await fitLayout(issue, async (plan, n) => {
        const p = await layOut(plan, n);
        return { pass: p, view: { layout: p.layout, folios: folios(p.pages), roles: p.pages.map((x) => x.roles) } };
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
    const pdf = opts.pdf === false ? new Uint8Array() : await paginator.pdf(pass);
    const { page: _page, ...rest } = pass;
    const pag: Pagination = {
      ...rest,
      pdf,
      blocked: paginator.blocked,
      timings: { launchMs: paginator.launchMs, paginateMs: layoutMs, pagedjsMs, pdfMs: Math.round(performance.now() - t) },
    };
    return { pag, html: html!, fit };
  } finally {
    await paginator.close();
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
