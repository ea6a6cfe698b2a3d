/**
 * TOC read-back: each entry's printed folio must fall inside the PDF and its title must be
 * found in that page's text. PDF page = folio + folioOffset (default 2: 封一 and 封二 precede
 * inner page 1). Titles are compared as the print stage's own 目录 proof compares them (squash:
 * no whitespace, no punctuation), since lines break anywhere in CJK and quotes extract variously.
 */
import type { TocEntry } from "../../contract/stage.js";
import { squash } from "../../text/squash.js";
import type { CheckResult } from "./types.js";
import { PLACE_LABEL, placePdfIndex } from "../../model/places.js";

export const DEFAULT_FOLIO_OFFSET = 2;

const where = (e: TocEntry): string => (e.place ? PLACE_LABEL[e.place] : `folio ${e.page}`);

export function checkToc(toc: TocEntry[], pageTexts: string[], folioOffset = DEFAULT_FOLIO_OFFSET): CheckResult[] {
  if (!toc.length)
    return [{ check: "toc", status: "warn", message: "no TOC entries were passed in: nothing read back" }];
  const found: CheckResult[] = [];
  for (const e of toc) {
    // An item on a cover (封二, 封三, 封四) is on that sheet of the PDF, not on a numbered page.
    const page = e.place ? placePdfIndex(e.place, pageTexts.length) + 1 : (e.page ?? 0) + folioOffset;
    if (page < 1 || page > pageTexts.length) {
      found.push({
        check: "toc",
        status: "fail",
        message: `"${e.title}": ${where(e)} is outside the ${pageTexts.length}-page PDF`,
      });
      continue;
    }
    const text = squash(pageTexts[page - 1]);
    const title = squash(e.title);
    if (text.includes(title)) continue;
    const head = title.slice(0, 6);
    found.push(
      text.includes(head)
        ? {
            check: "toc",
            status: "warn",
            page,
            message: `"${e.title}": only the beginning of the title found on ${where(e)}`,
          }
        : {
            check: "toc",
            status: "fail",
            page,
            message: `"${e.title}" not found on ${where(e)} (TOC and pages disagree)`,
          },
    );
  }
  return found.length
    ? found
    : [{ check: "toc", status: "pass", message: `${toc.length} TOC entries found on their pages` }];
}
