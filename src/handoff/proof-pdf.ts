/**
 * Low-resolution proof of the press PDF for approval by e-mail: gs downsampling with the colours as
 * printed (CMYK), then the proof marks outside the trim (proof-stamp.ts): 校样 · 非印刷用 on every page,
 * and for a draft 草稿 · draft with each placeholder on its page.
 */
import type { Issue } from "../model/types.js";
import { finalizePdf } from "./finalize-pdf.js";
import { gs, proofArgs } from "./ghostscript.js";
import { issueDate, issueLabel, issueUuids } from "./ids.js";
import { PROOF_MARK, stampProof, type ProofLine } from "./proof-stamp.js";

/** Runs gs; the marks are added by finishProofPdf once preflight has said what is a placeholder. */
export async function proofGs(issue: Issue, pressPdf: string, outPath: string, signal?: AbortSignal): Promise<{ gsMs: number }> {
  const { ms } = await gs(proofArgs({ input: pressPdf, output: outPath, ...issueUuids(issue, "proof") }), signal);
  return { gsMs: ms };
}

/** Slug lines per page (pure). */
export function proofLines(issue: Issue, pageNames: string[], placeholders: { page: number; what: string }[]): ProofLine[] {
  const draft = placeholders.length > 0;
  return pageNames.map((name, i) => {
    const page = i + 1;
    const mine = placeholders.filter((p) => p.page === page);
    const head = `${PROOF_MARK}${draft ? " · 草稿 · draft" : ""} · ${issueLabel(issue)} · ${name}`;
    const bottom = mine.length
      ? `占位 placeholder: ${mine.map((p) => p.what).join("; ")}`
      : page === 1 && draft ? `草稿 · draft: ${placeholders.length} placeholder(s), on ${[...new Set(placeholders.map((p) => pageNames[p.page - 1]))].join(", ")}` : undefined;
    return { page, top: head, ...(bottom ? { bottom } : {}) };
  });
}

export async function finishProofPdf(issue: Issue, outPath: string, lines: ProofLine[], signal?: AbortSignal): Promise<void> {
  await finalizePdf(outPath, { title: `${issueLabel(issue)} 校样 proof`, date: issueDate(issue), signal, edit: (doc) => stampProof(doc, lines) });
}
