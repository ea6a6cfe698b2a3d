/**
 * Document metadata, reproducible: dates come from the issue date, never the clock; the trailer
 * ID is derived from the issue and edition; Chromium's XMP packet (clock dates, random UUIDs) is
 * dropped so the Info dictionary is the single source.
 */
import { issueTitle, publicationDate } from "../../model/labels.js";
import { createHash } from "node:crypto";
import { type PDFDocument, PDFHexString, PDFName } from "pdf-lib";
import type { Issue } from "../../model/types.js";

export const PRODUCER = "folio (Paged.js 0.4.3, Chromium, pdf-lib)";

export { issueTitle };

/** Publication date at 00:00 China Standard Time (src/model/labels.ts). */
export const issueDate = publicationDate;

export function setMetadata(doc: PDFDocument, issue: Issue, edition: "print" | "screen"): void {
  const date = issueDate(issue);
  doc.setTitle(issueTitle(issue), { showInWindowTitleBar: true });
  doc.setAuthor(issue.imprint.publisher);
  doc.setSubject(
    `${issue.magazine.title} ${issue.year}年第${issue.number}期 ${edition === "print" ? "印刷版" : "屏幕版"}`,
  );
  doc.setKeywords([
    issue.magazine.title,
    `${issue.year}年第${issue.number}期`,
    ...issue.sections.filter((s) => s.articles.length).map((s) => s.section.name),
  ]);
  doc.setCreator("folio");
  doc.setProducer(PRODUCER);
  doc.setLanguage(issue.magazine.language);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.catalog.delete(PDFName.of("Metadata"));
  const id = createHash("md5").update(`folio ${issue.id} ${edition}`).digest("hex");
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
