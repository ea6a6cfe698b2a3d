/**
 * The copyfit report for `folio check`: from the last layout of the issue (the flatplan cache, when
 * it was measured on the sources as they are now), else from a layout made now (Chromium, the
 * flatplan fitting loop, no PDF; about a minute for 2022-08), unless `--no-layout`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lastCopyfit } from "../flatplan/cache.js";
import { hasFlatplan, planRuns } from "../flatplan/runs.js";
import { copyfitProposals, proposalLine, proposedArticles } from "../flatplan/proposals.js";
import type { Copyfit } from "../flatplan/copyfit.js";
import { sourcesFingerprint } from "../flatplan/fingerprint.js";
import type { Issue } from "../model/types.js";
import { FolioError } from "../contract/errors.js";

export interface CopyfitResult {
  copyfit: Copyfit[];
  /** Where it comes from: the last layout (with its time), a layout made now, or none. */
  from: "last layout" | "new layout" | "none";
  at?: Date;
}

export async function issueCopyfit(
  issue: Issue,
  opts: { layout: boolean; log?: (m: string) => void },
): Promise<CopyfitResult> {
  if (!hasFlatplan(issue.articles)) return { copyfit: [], from: "none" };
  const sources = sourcesFingerprint(issue.dir);
  const last = lastCopyfit(undefined, issue.id);
  if (last && last.sources === sources) return { copyfit: last.copyfit, from: "last layout", at: last.at };
  if (!opts.layout) return { copyfit: [], from: "none" };
  // The layout modules (Chromium, Paged.js) load only when a layout is needed.
  const [{ assemblePrint }, { layOutIssue }, { typesetIssue }] = await Promise.all([
    import("../render/print/assemble.js"),
    import("../render/print/layout.js"),
    import("../type/typeset.js"),
  ]);
  const out = mkdtempSync(path.join(tmpdir(), `folio-copyfit-${issue.id}-`));
  try {
    const set = typesetIssue(issue);
    const laid = await layOutIssue(
      set,
      { outDir: out, log: opts.log ?? (() => {}), warn: () => {} },
      {
        write: assemblePrint(set, out).write,
        sources,
        pdf: false,
      },
    ).catch((e: unknown) => {
      // An article that cannot fit is reported by the copyfit itself, not as an error here.
      if (e instanceof FolioError) return undefined;
      throw e;
    });
    const now = lastCopyfit(undefined, issue.id);
    return { copyfit: laid?.fit?.copyfit ?? now?.copyfit ?? [], from: "new layout", at: now?.at };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Lines for the terminal: every run that is over or short, then a count, then what to cut or jump. */
export function copyfitLines(r: CopyfitResult, issue?: Issue): string[] {
  if (r.from === "none")
    return ["  copyfit: no layout of these sources yet (run folio build, or folio check without --no-layout)"];
  const when = r.at ? ` of ${r.at.toISOString().slice(0, 16).replace("T", " ")}` : "";
  const notable = r.copyfit.filter((c) => c.status !== "fits");
  return [
    `  copyfit (${r.from}${when}): ${r.copyfit.length - notable.length} of ${r.copyfit.length} runs fit their pages`,
    ...notable.map((c) => `    ${c.text}`),
    ...(issue
      ? copyfitProposals(r.copyfit, planRuns(issue.articles), proposedArticles(issue.articles)).map(
          (p) => `    ${proposalLine(p)}`,
        )
      : []),
  ];
}
