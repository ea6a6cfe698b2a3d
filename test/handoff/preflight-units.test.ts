import { describe, expect, it } from "vitest";
import { checkBarcode, parseZbar } from "../../src/handoff/preflight/barcode-check.js";
import { checkBoxes, checkImages, checkPageCount } from "../../src/handoff/preflight/checks-document.js";
import { scanContent } from "../../src/handoff/preflight/colour.js";
import { checkInk, measureInk } from "../../src/handoff/preflight/ink.js";
import { parsePam } from "../../src/handoff/preflight/pam.js";
import { parsePdffonts, parsePdfimagesList } from "../../src/handoff/preflight/poppler.js";
import { spreads } from "../../src/handoff/preflight/thumbnails.js";
import { checkToc } from "../../src/handoff/preflight/toc-check.js";
import { pinXmp } from "../../src/handoff/finalize-pdf.js";
import { psString } from "../../src/handoff/pdfx-def.js";
import { dosDate, sha256sums } from "../../src/handoff/package-zip.js";

const MM = 72 / 25.4;
const trim = { widthMm: 210, heightMm: 285, bleedMm: 3 };

describe("document checks", () => {
  it("wants a multiple of 4 pages", () => {
    expect(checkPageCount(68)[0].status).toBe("pass");
    expect(checkPageCount(66)[0].status).toBe("fail");
  });
  it("checks TrimBox and BleedBox sizes per page", () => {
    const ok = {
      trim: [10, 10, 10 + 210 * MM, 10 + 285 * MM],
      bleed: [10 - 3 * MM, 10 - 3 * MM, 10 + 213 * MM, 10 + 288 * MM],
    } as const;
    const r = checkBoxes([{ trim: [...ok.trim], bleed: [...ok.bleed] }, { trim: [0, 0, 595, 842] }], trim);
    expect(r.map((x) => [x.page, x.status])).toEqual([
      [2, "fail"],
      [2, "fail"],
    ]);
    expect(r[1].message).toBe("no BleedBox");
  });
  it("grades image resolution: fail < 200, warn < 300", () => {
    const im = (ppi: number) => ({
      page: 3,
      type: "image",
      width: 1,
      height: 1,
      color: "cmyk",
      comp: 4,
      object: 9,
      xPpi: ppi,
      yPpi: ppi,
    });
    expect(checkImages([im(150), im(250), im(300), { ...im(20), type: "smask" }]).map((r) => r.status)).toEqual([
      "fail",
      "warn",
    ]);
  });
});

describe("tool output parsers", () => {
  it("reads pdffonts columns, including names with spaces in the type", () => {
    const out = `name                                 type              encoding         emb sub uni object ID
------------------------------------ ----------------- ---------------- --- --- --- ---------
FYUQZF+NotoSerifSC-Regular           CID TrueType      Identity-H       yes yes yes     50  0
[none]                               Type 3            Custom           yes no  yes      4  0
Helvetica                            Type 1            WinAnsi          no  no  no       7  0
`;
    expect(parsePdffonts(out)).toEqual([
      { name: "FYUQZF+NotoSerifSC-Regular", type: "CID TrueType", embedded: true },
      { name: "[none]", type: "Type 3", embedded: true },
      { name: "Helvetica", type: "Type 1", embedded: false },
    ]);
  });
  it("reads pdfimages -list rows", () => {
    const out = `page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
--------------------------------------------------------------------------------------------
   1     0 image     720   480  icc     3   8  jpeg   no        20  0   304   303 10.1K 1.0%
`;
    expect(parsePdfimagesList(out)).toEqual([
      { page: 1, type: "image", width: 720, height: 480, color: "icc", comp: 3, object: 20, xPpi: 304, yPpi: 303 },
    ]);
  });
  it("reads zbarimg symbols and checks code and add-on", () => {
    const s = parseZbar("EAN-2:08\nEAN-13:9772096746223\n");
    expect(checkBarcode({ ...s, magnification: 1 }, 68, "9772096746223", "08")[0].status).toBe("pass");
    expect(checkBarcode({ ...s, magnification: 1 }, 68, "9772096746223", "09")[0].status).toBe("fail");
    expect(checkBarcode({ ...s, magnification: 0.75 }, 68, "9772096746223", "08")[0].message).toMatch(
      /75 % of nominal/,
    );
    expect(checkBarcode(s, 68, "9772096746223", "08")[0].status).toBe("fail"); // size not measured
    expect(checkBarcode(parseZbar(""), 68, "9772096746223", "08")[0].message).toMatch(/no EAN-13 found/);
  });
});

