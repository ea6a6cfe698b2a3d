/**
 * The press PDF of a draft (an issue that still has placeholders, built without --press): the press
 * pages as preflight read them, made impossible to take for the final file wherever it ends up —
 *
 *   - its name says so: <id>-press-草稿-DRAFT.pdf (and the zip: <id>-handoff-草稿-DRAFT.zip);
 *   - every page says so in the slug, above and below the bleed (outside the trim, so the page
 *     itself is the one preflight checked), clear of the crop and register marks: 草稿 · 非印刷用
 *     DRAFT, with the placeholders of that page;
 *   - its Title (Info and XMP) begins 草稿 · 非印刷用 DRAFT;
 *   - it is no PDF/X file: no GTS_PDFXVersion, no output intent, so a printer's PDF/X preflight or
 *     RIP workflow (which requires both) refuses it even renamed and cropped.
 */
import { copyFileSync } from "node:fs";
import { PDFDict, PDFName, PDFRawStream, decodePDFRawStream, type PDFDocument } from "pdf-lib";
import type { Issue } from "../model/types.js";
import { finalizePdf } from "./finalize-pdf.js";
import { issueDate, issueLabel } from "./ids.js";
import { stampProof, type ProofLine } from "./proof-stamp.js";

export const DRAFT_MARK = "草稿 · 非印刷用 DRAFT";
const NAME_MARK = "草稿-DRAFT";

export const pressFileName = (id: string, draft: boolean) => `${id}-press${draft ? `-${NAME_MARK}` : ""}.pdf`;
export const handoffZipName = (id: string, draft: boolean) => `${id}-handoff${draft ? `-${NAME_MARK}` : ""}.zip`;
export const draftTitle = (issue: Issue) => `${DRAFT_MARK} — ${issueLabel(issue)}`;

/** Slug lines of every page of a draft press PDF (pure): the mark above, the mark and the page's placeholders below. */
export function draftLines(
  issue: Issue,
  pageNames: string[],
  placeholders: { page: number; what: string }[],
): ProofLine[] {
  return pageNames.map((name, i) => {
    const [first, ...rest] = placeholders.filter((p) => p.page === i + 1).map((p) => p.what);
    return {
      page: i + 1,
      top: `${DRAFT_MARK} — NOT FOR PRESS · ${name}`,
      topRight: `${issueLabel(issue)} · ${DRAFT_MARK}`,
      bottom: `${DRAFT_MARK} · ${first ? `占位 placeholder: ${first}` : `${placeholders.length} placeholder(s) in this issue`}`,
      ...(rest.length ? { bottomRight: rest.join("; ") } : {}),
    };
  });
}

/** XMP without PDF/X identification (pdfx:/pdfxid: GTS_PDFX… elements and attributes); pure. */
export function xmpWithoutPdfx(xmp: string): string {
  return xmp
    .replace(/<(pdfxid|pdfx):GTS_PDFX\w*>[^<]*<\/\1:GTS_PDFX\w*>/g, "")
    .replace(/\s(pdfxid|pdfx):GTS_PDFX\w*="[^"]*"/g, "");
}

/** Removes what makes a PDF a PDF/X file: the version keys and the output intents. */
export function removePdfxIdentity(doc: PDFDocument): void {
  doc.catalog.delete(PDFName.of("OutputIntents"));
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict)
    for (const key of ["GTS_PDFXVersion", "GTS_PDFXConformance"]) info.delete(PDFName.of(key));
  const ref = doc.catalog.get(PDFName.of("Metadata"));
  const stream = ref && doc.context.lookup(ref);
  if (!ref || !(stream instanceof PDFRawStream)) return;
  const xmp = Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8");
  doc.context.assign(
    ref as never,
    doc.context.stream(Buffer.from(xmpWithoutPdfx(xmp), "utf8"), { Type: "Metadata", Subtype: "XML" }),
  );
}

/** Writes the draft press PDF at `outPath` from the press PDF preflight read. */
export async function writeDraftPress(
  issue: Issue,
  pressPdf: string,
  outPath: string,
  lines: ProofLine[],
  signal?: AbortSignal,
): Promise<void> {
  copyFileSync(pressPdf, outPath);
  await finalizePdf(outPath, {
    title: draftTitle(issue),
    date: issueDate(issue),
    version: "1.4",
    signal,
    edit: async (doc) => {
      removePdfxIdentity(doc);
      await stampProof(doc, lines);
    },
  });
}
