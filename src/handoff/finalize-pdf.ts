/**
 * Makes Ghostscript's output reproducible and complete: document info and XMP dates from the
 * issue date, the title, page boxes from the print PDF, then a content-derived trailer /ID
 * (`qpdf --deterministic-id`). gs itself stamps the clock and an MD5 of time and file name.
 */
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { restoreBoxes, type PageBoxes } from "./boxes.js";
import { run } from "../util/tools.js";

export interface FinalizeInput {
  title: string;
  date: Date;
  /** Page boxes to keep (from the print PDF); omit for the proof. */
  boxes?: PageBoxes[];
  signal?: AbortSignal;
  /** PDF version to write (default: the version gs wrote). */
  version?: string;
  /** Further edits to the loaded document before it is saved (e.g. the text layer). */
  edit?: (doc: PDFDocument) => void | Promise<void>;
}

const xmlEscape = (t: string) => t.replace(/[&<>'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Pins the XMP packet: xmp:*Date values (element or attribute form) to one ISO date, and the
 * dc:title to the document title (gs copies a UTF-16 Info title into XMP as mojibake).
 */
export function pinXmp(xmp: string, iso: string, title: string): string {
  return xmp
    .replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(<\/xmp:)/g, `$1${iso}$2`)
    .replace(/(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")[^"]*(")/g, `$1${iso}$2`)
    .replace(/(<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>)[\s\S]*?(<\/rdf:li>)/, `$1${xmlEscape(title)}$2`);
}

function pinMetadata(doc: PDFDocument, iso: string, title: string): void {
  const ref = doc.catalog.get(PDFName.of("Metadata"));
  const stream = ref && doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream) || !ref) return;
  const xmp = Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8");
  const fresh = doc.context.stream(Buffer.from(pinXmp(xmp, iso, title), "utf8"), { Type: "Metadata", Subtype: "XML" });
  doc.context.assign(ref as never, fresh);
}

/** Rewrites `file` in place; returns how many page boxes had to be set again. */
export async function finalizePdf(file: string, f: FinalizeInput): Promise<{ boxesSet: number }> {
  const bytes = readFileSync(file);
  // pdf-lib writes %PDF-1.7 whatever it read; gs's PDF/X-3 output is 1.3 and must stay so.
  const version = f.version ?? /^%PDF-(\d\.\d)/.exec(bytes.toString("latin1", 0, 16))?.[1] ?? "1.4";
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(f.title);
  doc.setCreator("folio");
  doc.setCreationDate(f.date);
  doc.setModificationDate(f.date);
  pinMetadata(doc, f.date.toISOString().replace(/\.\d{3}Z$/, "Z"), f.title);
  const boxesSet = f.boxes ? restoreBoxes(doc, f.boxes) : 0;
  await f.edit?.(doc);
  doc.context.trailerInfo.ID = undefined; // else qpdf keeps gs's time-based first half
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, await doc.save({ useObjectStreams: false, addDefaultPage: false }));
  // --recompress-flate: every Flate stream is decoded and written anew. Seen here: a press PDF whose
  // page content stream lacked the end of its zlib data (qpdf: "input stream is complete but output
  // may still be valid"); re-encoding writes it whole, and the sample test runs qpdf --check on the result.
  await run(
    "qpdf",
    ["--deterministic-id", "--object-streams=disable", "--recompress-flate", `--force-version=${version}`, tmp, file],
    { signal: f.signal, okCodes: [3] },
  );
  unlinkSync(tmp);
  return { boxesSet };
}