describe("colour", () => {
  it("records the fill colour text is shown in, through q/Q", () => {
    const into = { textFills: new Map<string, number>(), rgbOperators: 0 };
    scanContent("q 0.7 0.6 0.6 0.9 k BT (a) Tj ET Q BT (b) Tj ET 0 0 0 rg", into);
    expect([...into.textFills]).toEqual([
      ["0.7 0.6 0.6 0.9 k", 1],
      ["0 g", 1],
    ]);
    expect(into.rgbOperators).toBe(1);
  });
  it("measures total ink inside the BleedBox of a CMYK PAM and fails above the limit", () => {
    // 4 × 2 pixels: a 2 × 2 block at 400 %, the rest paper. TAC is measured over 2 × 2 pixels.
    const header = Buffer.from("P7\nWIDTH 4\nHEIGHT 2\nDEPTH 4\nMAXVAL 255\nTUPLTYPE CMYK\nENDHDR\n");
    const row = [255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0];
    const pam = parsePam(Buffer.concat([header, Buffer.from([...row, ...row])]));
    const geo = { media: [0, 0, 288, 144], trim: [0, 0, 288, 144], bleed: [0, 0, 288, 144] } as const;
    const m = measureInk(pam, { media: [...geo.media], trim: [...geo.trim], bleed: [...geo.bleed] }, 1, 300);
    expect(m).toMatchObject({ maxTac: 400 });
    expect(checkInk([{ page: 5, ...m }], 300, "FOGRA39")).toEqual([
      expect.objectContaining({ status: "fail", page: 5 }),
    ]);
    expect(checkInk([{ page: 5, maxTac: 298, meanTac: 20 }], 300, "FOGRA39")[0].status).toBe("pass");
  });
});

describe("TOC read-back", () => {
  const texts = ["封面", "封二", "牢记领袖嘱托 勇挑\n担当之责\n辛组研", "…"];
  it("finds titles on folio + 2, ignoring line breaks", () => {
    expect(
      checkToc([{ section: "s", title: "牢记领袖嘱托 勇挑担当之责", page: 1, articleId: "a" }], texts)[0].status,
    ).toBe("pass");
  });
  it("fails a title on the wrong page or outside the PDF, warns on empty TOC", () => {
    const r = checkToc(
      [
        { section: "s", title: "高端时论", page: 2, articleId: "b" },
        { section: "s", title: "x", page: 70, articleId: "c" },
      ],
      texts,
    );
    expect(r.map((x) => x.status)).toEqual(["fail", "fail"]);
    expect(checkToc([], texts)[0].status).toBe("warn");
  });
});

describe("small pure helpers", () => {
  it("lays out saddle-stitch spreads", () => {
    expect(spreads(8)).toEqual([[1], [2, 3], [4, 5], [6, 7], [8]]);
    expect(spreads(4)).toEqual([[1], [2, 3], [4]]);
  });
  it("pins XMP dates and title", () => {
    const xmp =
      "<xmp:ModifyDate>2026-01-01T10:00:00Z</xmp:ModifyDate> xmp:CreateDate=\"2026\" <dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Ã¥</rdf:li></rdf:Alt></dc:title>";
    expect(pinXmp(xmp, "2022-08-25T00:00:00Z", "党员之友 <8>")).toBe(
      "<xmp:ModifyDate>2022-08-25T00:00:00Z</xmp:ModifyDate> xmp:CreateDate=\"2022-08-25T00:00:00Z\" <dc:title><rdf:Alt><rdf:li xml:lang='x-default'>党员之友 &#60;8&#62;</rdf:li></rdf:Alt></dc:title>",
    );
  });
  it("writes PostScript strings", () => {
    expect(psString("a (b) \\c")).toBe("(a \\(b\\) \\\\c)");
    expect(psString("党")).toBe("<FEFF515A>");
  });
  it("writes sha256sum -c lines and a time-zone-free DOS date", () => {
    expect(sha256sums([{ name: "a.txt", data: Buffer.from("") }])).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.txt\n",
    );
    const d = dosDate("2022-08-25");
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2022, 7, 25, 0]);
  });
});
