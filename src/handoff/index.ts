/**
 * The printer handoff stage.
 *
 *   buildHandoff(issue, { printPdf, screenPdf, toc }, ctx)
 *     1. press PDF  (work folder): RGB black → gray, gs PDF/X-3:2002, boxes/dates/ID pinned
 *     2. preflight  preflight.json + preflight.html (kind preflight)
 *        any fail → throws PreflightFailed (after both report files are written; no zip is made)
 *     3. press file (kind print-pdf): <id>-press.pdf, the press PDF as preflight read it; for a draft
 *                   (placeholders, no --press) <id>-press-草稿-DRAFT.pdf instead: marked in the slug,
 *                   titled 草稿, no PDF/X identity (draft-press.ts), read back by checkDraftPress
 *     4. handoff    <id>-handoff.zip (<id>-handoff-草稿-DRAFT.zip for a draft; kind handoff): press
 *                   file, proof PDF, job ticket (.json, .txt, printable .html), preflight report,
 *                   SHA256SUMS; byte-identical for the same input
 *
 * `screenPdf` gives preflight the page texts for the TOC check; the proof is made from the press PDF, so it shows the converted colours.
 */
import type { FitRow } from "../flatplan/report.js";
import type { TypeReport } from "../type/report.js";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { StageContext, StageResult, TocEntry } from "../contract/stage.js";
import type { ImageReport } from "../images/types.js";
import type { Issue } from "../model/types.js";
import { planJobTicket } from "./job-ticket.js";
import { approvedRound } from "../proof/approved.js";
import { jobTicketPage } from "./job-ticket-page.js";
import { jobTicketText } from "./job-ticket-rows.js";
import { checkDraftPress } from "./draft-check.js";
import { draftLines, handoffZipName, pressFileName, writeDraftPress } from "./draft-press.js";
import { sha256sums, writeZip, type Entry } from "./package-zip.js";
import { runPreflight } from "./preflight/index.js";
import { InternalError, PreflightFailed } from "../contract/errors.js";
import { keptPressPdf } from "./press-kept.js";
import { finishProofPdf, proofLines, writeProofPages } from "./proof-pdf.js";
import { FLAVOURS } from "./pdfx.js";

export { PreflightFailed } from "../contract/errors.js";

export interface HandoffInput {
  printPdf: string;
  screenPdf: string;
  toc: TocEntry[];
  /** The build's image report, listed per image in the preflight report. */
  images?: ImageReport[];
  /** The flatplan's fit report from the print stage. */
  flatplan?: FitRow[];
  /** The type report from the print stage (the screen PDF read back). */
  type?: TypeReport;
}

