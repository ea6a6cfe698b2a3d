/**
 * The type report of a built issue: the screen PDF read back with MuPDF, against the magazine's type
 * setting and the layout's page roles (src/type/report.ts).
 */
import type { Issue } from "../model/types.js";
import { ptToMm, typeGrid } from "./grid.js";
import { readPdfLines } from "./pdf-text.js";
import { typeReport, type PageRole, type TypeReport } from "./report.js";

const mmToPt = (mm: number) => mm / ptToMm(1);

/** `keys`: the screen PDF's page keys (src/pdf/page-keys.ts), read from the file when not given. */
export async function readTypeReport(
  screenPdf: string,
  issue: Issue,
  layout: PageRole[],
  keys?: string[],
): Promise<TypeReport> {
  const grid = typeGrid(issue.magazine.trim, issue.magazine.type);
  const top = mmToPt(grid.marginsMm.top);
  const area = { top, bottom: top + mmToPt(grid.typeArea.heightMm) };
  const titles = new Map(issue.articles.map((a) => [a.id, a.titleBreaks ?? a.title]));
  const columnPt = mmToPt(Math.min(grid.columns[2].widthMm, grid.columns[3].widthMm));
  return typeReport(
    await readPdfLines(screenPdf, keys),
    layout,
    { bodyPt: grid.bodyPt, leadingPt: grid.leadingPt, area, columnPt },
    titles,
  );
}

/** The report's findings as log lines (fails and warnings), and a one-line summary. */
export function typeSummary(r: TypeReport): string {
  const bad = r.checks.filter((c) => c.status !== "pass");
  const under = r.pages.filter((p) => p.empty > 0.2);
  return [
    `type: body ${r.bodySizes.join(", ") || "—"} pt on ${r.leadings.join(", ") || "—"} pt leading over ${r.pages.length} inner pages (magazine: ${r.expected.bodyPt}/${r.expected.leadingPt}); ${r.runts.length} short last line(s); ${r.fillers.length} filler page(s)`,
    ...under.map(
      (p) =>
        `  p. ${p.folio}: ${Math.round(p.empty * 100)}% empty at the foot${p.lastOfArticle ? " (an article's last page)" : ""}`,
    ),
    ...bad.map((c) => `  ${c.status}: ${c.check}${c.page ? ` (PDF page ${c.page})` : ""}: ${c.message}`),
  ].join("\n");
}
