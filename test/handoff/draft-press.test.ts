/**
 * A draft's press file cannot pass as final: checkDraftPress reads the file back (name, pdfinfo,
 * output intents, pdftotext word boxes) and fails the clean press PDF, a copy named without 草稿, a
 * draft one page of which lost its slug mark, and a mark set inside the trim; it passes a draft made
 * by writeDraftPress.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDraftPress, unmarkedPages } from "../../src/handoff/draft-check.js";
import { draftLines, pressFileName, writeDraftPress } from "../../src/handoff/draft-press.js";
import { makePressPdf } from "../../src/handoff/press-pdf.js";
import { fixtureIssue, makePrintPdf } from "./fixtures.js";

const TRIM = { widthMm: 210, heightMm: 285, bleedMm: 3 };
const NAMES = ["封一 (PDF 1)", "p. 1 (PDF 2)", "p. 2 (PDF 3)", "封四 (PDF 4)"];
let root: string;
let press: string;
let draft: string;
const issue = () => fixtureIssue(root);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "folio-draft-"));
  const print = await makePrintPdf(join(root, "src"), { placeholder: true });
  press = join(root, pressFileName("2022-08", false));
  await makePressPdf(issue(), print, root, press);
  draft = join(root, pressFileName("2022-08", true));
  await writeDraftPress(issue(), press, draft, draftLines(issue(), NAMES, [{ page: 1, what: "placeholder photo" }]));
}, 120_000);

describe("draft press file", () => {
  it("is named, titled and marked 草稿 on every page, outside the trim, and claims no PDF/X", async () => {
    expect(draft).toMatch(/2022-08-press-草稿-DRAFT\.pdf$/);
    expect(await checkDraftPress(draft, TRIM)).toEqual([]);
    const info = execFileSync("pdfinfo", [draft], { encoding: "utf8" });
    expect(info).not.toMatch(/PDF subtype/);
    expect(info).toMatch(/Title:\s+草稿 · 非印刷用 DRAFT — 党员之友 2022年第8期/);
    // Inside the trim (x 80–540, y 80–760 pt of the 3 mm-bleed page) the page has no mark.
    const inside = execFileSync(
      "pdftotext",
      ["-f", "1", "-l", "1", "-x", "80", "-y", "80", "-W", "460", "-H", "680", draft, "-"],
      {
        encoding: "utf8",
      },
    );
    expect(inside).not.toContain("草稿");
  });

  it("fails the clean press PDF: its PDF/X claim, output intent, title and every unmarked page", async () => {
    const clean = join(root, "2022-08-press-草稿-DRAFT-clean.pdf");
    copyFileSync(press, clean);
    expect(await checkDraftPress(clean, TRIM)).toEqual([
      "it claims PDF/X-3:2002",
      expect.stringMatching(/^its Title "党员之友 2022年第8期.*" does not begin with 草稿$/),
      "it has an output intent (a PDF/X workflow would accept it)",
      "PDF page(s) 1, 2, 3, 4 carry no 草稿 mark outside the trim",
    ]);
    expect(await checkDraftPress(press, TRIM)).toContain("its file name 2022-08-press.pdf does not say 草稿 DRAFT");
  });

  it("fails a draft one page of which has no slug mark, naming that page", async () => {
    const partly = join(root, "partly-草稿-DRAFT.pdf");
    const lines = draftLines(issue(), NAMES, []).filter((l) => l.page !== 3);
    await writeDraftPress(issue(), press, partly, lines);
    expect(await checkDraftPress(partly, TRIM)).toEqual(["PDF page(s) 3 carry no 草稿 mark outside the trim"]);
  });

  it("does not count a 草稿 inside the trim as a slug mark", () => {
    const page = { media: [0, 0, 600, 800], trim: [40, 40, 560, 760] };
    const word = (box: [number, number, number, number]) => ({ page: 1, text: "草稿", box });
    expect(unmarkedPages([word([100, 100, 120, 110])], [page])).toEqual([1]);
    expect(unmarkedPages([word([100, 35, 120, 45])], [page])).toEqual([1]); // crosses the trim's top edge (y 40)
    expect(unmarkedPages([word([100, 20, 120, 30])], [page])).toEqual([]);
    expect(unmarkedPages([{ ...word([100, 20, 120, 30]), text: "校样" }], [page])).toEqual([1]);
  });
});
