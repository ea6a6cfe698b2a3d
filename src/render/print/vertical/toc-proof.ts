/**
 * The 目录 proof of a vertical edition, read from the PDF alone (Chromium has no target-counter:
 * the numbers were written from the plan, so they must be proven). For every link on a 目录 page,
 * the number printed inside the link's area must be the folio printed at the foot of the page the
 * link leads to. Numbers, folios and links come from MuPDF's reading of the screen PDF.
 */
import { readFile } from "node:fs/promises";
import { FolioError } from "../../../contract/errors.js";
import { VERTICAL_MARGINS_MM } from "./view.js";
import { mmToPt } from "../geometry.js";

type Rect = number[];
interface Word {
  text: string;
  box: Rect;
}
export interface TocLink {
  /** What the link's area prints (its number: the last run of digits). */
  printed: number | null;
  /** 0-based page the link leads to, and the folio printed at that page's foot (null on a cover). */
  target: number;
  folio: number | null;
  /** The target is a cover (the first two and the last two pages): the entry prints its name, no number. */
  cover: boolean;
}

const inside = (b: Rect, r: Rect) => {
  const cx = (b[0] + b[2]) / 2;
  const cy = (b[1] + b[3]) / 2;
  return cx >= r[0] && cx <= r[2] && cy >= r[1] && cy <= r[3];
};
const lastNumber = (words: Word[]): number | null => {
  const digits = words.map((w) => w.text.match(/\d+/g)?.pop()).filter((d): d is string => !!d);
  return digits.length ? Number(digits[digits.length - 1]) : null;
};

type Mupdf = typeof import("mupdf");
function words(page: InstanceType<Mupdf["Page"]>): Word[] {
  const json = JSON.parse(page.toStructuredText("preserve-whitespace").asJSON()) as {
    blocks: { lines?: { text: string; bbox: { x: number; y: number; w: number; h: number } }[] }[];
  };
  return json.blocks.flatMap((b) =>
    (b.lines ?? []).map((l) => ({ text: l.text, box: [l.bbox.x, l.bbox.y, l.bbox.x + l.bbox.w, l.bbox.y + l.bbox.h] })),
  );
}

/** Every link of the 目录 pages with its printed number and the folio of its target page. */
export async function readTocLinks(pdfFile: string, tocPages: number[]): Promise<TocLink[]> {
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(await readFile(pdfFile), "application/pdf");
  const strip = mmToPt(VERTICAL_MARGINS_MM.bottom);
  const folioOf = new Map<number, number | null>();
  const folio = (i: number) => {
    if (!folioOf.has(i)) {
      const page = doc.loadPage(i);
      const h = page.getBounds()[3];
      folioOf.set(i, lastNumber(words(page).filter((w) => w.box[1] >= h - strip && /^\s*\d+\s*$/.test(w.text))));
    }
    return folioOf.get(i) ?? null;
  };
  const covers = (i: number) => i < 2 || i >= doc.countPages() - 2;
  try {
    return tocPages.flatMap((i) => {
      const page = doc.loadPage(i);
      const text = words(page);
      return page
        .getLinks()
        .filter((l) => !l.isExternal())
        .map((l) => {
          const target = doc.resolveLink(l);
          const r = l.getBounds();
          const cover = covers(target);
          const printed = lastNumber(text.filter((w) => inside(w.box, r)));
          return { printed, target, folio: cover ? null : folio(target), cover };
        });
    });
  } finally {
    doc.destroy();
  }
}

/** Throws, naming the first wrong entry, unless every 目录 link prints the folio of the page it leads to. */
export async function proveTocFromPdf(pdfFile: string, tocPages: number[], file: string): Promise<number> {
  const links = await readTocLinks(pdfFile, tocPages);
  if (tocPages.length && !links.length) throw new FolioError({ file, message: "the 目录 page has no links to read" });
  for (const l of links) {
    // A cover item prints the cover's name, not a number.
    if (l.cover && l.printed === null) continue;
    if (l.cover || l.folio === null || l.printed !== l.folio)
      throw new FolioError({
        file,
        message: `目录: an entry prints page ${l.printed ?? "(none)"} but leads to PDF page ${l.target + 1}, whose folio is ${l.folio ?? "(none)"}`,
      });
  }
  return links.length;
}
