/**
 * Document metadata, reproducible: dates come from the issue date, never the clock; the trailer
 * ID is derived from the issue and edition; Chromium's XMP packet (clock dates, random UUIDs) is
 * dropped so the Info dictionary is the single source.
 */
import { issueTitle, publicationDate } from "../../model/labels.js";
import { createHash } from "node:crypto";
import { type PDFDocument, PDFHexString, PDFName, ReadingDirection } from "pdf-lib";
import type { Issue } from "../../model/types.js";
import { fillWord } from "../../model/words.js";

export const PRODUCER = "folio (Paged.js 0.4.3, Chromium, pdf-lib)";

export { issueTitle };

/** Publication date at 00:00 China Standard Time (src/model/labels.ts). */
export const issueDate = publicationDate;

export function setMetadata(doc: PDFDocument, issue: Issue, edition: "print" | "screen"): void {
  const date = issueDate(issue);
  doc.setTitle(issueTitle(issue), { showInWindowTitleBar: true });
  doc.setAuthor(issue.imprint.publisher);
  const label = issue.edition.base
    ? `${issue.year}年第${issue.number}期`
    : fillWord(issue.edition.words.issue, { year: issue.year, number: issue.number });
  doc.setSubject(
    issue.edition.base
      ? `${issue.magazine.title} ${label} ${edition === "print" ? "印刷版" : "屏幕版"}`
      : `${issue.magazine.title} ${label} (${edition})`,
  );
  doc.setKeywords([
    issue.magazine.title,
    label,
    ...issue.sections.filter((s) => s.articles.length).map((s) => s.section.name),
  ]);
  doc.setCreator("folio");
  doc.setProducer(PRODUCER);
  doc.setLanguage(issue.magazine.language);
  // A right-to-left edition is bound on its right edge: viewers show its spreads right to left.
  if (issue.edition.direction === "rtl")
    doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.catalog.delete(PDFName.of("Metadata"));
  const id = createHash("md5").update(`folio ${issue.id} ${edition}`).digest("hex");
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
