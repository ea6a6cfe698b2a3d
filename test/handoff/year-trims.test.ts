/**
 * trim-year across issues: the other issues of the year built beside this one are read from their
 * own PDFs (`pdfinfo -box`), and an issue built at another trim fails the rule on page 1.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { checkPeriodical } from "../../src/handoff/preflight/periodical.js";
import { parseTrimBox, yearTrims } from "../../src/handoff/preflight/year-trims.js";
import { MINI_ISSUE } from "../helpers/mini.js";

const MM = 72 / 25.4;
const root = mkdtempSync(path.join(tmpdir(), "folio-year-trims-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A one-page PDF of the given trim (3 mm bleed round it) as dist/<id>/<id>-press.pdf. */
async function built(id: string, widthMm: number, heightMm: number): Promise<void> {
  const doc = await PDFDocument.create();
  const b = 3 * MM;
  const page = doc.addPage([widthMm * MM + 2 * b, heightMm * MM + 2 * b]);
  page.setTrimBox(b, b, widthMm * MM, heightMm * MM);
  mkdirSync(path.join(root, id), { recursive: true });
  writeFileSync(path.join(root, id, `${id}-press.pdf`), await doc.save());
}

describe("trim-year: one trim for every issue of a year", () => {
  it("reads pdfinfo's TrimBox", () => {
    expect(parseTrimBox("Page    1 TrimBox:      36.92    37.06   632.20   844.94\n")).toEqual({
      widthPt: expect.closeTo(595.28, 2),
      heightPt: expect.closeTo(807.88, 2),
    });
  });

  it("an issue of the year built at another trim fails on page 1; other years and this issue are left out", async () => {
    await built("2099-02", 210, 285);
    await built("2099-03", 210, 297);
    await built("2098-12", 185, 260);
    await built("2099-01", 185, 260); // this issue's own old build
    const others = await yearTrims(root, "2099-01", 2099);
    expect(others.map((o) => o.id)).toEqual(["2099-02", "2099-03"]);
    const issue = await loadIssue(MINI_ISSUE);
    const page = { widthPt: 210 * MM, heightPt: 285 * MM };
    const trim = checkPeriodical(["", "", "", ""], issue, [page, page, page, page], others).filter(
      (r) => r.check === "periodical: trim-year",
    );
    expect(trim).toEqual([
      expect.objectContaining({
        status: "fail",
        page: 1,
        message: expect.stringMatching(
          /trim 210\.0×285\.0 mm, but 2099-03 of the same year was built at 210\.0×297\.0 mm$/,
        ),
      }),
    ]);
  });
});
