/** Low-resolution proof of the press PDF for approval by e-mail: gs /screen, colours as printed (CMYK). */
import type { Issue } from "../model/types.js";
import { finalizePdf } from "./finalize-pdf.js";
import { gs, proofArgs } from "./ghostscript.js";
import { issueDate, issueLabel, issueUuids } from "./ids.js";

export async function makeProofPdf(issue: Issue, pressPdf: string, outPath: string, signal?: AbortSignal): Promise<{ gsMs: number }> {
  const { ms } = await gs(proofArgs({ input: pressPdf, output: outPath, ...issueUuids(issue, "proof") }), signal);
  await finalizePdf(outPath, { title: `${issueLabel(issue)} 校样 proof`, date: issueDate(issue), signal });
  return { gsMs: ms };
}
