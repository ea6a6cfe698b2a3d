/**
 * The proof PDF of a round, made from the print PDF (its slug outside the trim holds the marks):
 * every page carries the round, the date, the build's identity and the page's name above the bleed;
 * a page changed since the last round also carries a bar on its outer edge outside the trim, what
 * changed below the bleed, and an outline around each changed area. From the second round on, the
 * proof opens with the list of changed pages. Unchanged pages carry no change mark at all.
 */
import { cmyk, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { drawTextRuns, embedTextFonts } from "../handoff/proof-stamp.js";
import type { Box } from "./page-diff.js";
import type { ChangeKind, PageChange } from "./compare.js";
import type { RoundRecord } from "./record.js";

export const KIND_WORDS: Record<ChangeKind, string> = {
  edited: "改动 edited",
  "re-set": "重排 re-set",
  moved: "移动 moved",
  added: "新增 added",
  removed: "删除 removed",
};
export const MARK_COLOUR = cmyk(0, 1, 0, 0);
const INK = cmyk(0, 0, 0, 1);

export interface MarkedChange extends PageChange {
  boxes: Box[];
}

/** One line of the list of changed pages, and its passages (pure); `listPages` pages open the proof. */
export function listLines(c: PageChange, listPages = 0): string[] {
  const what = c.toc && c.kind === "moved" ? "目录页码 page numbers" : c.files.join(", ");
  const here =
    c.kind === "removed" ? "" : ` · 本校样第${c.index + 1 + listPages}页 proof page ${c.index + 1 + listPages}`;
  return [
    `${c.name}${here}  ${KIND_WORDS[c.kind]}${what ? `  ${what}` : ""}`,
    ...c.passages.flatMap((p) => [
      `    ${p.file}`,
      `      前 before 「${p.before}」`,
      `      后 after  「${p.after}」`,
    ]),
  ];
}

const slugLine = (r: RoundRecord, name: string, title: string) =>
  `${r.label} · ${r.date} · ${title} · build ${r.build} · ${name}`;

function drawListPages(
  doc: PDFDocument,
  r: RoundRecord,
  prevLabel: string,
  changes: PageChange[],
  fonts: Map<string, PDFFont>,
): void {
  const [first] = doc.getPages();
  const { width, height } = first.getSize();
  const trim = first.getTrimBox();
  const size = 8;
  const lead = 13;
  const perPage = Math.floor((trim.height - 60) / lead);
  const count = (n: number) => Math.max(1, Math.ceil((2 + changes.flatMap((c) => listLines(c, n)).length) / perPage));
  const listPages = count(count(1));
  const lines = [
    `${r.label} · 与${prevLabel}相比改动的页 Pages changed since ${prevLabel}: ${changes.length}`,
    "",
    ...(changes.length ? changes.flatMap((c) => listLines(c, listPages)) : ["没有改动的页 No page changed."]),
  ];
  for (let p = 0; p * perPage < lines.length; p++) {
    const page = doc.insertPage(p, [width, height]);
    page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
    lines.slice(p * perPage, (p + 1) * perPage).forEach((l, i) => {
      drawTextRuns(
        page,
        l,
        { x: trim.x + 30, y: trim.y + trim.height - 40 - i * lead, size: i === 0 && p === 0 ? 11 : size, color: INK },
        fonts,
      );
    });
  }
}

function markPage(page: PDFPage, c: MarkedChange, rightHand: boolean): void {
  const trim = page.getTrimBox();
  const bleed = page.getBleedBox();
  const x = rightHand ? bleed.x + bleed.width + 2 : bleed.x - 8;
  page.drawRectangle({ x, y: trim.y, width: 6, height: trim.height, color: MARK_COLOUR });
  for (const b of c.boxes)
    page.drawRectangle({
      x: trim.x + b.x - 1.5,
      y: trim.y + trim.height - b.y - b.height - 1.5,
      width: b.width + 3,
      height: b.height + 3,
      borderColor: MARK_COLOUR,
      borderWidth: 1,
    });
}

/** Marks the print PDF `doc` in place as the proof of round `r`. */
export async function markProof(
  doc: PDFDocument,
  r: RoundRecord,
  title: string,
  previous: { label: string; changes: MarkedChange[] } | undefined,
  rtl: boolean,
): Promise<void> {
  const pages = doc.getPages();
  const byIndex = new Map((previous?.changes ?? []).map((c) => [c.index, c]));
  const slugs = r.pages.map((p) => slugLine(r, p.name, title));
  const noteOf = (c: MarkedChange) =>
    `${KIND_WORDS[c.kind]} · ${previous?.label}→${r.label}${c.files.length ? ` · ${c.files.join(", ")}` : ""}`;
  const notes = [...byIndex.values()].map(noteOf);
  const fonts = await embedTextFonts(doc, [
    ...slugs,
    ...notes,
    ...(previous ? previous.changes.flatMap((c) => listLines(c, 1)) : []),
    `${r.label} 与${previous?.label ?? ""}相比改动的页 Pages changed since: 没有改动的页 No page changed. 目录页码 page numbers 前后「」→ 本校样第页 proof page 0123456789`,
  ]);
  pages.forEach((page, i) => {
    const bleed = page.getBleedBox();
    drawTextRuns(page, slugs[i] ?? "", { x: bleed.x, y: bleed.y + bleed.height + 3, size: 6.5, color: INK }, fonts);
    const c = byIndex.get(i);
    if (!c) return;
    // Odd PDF pages (0-based even) are right-hand pages when the issue is bound on the left.
    markPage(page, c, i % 2 === 0 ? !rtl : rtl);
    drawTextRuns(page, noteOf(c), { x: bleed.x, y: bleed.y - 9, size: 6.5, color: MARK_COLOUR }, fonts);
  });
  if (previous) drawListPages(doc, r, previous.label, previous.changes, fonts);
}
