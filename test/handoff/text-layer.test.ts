/**
 * The press PDF's text layer: ToUnicode maps written out before Ghostscript (which garbles bfrange
 * entries and multi-character destinations) and given back to its fonts after; gs's messages read
 * with the page they came on; the 10-character-run measure.
 */
import { describe, expect, it } from "vitest";
import { parseGsOutput } from "../../src/handoff/gs-messages.js";
import { checkTextLayer, textRunShare } from "../../src/handoff/preflight/text-layer.js";
import { agreement, expandBfRanges, parseToUnicode } from "../../src/handoff/to-unicode.js";

const CMAP = `/CIDInit /ProcSet findresource begin
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0009> <4E24>
<00EC> <20142014>
endbfchar
2 beginbfrange
<000E> <000F> <4E8B>
<0010> <0011> [<0041> <0042>]
endbfrange
endcmap`;

describe("ToUnicode maps", () => {
  it("reads bfchar and both forms of bfrange", () => {
    const m = parseToUnicode(CMAP);
    expect(Object.fromEntries(m)).toEqual({
      9: "4E24",
      236: "20142014",
      14: "4E8B",
      15: "4E8C",
      16: "0041",
      17: "0042",
    });
  });
  it("writes every range out as bfchar entries, keeping the map", () => {
    const out = expandBfRanges(CMAP);
    expect(out).not.toMatch(/bfrange/);
    expect(out).toMatch(/4 beginbfchar\n<000E> <4E8B>\n<000F> <4E8C>\n<0010> <0041>\n<0011> <0042>\nendbfchar/);
    expect(parseToUnicode(out)).toEqual(parseToUnicode(CMAP));
  });
  it("matches a font gs wrote to its source by single-character agreement", () => {
    const source = parseToUnicode(CMAP);
    // gs's output: right single characters, the "——" ligature garbled.
    expect(
      agreement(
        new Map([
          [9, "4E24"],
          [14, "4E8B"],
          [236, "20141414"],
        ]),
        source,
      ),
    ).toBe(2);
    expect(agreement(new Map([[9, "4E25"]]), source)).toBe(-1);
    expect(agreement(new Map([[99, "4E24"]]), source)).toBe(-1);
  });
  it("a font of characters beyond U+FFFF only has no entry to agree on, but must have every code", () => {
    // 𠮷 U+20BB7 and 𬱖 U+2CC56 as the print PDF maps them, and as gs 10.0 wrote them (measured).
    const source = new Map([
      [3, "D842DFB7"],
      [4, "D873DC56"],
    ]);
    const written = new Map([
      [3, "D84242B7"],
      [4, "D8737356"],
    ]);
    expect(agreement(written, source)).toBe(0);
    expect(agreement(new Map([[5, "D842DFB7"]]), source)).toBe(-1);
  });
});

describe("Ghostscript messages", () => {
  it("names the page a PDF/X warning came on and joins continued lines", () => {
    const out = `GPL Ghostscript 10.0.0 (2022-09-21)
Copyright (C) 2022 Artifex Software, Inc.  All rights reserved.
Processing pages 1 through 2.
Page 1
Page 2
GPL Ghostscript 10.00.0: Annotation (not TrapNet or PrinterMark) on page,
 not permitted in PDF/X, reverting to normal PDF output
`;
    expect(parseGsOutput(out)).toEqual([
      {
        page: 2,
        text: "Annotation (not TrapNet or PrinterMark) on page, not permitted in PDF/X, reverting to normal PDF output",
        pdfx: true,
      },
    ]);
    expect(parseGsOutput("Page 1\n   **** Warning: something else\n")).toEqual([
      { page: 1, text: "**** Warning: something else", pdfx: false },
    ]);
  });
});

describe("10-character runs", () => {
  it("counts runs of the source found unchanged on the same page", () => {
    const share = textRunShare(
      ["习近平总书记在辽宁考察时强调要坚持", "第二页"],
      ["习近平总书记在辽宁考察时强调要坚持", "第二页"],
    );
    expect(share).toMatchObject({ runs: 1, found: 1 });
    expect(checkTextLayer(share)[0].status).toBe("pass");
    const broken = textRunShare(
      ["习近平总书记在辽宁考察时强调要坚持习近平总书记在辽宁"],
      ["习近总书记在辽宁考察时强调要坚持"],
    );
    expect(broken).toMatchObject({ runs: 2, found: 0 });
    expect(checkTextLayer(broken)[0]).toMatchObject({ status: "fail", page: 1 });
  });
});
