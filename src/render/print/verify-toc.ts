/**
 * Proof that the 目录 is true: read the PDF back and check that each TOC entry's printed number
 * is the printed folio of the page that carries that article's title.
 *   verifyToc  – pure, over extracted page texts (unit-tested)
 *   readPdfText – thin reader (poppler pdftotext: whole pages + the folio strip of every page)
 */
import { FolioError, type Problem } from "../../contract/errors.js";
import { PLACE_LABEL, placePdfIndex, type CoverPlace } from "../../model/places.js";
import { bareText as norm, squash } from "../../text/squash.js";
import { run } from "../../util/tools.js";
import { readingOrder, readingOrderArgs, stripBidiControls } from "../../text/bidi.js";

export interface TocCheckEntry {
  articleId: string;
  /** The title on the article's page. */
  title: string;
  /** The title the 目录 prints, when it differs; and the 引题 printed before it. */
  tocTitle?: string;
  kicker?: string;
  /** Texts printed in the entry between the title and the number (subtitle, authors). */
  between?: string[];
  /** Folio the layout says (from the DOM); must agree with the PDF too. null for an item on a cover. */
  page: number | null;
  /** An item on a cover page: the 目录 prints the cover's name (封三) instead of a number, and the
   * cover page of the PDF (封二 its second page, 封三 its second to last, 封四 its last) carries the title. */
  place?: CoverPlace;
  /** The editor's file to name when the entry is wrong (the article, or issue.yaml). */
  source?: { file: string; line?: number };
}

export interface PdfText {
  pages: string[]; // full text of each page
  folioStrips: string[]; // text of each page's folio area
}

/** A 目录 that does not match the PDF: exit 1, each problem naming the entry's file. */
export class TocMismatchError extends FolioError {
  constructor(problems: Problem[]) {
    super(problems, `目录 check failed:\n  ${problems.map((p) => p.message).join("\n  ")}`);
    this.name = "TocMismatchError";
  }
}

const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regex source matching `text` whatever whitespace the extraction put between its characters. */
const loose = (text: string): string => [...squash(text)].map(esc).join("\\s*");

/** The printed folio of a page from its folio strip: the one number there, or null. */
export function parseFolio(strip: string): number | null {
  const nums = strip.match(/\d+/g);
  return nums && nums.length === 1 ? Number(nums[0]) : null;
}

/** Pure check; returns the problems found (empty when the TOC is true). */
export function verifyToc(
  entries: TocCheckEntry[],
  text: PdfText,
  tocPageIndexes: number[],
  names: Record<CoverPlace, string> = PLACE_LABEL,
): string[] {
  return verifyTocEntries(entries, text, tocPageIndexes, names).map((p) => p.message);
}

/** The same, each problem with the entry it is about. */
export function verifyTocEntries(
  entries: TocCheckEntry[],
  text: PdfText,
  tocPageIndexes: number[],
  /** The cover pages' names as the 目录 prints them (the edition's words). */
  names: Record<CoverPlace, string> = PLACE_LABEL,
): { entry: TocCheckEntry; message: string }[] {
  const problems: { entry: TocCheckEntry; message: string }[] = [];
  const folio = text.folioStrips.map(parseFolio);
  const tocText = norm(tocPageIndexes.map((i) => text.pages[i] ?? "").join(" "));
  const onPage = (i: number, title: string) => squash(text.pages[i] ?? "").includes(squash(title));
  const whereIs = (title: string) => {
    const found = text.pages.findIndex((p, i) => !tocPageIndexes.includes(i) && squash(p).includes(squash(title)));
    return found < 0 ? "on no page" : `on the page with folio ${folio[found] ?? "none"} (PDF page ${found + 1})`;
  };
  let cursor = 0;
  for (const e of entries) {
    const name = `“${e.tocTitle ?? e.title}” (${e.articleId})`;
    const fail = (message: string) => problems.push({ entry: e, message: `${name}: ${message}` });
    const between = (e.between ?? [])
      .filter((b) => squash(b))
      .map((b) => `(?:\\s*${loose(b)})?`)
      .join("");
    const kicker = e.kicker && squash(e.kicker) ? `${loose(e.kicker)}\\s*` : "";
    const re = new RegExp(
      `${kicker}${loose(e.tocTitle ?? e.title)}${between}\\s*(${e.place ? Object.values(names).map(loose).join("|") : "\\d+"})(?!\\d)`,
      "gu",
    );
    re.lastIndex = cursor;
    const m = re.exec(tocText);
    if (!m) {
      fail(`entry or its ${e.place ? "cover name" : "page number"} not found in the 目录 text`);
      continue;
    }
    cursor = m.index + m[0].length;
    if (e.place) {
      const label = names[e.place];
      if (squash(m[1]) !== squash(label)) fail(`目录 prints ${m[1]}, the layout put it on ${label}`);
      const index = placePdfIndex(e.place, text.pages.length);
      if (!onPage(index, e.title))
        fail(
          `目录 prints ${label}, but ${label} (PDF page ${index + 1}) does not carry the title; it is ${whereIs(e.title)}`,
        );
      continue;
    }
    const printed = Number(m[1]);
    if (printed !== e.page) fail(`目录 prints ${printed}, the layout put the title on page ${e.page}`);
    const pageIndex = folio.findIndex((f, i) => f === printed && !tocPageIndexes.includes(i));
    if (pageIndex < 0) {
      fail(`目录 prints ${printed}, but no page carries the folio ${printed}`);
      continue;
    }
    if (!onPage(pageIndex, e.title))
      fail(`目录 prints ${printed}, but page ${printed} does not carry the title; it is ${whereIs(e.title)}`);
  }
  return problems;
}

/** Throwing form for the build: a TocMismatchError (exit 1) naming each entry's file. */
export function assertTocTrue(
  entries: TocCheckEntry[],
  text: PdfText,
  tocPageIndexes: number[],
  names: Record<CoverPlace, string> = PLACE_LABEL,
): void {
  const problems = verifyTocEntries(entries, text, tocPageIndexes, names);
  if (problems.length) {
    throw new TocMismatchError(
      problems.map(({ entry, message }) => ({
        file: entry.source?.file ?? entry.articleId,
        line: entry.source?.line,
        field: "目录",
        message,
      })),
    );
  }
}

/**
 * Read a trim-sized PDF (the screen edition) with pdftotext: all pages, and the strip
 * `folioStripPt` high at the bottom of each page where the folios are printed.
 */
export async function readPdfText(
  pdfFile: string,
  pageSizePt: { width: number; height: number },
  folioStripPt: number,
  direction: "ltr" | "rtl" = "ltr",
): Promise<PdfText> {
  const opts = { timeoutMs: 0 };
  const split = (s: string) => s.split("\f").slice(0, -1);
  const [full, strip] = await Promise.all([
    run("pdftotext", ["-enc", "UTF-8", ...readingOrderArgs(direction), pdfFile, "-"], opts),
    run(
      "pdftotext",
      [
        "-enc",
        "UTF-8",
        "-x",
        "0",
        "-y",
        String(Math.floor(pageSizePt.height - folioStripPt)),
        "-W",
        String(Math.ceil(pageSizePt.width)),
        "-H",
        String(Math.ceil(folioStripPt)),
        pdfFile,
        "-",
      ],
      opts,
    ),
  ]);
  return { pages: split(readingOrder(full.stdout, direction)), folioStrips: split(stripBidiControls(strip.stdout)) };
}
