/**
 * Proof that the 目录 is true: read the PDF back and check that each TOC entry's printed number
 * is the printed folio of the page that carries that article's title.
 *   verifyToc  – pure, over extracted page texts (unit-tested)
 *   readPdfText – thin reader (poppler pdftotext: whole pages + the folio strip of every page)
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TocCheckEntry {
  articleId: string;
  /** The title on the article's page. */
  title: string;
  /** The title the 目录 prints, when it differs; and the 引题 printed before it. */
  tocTitle?: string;
  kicker?: string;
  /** Texts printed in the entry between the title and the number (subtitle, authors). */
  between?: string[];
  /** Folio the layout says (from the DOM); must agree with the PDF too. */
  page: number;
}

export interface PdfText {
  pages: string[]; // full text of each page
  folioStrips: string[]; // text of each page's folio area
}

export class TocMismatchError extends Error {
  constructor(readonly problems: string[]) {
    super(`目录 check failed:\n  ${problems.join("\n  ")}`);
    this.name = "TocMismatchError";
  }
}

const norm = (s: string): string => s.normalize("NFKC").replace(/[\p{P}\p{S}]/gu, "").replace(/\s+/g, " ");
/** A title or page text reduced to what survives any PDF text extraction: no spaces, no punctuation. */
export const squash = (s: string): string => norm(s).replace(/ /g, "");
const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regex source matching `text` whatever whitespace the extraction put between its characters. */
const loose = (text: string): string => [...squash(text)].map(esc).join("\\s*");

/** The printed folio of a page from its folio strip: the one number there, or null. */
export function parseFolio(strip: string): number | null {
  const nums = strip.match(/\d+/g);
  return nums && nums.length === 1 ? Number(nums[0]) : null;
}

/** Pure check; returns the problems found (empty when the TOC is true). */
export function verifyToc(entries: TocCheckEntry[], text: PdfText, tocPageIndexes: number[]): string[] {
  const problems: string[] = [];
  const folio = text.folioStrips.map(parseFolio);
  const tocText = norm(tocPageIndexes.map((i) => text.pages[i] ?? "").join(" "));
  let cursor = 0;
  for (const e of entries) {
    const name = `“${e.tocTitle ?? e.title}” (${e.articleId})`;
    const between = (e.between ?? []).filter((b) => squash(b)).map((b) => `(?:\\s*${loose(b)})?`).join("");
    const kicker = e.kicker && squash(e.kicker) ? `${loose(e.kicker)}\\s*` : "";
    const re = new RegExp(`${kicker}${loose(e.tocTitle ?? e.title)}${between}\\s*(\\d+)(?!\\d)`, "gu");
    re.lastIndex = cursor;
    const m = re.exec(tocText);
    if (!m) {
      problems.push(`${name}: entry or its page number not found in the 目录 text`);
      continue;
    }
    cursor = m.index + m[0].length;
    const printed = Number(m[1]);
    if (printed !== e.page) problems.push(`${name}: 目录 prints ${printed}, the layout put the title on page ${e.page}`);
    const pageIndex = folio.findIndex((f, i) => f === printed && !tocPageIndexes.includes(i));
    if (pageIndex < 0) {
      problems.push(`${name}: 目录 prints ${printed}, but no page carries the folio ${printed}`);
      continue;
    }
    if (!squash(text.pages[pageIndex] ?? "").includes(squash(e.title))) {
      const found = text.pages.findIndex((p, i) => !tocPageIndexes.includes(i) && squash(p).includes(squash(e.title)));
      const where = found < 0 ? "on no page" : `on the page with folio ${folio[found] ?? "none"} (PDF page ${found + 1})`;
      problems.push(`${name}: 目录 prints ${printed}, but page ${printed} does not carry the title; it is ${where}`);
    }
  }
  return problems;
}

/** Throwing form for the build. */
export function assertTocTrue(entries: TocCheckEntry[], text: PdfText, tocPageIndexes: number[]): void {
  const problems = verifyToc(entries, text, tocPageIndexes);
  if (problems.length) throw new TocMismatchError(problems);
}

/**
 * Read a trim-sized PDF (the screen edition) with pdftotext: all pages, and the strip
 * `folioStripPt` high at the bottom of each page where the folios are printed.
 */
export async function readPdfText(pdfFile: string, pageSizePt: { width: number; height: number }, folioStripPt: number): Promise<PdfText> {
  const opts = { maxBuffer: 64 * 1024 * 1024 };
  const split = (s: string) => s.split("\f").slice(0, -1);
  const [full, strip] = await Promise.all([
    run("pdftotext", ["-enc", "UTF-8", "-raw", pdfFile, "-"], opts),
    run("pdftotext", ["-enc", "UTF-8", "-x", "0", "-y", String(Math.floor(pageSizePt.height - folioStripPt)),
      "-W", String(Math.ceil(pageSizePt.width)), "-H", String(Math.ceil(folioStripPt)), pdfFile, "-"], opts),
  ]);
  return { pages: split(full.stdout), folioStrips: split(strip.stdout) };
}
