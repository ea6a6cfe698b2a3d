/**
 * Laying out the print edition in one browser: when the issue has a flatplan (planned pages), the
 * fitter lays out until every run sits on its planned pages (src/flatplan/loop.ts); then the PDF is
 * printed from the last layout. An article that cannot fit is a named error.
 */
import type { StageContext } from "../../build/types.js";
import { fitLayout, type FitOutcome } from "../../flatplan/loop.js";
import { fitTable } from "../../flatplan/report.js";
import { FolioError } from "../../model/errors.js";
import type { Issue } from "../../model/types.js";
import type { PrintHtml } from "./html.js";
import { folios } from "./page-map.js";
import { openPaginator, type LayoutPass, type Pagination } from "./paginate.js";
import type { PrintFit } from "./view-model.js";

export interface LaidOut {
  pag: Pagination;
  html: PrintHtml;
  fit?: Omit<FitOutcome<unknown>, "pass">;
}

export async function layOutIssue(
  issue: Issue,
  ctx: StageContext,
  opts: { write: (fit: PrintFit | undefined, first: boolean) => Promise<PrintHtml>; timeoutMs?: number },
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
    if (issue.articles[0]?.plannedPage !== undefined) {
      const outcome = await fitLayout(issue, async (plan, n) => {
        const p = await layOut(plan, n);
        return { pass: p, view: { layout: p.layout, folios: folios(p.pages), roles: p.pages.map((x) => x.roles) } };
      }, { log: ctx.log });
      ({ pass } = outcome);
      fit = { passes: outcome.passes, rows: outcome.rows, impossible: outcome.impossible };
      ctx.log(`flatplan: ${outcome.passes} layout pass(es)\n${fitTable(outcome.rows)}`);
      reportMisfits(issue, outcome);
    } else {
      pass = await layOut(undefined, 1);
    }
    const t = performance.now();
    const pdf = await paginator.pdf(pass);
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
          ? `does not fit its ${r.slotPages} planned page(s) from p.${r.plannedStart}: ${r.over.toFixed(2)} page(s) over at the tightest setting (${r.tool}); shorten it or plan more pages in issue.yaml`
          : `planned on p.${r.plannedStart} but starts on p.${r.actualStart ?? "?"} (an earlier article does not fit)`,
    }));
  if (problems.length) throw new FolioError(problems);
}