export async function buildHandoff(issue: Issue, input: HandoffInput, ctx: StageContext): Promise<StageResult> {
  const { outDir, signal } = ctx;
  const work = join(outDir, `.handoff-work-${issue.id}`);
  mkdirSync(work, { recursive: true });
  try {
    // Preflight reads the press PDF in the work folder; what goes out depends on what it finds.
    const pressPath = join(work, pressFileName(issue.id, false));
    const press = await keptPressPdf(issue, input.printPdf, work, pressPath, { signal });
    if (press.flattenedPages.length) {
      ctx.warn(
        `print PDF uses transparency on page(s) ${press.flattenedPages.join(", ")}: PDF/X-3 flattens it (slow gs, rasterised areas)`,
      );
    }
    const { colours, images, interactive } = press.source;
    ctx.log(
      `handoff: press PDF ${press.pdfx} for ${press.condition.identifier} (${press.condition.profile.description}, profile ${press.condition.source}), ${press.pages} pages; ` +
        `${colours.operators} colour operators from the palette, ${images.converted + images.cached} photos to CMYK (${images.cached} cached, ${images.ms} ms), ` +
        `${Object.values(interactive.annotations).reduce((a, b) => a + b, 0)} annotations removed; ${press.kept ? "kept from an earlier build of the same print PDF" : `gs ${press.gsMs} ms`}; text layer ${press.toUnicode.restored}/${press.toUnicode.fonts} fonts`,
    );
    for (const m of press.gsMessages) ctx.warn(`Ghostscript${m.page ? ` (page ${m.page})` : ""}: ${m.text}`);
    for (const l of images.left) ctx.warn(`image left for Ghostscript to convert: ${l}`);

    // The proof's images and preflight both only read the press PDF: resample them side by side.
    const proofName = `${issue.id}-proof.pdf`;
    const proofPath = join(work, proofName);
    const tProof = performance.now();
    const proofRun = writeProofPages(pressPath, proofPath, undefined, signal).then((r) => ({
      ...r,
      ms: performance.now() - tProof,
    }));
    proofRun.catch(() => undefined); // awaited below; a preflight failure must not leave it unhandled
    const flavour = FLAVOURS[issue.magazine.press.pdfx];
    const pf = await runPreflight(pressPath, issue, outDir, {
      toc: input.toc,
      printPdf: input.printPdf,
      signal,
      images: input.images,
      flatplan: input.flatplan,
      type: input.type,
      pressBuild: ctx.press,
      draftFile: pressFileName(issue.id, true),
      expect: {
        pdfx: { version: flavour.version, conformance: flavour.conformance, condition: press.condition.identifier },
        totalInkLimit: press.condition.totalInkLimit,
        palette: issue.magazine.palette,
      },
    });
    const { fail: failed, warn: warned } = pf.report.summary;
    const facts = {
      preflight: {
        failed,
        warned,
        mode: pf.report.mode,
        placeholders: pf.report.placeholders.length,
        seconds: pf.report.seconds,
        timings: pf.report.timings,
        pagesRendered: pf.report.pagesRendered,
        figures: pf.report.figures,
      },
    };
    const drawn = pf.report.pagesRendered;
    ctx.log(
      `preflight: ${pf.report.summary.pass} pass, ${warned} warn, ${failed} fail in ${pf.report.seconds.toFixed(1)} s; ` +
        `pages rendered (the rest from the page cache): separations ${drawn.text}/${drawn.vector}/${drawn.full} of ${pf.report.pages}, spreads ${drawn.spreads}`,
    );
    if (failed) {
      await proofRun.catch(() => undefined);
      throw new PreflightFailed(pf.report, { json: pf.json, html: pf.html }, facts);
    }
    if (pf.report.mode === "draft")
      ctx.warn(
        `草稿 · draft: ${pf.report.placeholders.length} placeholder(s) (${[...new Set(pf.report.placeholders.map((p) => pf.report.pageNames[p.page - 1]))].slice(0, 6).join(", ")}…); folio build --press fails on them`,
      );
    if (warned) ctx.warn(`preflight: ${warned} warning(s), see ${basename(pf.html)}`);
    const proof = await proofRun;
    const tWrite = performance.now();
    await finishProofPdf(issue, proofPath, proofLines(issue, pf.report.pageNames, pf.report.placeholders), signal);
    const proofWriteMs = Math.round(performance.now() - tWrite);

    const draft = pf.report.mode === "draft";
    const outPress = join(outDir, pressFileName(issue.id, draft));
    if (draft) {
      await writeDraftPress(
        issue,
        pressPath,
        outPress,
        draftLines(issue, pf.report.pageNames, pf.report.placeholders),
        signal,
      );
      const problems = await checkDraftPress(outPress, issue.magazine.trim, signal);
      if (problems.length)
        throw new InternalError(
          `the draft press PDF ${basename(outPress)} could pass as final: ${problems.join("; ")}`,
        );
      ctx.log(`handoff: 草稿 · draft press file ${basename(outPress)}: marked on every page, not PDF/X`);
    } else renameSync(pressPath, outPress);

    const placeholders = pf.report.placeholders.map((p) => ({ page: pf.report.pageNames[p.page - 1], what: p.what }));
    // The proof round approved for press: the last one `folio proof` made, and the pages changed since.
    const approvedProof = await approvedRound(ctx.lastGoodDir, input.screenPdf);
    if (approvedProof?.changedPages.length)
      ctx.warn(
        `${approvedProof.changedPages.length} page(s) changed since the proof round ${approvedProof.label}: ${approvedProof.changedPages.slice(0, 6).join(", ")}${approvedProof.changedPages.length > 6 ? " …" : ""} (make the next round: folio proof)`,
      );
    else if (!approvedProof && ctx.press)
      ctx.warn("no proof round was made of this issue (folio proof); the job ticket says so");
    const { ticket, missing } = planJobTicket(issue, {
      pages: press.pages,
      pressFile: basename(outPress),
      proofFile: proofName,
      pdfx: press.pdfx,
      condition: press.condition,
      placeholders,
      approvedProof,
    });
    if (missing.length) ctx.warn(`job ticket: ${missing.join(", ")} (issue.yaml press:)`);

    const pdfs: Entry[] = [
      { name: basename(outPress), data: readFileSync(outPress) },
      { name: proofName, data: readFileSync(proofPath) },
    ];
    const sums = Object.fromEntries(pdfs.map((e) => [e.name, createHash("sha256").update(e.data).digest("hex")]));
    const tickets: Entry[] = [
      { name: "job-ticket.json", data: Buffer.from(`${JSON.stringify(ticket, null, 2)}\n`) },
      { name: "job-ticket.txt", data: Buffer.from(jobTicketText(ticket)) },
      { name: "job-ticket.html", data: Buffer.from(jobTicketPage(ticket, sums)) },
    ];
    const entries: Entry[] = [
      ...pdfs,
      ...tickets,
      { name: "preflight.json", data: readFileSync(pf.json) },
      { name: "preflight.html", data: readFileSync(pf.html) },
    ];
    entries.push({ name: "SHA256SUMS", data: Buffer.from(sha256sums(entries)) });
    const zipPath = join(outDir, handoffZipName(issue.id, draft));
    await writeZip(zipPath, entries, issue.date);
    for (const t of [tickets[0], tickets[2]]) writeFileSync(join(outDir, t.name), t.data);

    return {
      files: [
        { kind: "print-pdf", path: outPress, pages: press.pages },
        { kind: "preflight", path: pf.html },
        { kind: "preflight", path: pf.json },
        { kind: "handoff", path: zipPath },
      ],
      facts: {
        ...facts,
        press: {
          pdfx: press.pdfx,
          draft,
          condition: {
            identifier: press.condition.identifier,
            registry: press.condition.registry,
            outputCondition: press.condition.outputCondition,
            totalInkLimit: press.condition.totalInkLimit,
            source: press.condition.source,
          },
          iccProfile: { path: press.condition.profile.path, description: press.condition.profile.description },
          gsMs: press.kept ? 0 : press.gsMs,
          kept: press.kept,
          colours: colours.used,
          colourOperators: colours.operators,
          images,
          annotationsRemoved: interactive.annotations,
          toUnicode: press.toUnicode,
          boxesSet: press.boxesSet,
          flattenedPages: press.flattenedPages,
        },
        proof: { images: proof.images, pagesMs: Math.round(proof.ms), marksMs: proofWriteMs },
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
