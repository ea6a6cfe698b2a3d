/**
 * Package metadata: bibliographic (title, identifier, dates, serial), print source and EPUB
 * Accessibility metadata. The print edition is identified with dc:source + source-of "pagination":
 * epubcheck 4.2.6 rejects the a11y:pageBreakSource property the issue asked for (OPF-027; the
 * property is still incubating, epubcheck#1491), see /work/shared/FIELD-NOTES.md.
 */
import type { Issue } from "../../model/types.js";
import { fillWord } from "../../model/words.js";
import { escapeHtml } from "../../text/escape.js";
import { issueIdentifier } from "./identifier.js";
import { bookTitle, issueLabel, wordsOf } from "./labels.js";

export interface MetadataOptions {
  /** A page-list and page-break markers exist (a print page map was given). */
  pageList: boolean;
  /** Claim EPUB Accessibility 1.1 / WCAG 2.1 AA (only when Ace reports no violations). */
  conformance: boolean;
}

export const CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

/**
 * What the EPUB offers, as it is: its reading order is the print edition's (reading-order.ts: 封二, the
 * 卷首语, 版权页, 目录, the articles, 封三, 封四), with a title page of its own after the cover; the page
 * markers are in the book (the text, and the 版权页 and 目录 when the page map names them: page-plan.ts).
 */
export function accessibilitySummary(issue: Issue, pageList: boolean): string {
  const w = wordsOf(issue);
  const pages = pageList ? w.a11y_pages : "";
  return fillWord(w.a11y_summary, { title: issue.magazine.title, issue: issueLabel(issue), pages });
}

/** dc:description: the book's title and the sections of the issue. */
export function description(issue: Issue): string {
  const w = wordsOf(issue);
  const sections = issue.sections.map((s) => s.section.name).join(w.list_separator);
  return fillWord(w.description, { title: bookTitle(issue), sections });
}

/** Where the page numbers come from: the printed edition, by its ISSN, else by its title. */
function printSource(issue: Issue): string {
  return issue.magazine.issn ? `urn:issn:${issue.magazine.issn}` : bookTitle(issue);
}

/**
 * Kindle's name for the direction of the book's text (its publishing guidelines: horizontal-lr,
 * horizontal-rl, vertical-lr, vertical-rl); undefined for the default, which the Chinese EPUB keeps.
 */
export function primaryWritingMode(issue: Issue): string | undefined {
  const { edition } = issue;
  if (edition.base) return undefined;
  return edition.writingMode === "vertical-lr"
    ? "vertical-lr"
    : `horizontal-${edition.direction === "rtl" ? "rl" : "lr"}`;
}

/** The magazine as an author: magazine.yaml epub.creator, else the imprint's publisher. */
export function creatorOf(issue: Issue): string {
  return issue.magazine.epub?.creator ?? issue.imprint.publisher;
}

/**
 * The issue's place in the series, as year.issue with a two-digit issue ("2022.08"). Reading systems
 * (calibre: series_index is a float) read group-position as a number: "2022.8" and "2022.80" would be
 * the same, "2022.1" (January) and "2022.10" (October) too; two digits keep them apart and in order.
 */
export function seriesPosition(issue: Pick<Issue, "year" | "number">): string {
  return `${issue.year}.${String(issue.number).padStart(2, "0")}`;
}

export function metadataXml(issue: Issue, opts: MetadataOptions): string {
  const m = issue.magazine;
  const e = escapeHtml;
  const meta = (property: string, value: string | number, attrs = "") =>
    `<meta property="${property}"${attrs}>${e(value)}</meta>`;
  const features = [
    "tableOfContents",
    "structuralNavigation",
    "alternativeText",
    "readingOrder",
    ...(opts.pageList ? ["pageBreakMarkers", "pageNavigation"] : []),
  ];
  const writingMode = primaryWritingMode(issue);
  return [
    `<dc:identifier id="pub-id">${e(issueIdentifier(m.issn, issue.id, m.title))}</dc:identifier>`,
    `<dc:title id="title">${e(bookTitle(issue))}</dc:title>`,
    `<meta refines="#title" property="title-type">main</meta>`,
    ...(m.issn ? [`<dc:identifier id="issn">urn:issn:${e(m.issn)}</dc:identifier>`] : []),
    `<dc:creator id="creator">${e(creatorOf(issue))}</dc:creator>`,
    `<meta refines="#creator" property="role" scheme="marc:relators">aut</meta>`,
    `<meta refines="#creator" property="file-as">${e(creatorOf(issue))}</meta>`,
    `<dc:language>${e(issue.edition.language)}</dc:language>`,
    `<dc:publisher>${e(issue.imprint.publisher)}</dc:publisher>`,
    `<dc:date>${e(issue.date)}</dc:date>`,
    meta("dcterms:modified", `${issue.date}T00:00:00Z`),
    `<dc:description>${e(description(issue))}</dc:description>`,
    `<dc:rights>${e(`© ${issue.year} ${issue.imprint.publisher}`)}</dc:rights>`,
    `<dc:source id="print-source">${e(printSource(issue))}</dc:source>`,
    `<meta refines="#print-source" property="source-of">pagination</meta>`,
    `<meta property="belongs-to-collection" id="serial">${e(m.title)}</meta>`,
    `<meta refines="#serial" property="collection-type">series</meta>`,
    `<meta refines="#serial" property="group-position">${seriesPosition(issue)}</meta>`,
    `<meta name="cover" content="cover-image" />`,
    writingMode ? `<meta name="primary-writing-mode" content="${writingMode}" />` : "",
    meta("schema:accessMode", "textual"),
    meta("schema:accessMode", "visual"),
    meta("schema:accessModeSufficient", "textual"),
    meta("schema:accessModeSufficient", "textual,visual"),
    ...features.map((f) => meta("schema:accessibilityFeature", f)),
    meta("schema:accessibilityHazard", "none"),
    meta("schema:accessibilitySummary", accessibilitySummary(issue, opts.pageList)),
    opts.conformance ? meta("dcterms:conformsTo", CONFORMANCE) : "",
  ]
    .filter(Boolean)
    .join("\n");
}
