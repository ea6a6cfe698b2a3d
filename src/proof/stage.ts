/**
 * `folio proof`: the next proof round of an issue, made after its print stage. The round is compared
 * with the last one kept under the issue's output folder: the pages whose renders differ are listed
 * with why (compare.ts), outlined where they changed (page-diff.ts) and marked in the proof PDF
 * (mark.ts). The round goes into the build's output folder, under proofs/<n>/.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { ProofRoundFacts } from "../contract/build-facts.js";
import type { OutputFile, StageContext } from "../contract/stage.js";
import { issueTitle } from "../model/labels.js";
import type { Issue } from "../model/types.js";
import { readPageKeys } from "../pdf/page-keys.js";
import { comparePages } from "./compare.js";
import { KIND_WORDS, markProof, type MarkedChange } from "./mark.js";
import { pageChanges } from "./page-diff.js";
import { makeRecord, type RoundRecord } from "./record.js";
import { lastRound, RECORD_FILE, ROUND_SCREEN_PDF, roundDir, roundLabel } from "./rounds.js";
import type { PlacedImage } from "../contract/placed-image.js";
import type { PageRole } from "../contract/type-report.js";

export interface ProofInput {
  printPdf: string;
  screenPdf: string;
  layout?: PageRole[];
  placedImages: PlacedImage[];
  /** Photo source path (absolute) → the URL print.html placed it under. */
  imageUrls?: ReadonlyMap<string, string>;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

async function pageTexts(file: string): Promise<string[]> {
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(await readFile(file), "application/pdf");
  try {
    return Array.from({ length: doc.countPages() }, (_, i) => {
      const page = doc.loadPage(i);
      const text = page.toStructuredText("preserve-whitespace").asText();
      page.destroy();
      return text;
    });
  } finally {
    doc.destroy();
  }
}

/** Changed pages with their outlines; a page whose key changed but whose render did not is left out. */
async function markedChanges(
  prevPdf: string,
  curPdf: string,
  prev: RoundRecord,
  cur: RoundRecord,
): Promise<MarkedChange[]> {
  const mupdf = await import("mupdf");
  const before = mupdf.Document.openDocument(await readFile(prevPdf), "application/pdf");
  const after = mupdf.Document.openDocument(await readFile(curPdf), "application/pdf");
  try {
    return comparePages(prev, cur).flatMap((c) => {
      if (c.kind === "added" || c.kind === "removed") return [{ ...c, boxes: [] }];
      const boxes = pageChanges(mupdf, before, c.index, after, c.index);
      return boxes.length ? [{ ...c, boxes }] : [];
    });
  } finally {
    before.destroy();
    after.destroy();
  }
}

export async function makeProofRound(
  issue: Issue,
  input: ProofInput,
  ctx: StageContext,
): Promise<{ files: OutputFile[]; facts: { proofRound: ProofRoundFacts } }> {
  const previous = ctx.lastGoodDir ? lastRound(ctx.lastGoodDir) : undefined;
  const n = (previous?.record.round ?? 0) + 1;
  const label = roundLabel(n);
  const keys = await readPageKeys(input.screenPdf);
  const urlToSource = new Map(
    [...(input.imageUrls ?? [])].map(([src, url]) => [url, path.relative(process.cwd(), src)]),
  );
  const onPage = (i: number) => [
    ...new Set(input.placedImages.filter((p) => p.page === i + 1).flatMap((p) => urlToSource.get(p.src) ?? [])),
  ];
  const record = makeRecord(
    issue,
    { n, label, date: today() },
    keys,
    await pageTexts(input.screenPdf),
    input.layout,
    onPage,
  );
  const changes = previous
    ? await markedChanges(path.join(previous.dir, ROUND_SCREEN_PDF), input.screenPdf, previous.record, record)
    : undefined;
  const dir = roundDir(ctx.outDir, n);
  await mkdir(dir, { recursive: true });
  const doc = await PDFDocument.load(await readFile(input.printPdf), { updateMetadata: false });
  const prevLabel = previous?.record.label ?? "";
  await markProof(
    doc,
    record,
    issueTitle(issue),
    changes && { label: prevLabel, changes },
    issue.edition.direction === "rtl",
  );
  doc.setTitle(`${doc.getTitle() ?? issue.id} · ${label}`);
  const proofPdf = path.join(dir, `${issue.id}-${label}.pdf`);
  await writeFile(proofPdf, await doc.save());
  await copyFile(input.screenPdf, path.join(dir, ROUND_SCREEN_PDF));
  await writeFile(path.join(dir, RECORD_FILE), `${JSON.stringify({ ...record, changes: changes ?? null }, null, 1)}\n`);
  ctx.log(
    changes
      ? `proof: ${label}: ${changes.length} page(s) changed since ${prevLabel}${changes.length ? ` (${changes.map((c) => `${c.name} ${KIND_WORDS[c.kind].split(" ")[1]}`).join(", ")})` : ""}`
      : `proof: ${label}: the first round, ${keys.length} pages`,
  );
  return {
    files: [{ kind: "proof", path: proofPdf, pages: doc.getPageCount() }],
    facts: {
      proofRound: {
        round: n,
        label,
        date: record.date,
        build: record.build,
        changed: changes?.map((c) => ({ page: c.name, kind: c.kind, files: c.files, areas: c.boxes.length })) ?? null,
      },
    },
  };
}
