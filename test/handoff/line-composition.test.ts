/**
 * Line composition read from a PDF: a small PDF (line-fixtures.ts) with a clean page and one fault
 * per page; each rule must fail on its page alone, with the place of the fault for its crop, and the
 * clean page must pass every rule. Unit tests for joining the pieces of one printed line.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { cropFindings } from "../../src/handoff/preflight/crops.js";
import { lineComposition } from "../../src/handoff/preflight/line-composition.js";
import { pageGeometry } from "../../src/handoff/preflight/page-geometry.js";
import { printedLines, type GlyphPage } from "../../src/handoff/preflight/printed-lines.js";
import type { CheckResult } from "../../src/handoff/preflight/types.js";
import { pageKeys } from "../../src/pdf/page-keys.js";
import { LinePdf, body, type Line } from "./line-fixtures.js";

/** The PDF page each fault is on (1-based); pages 1, 2 and the last two are the covers. */
const PAGE = {
  clean: 3,
  lineStart: 4,
  lineEnd: 5,
  markSplit: 6,
  numberUnit: 7,
  loneCharacter: 8,
  headlineSplit: 9,
  joiningDash: 10,
  strandedHead: 11,
};

/** A paragraph from line `from` of a column: an indented first line, full lines, a last line of `last` characters. */
const paragraph = (column: 0 | 1, from: number, lines: number, last = 5): Line[] =>
  Array.from({ length: lines }, (_, i) => ({
    column,
    line: from + i,
    indent: i === 0 ? 2 : 0,
    text: body(i === 0 ? 14 : i === lines - 1 ? last : 16, i * 16),
  }));

const head = (text: string, column: 0 | 1, line: number): Line => ({ text, column, line, face: "sans-bold", size: 10 });

const pages: Record<keyof typeof PAGE, Line[]> = {
  clean: [
    head("在建强组织夯实基础上下功夫", 0, 0),
    ...paragraph(0, 1, 4),
    { column: 0, line: 5, text: "党组织牢牢扭住——加强城市基层治" },
    { column: 0, line: 6, text: "理，仅2021年受理社区党总支—网格" },
    { column: 0, line: 7, text: "党支部的案件……社会稳定和长治久" },
    { column: 0, line: 8, text: "安总目标。" },
    // A label alone at the head of its column heads nothing there.
    head("学习笔记", 1, 0),
    // A subhead over a short line set to the right of the column: its text is under it.
    head("小标题", 1, 10),
    { column: 1, line: 11, indent: 10, text: "第二段正文。" },
    // Captions: the last line holds more than one character.
    { column: 1, line: 30, size: 7.5, text: "③塔城市和平街道广场社区合理布局商业服务设施，为居民提供就近多" },
    { column: 1, line: 30.7, size: 7.5, text: "元的便民商业服务。□艾昱杏/摄" },
  ],
  lineStart: [...paragraph(0, 0, 2, 16), { column: 0, line: 2, text: "，完整准确贯彻新时代党的治疆方略" }],
  lineEnd: [...paragraph(0, 0, 2, 16), { column: 0, line: 2, text: "完整准确贯彻新时代党的治疆方略“" }],
  markSplit: [
    { column: 0, line: 0, text: "新疆各级党组织认真学习贯彻总书—" },
    { column: 0, line: 1, text: "—加强城市基层治理。" },
    { column: 1, line: 0, text: "新疆各级党组织认真学习贯彻总书…" },
    { column: 1, line: 1, text: "…加强城市基层治理。" },
  ],
  numberUnit: [
    { column: 0, line: 0, text: "发挥第一道防线作用，仅2021", indent: 2 },
    { column: 0, line: 1, text: "年，受理人民调解案件17件，化解居" },
    { column: 0, line: 2, text: "民纠纷。" },
  ],
  loneCharacter: [
    { column: 0, line: 30, size: 7.5, text: "②乌鲁木齐市天山区固原巷社区国学课堂的小朋友在一起读书。□汤永/" },
    { column: 0, line: 30.7, size: 7.5, text: "摄" },
  ],
  headlineSplit: [
    ...paragraph(0, 0, 38),
    head("习近平在省部级主要领导干部“学", 0, 38),
    head("习习近平总书记重要讲话精神”", 0, 39),
    head("专题研讨班上发表重要讲话强调", 1, 0),
    ...paragraph(1, 1, 10),
  ],
  // A subhead at the foot of its column, its text at the head of the next (背题).
  strandedHead: [...paragraph(0, 0, 39), head("在便民利民精细服务上见成效", 0, 39), ...paragraph(1, 0, 41)],
  joiningDash: [
    { column: 0, line: 0, text: "建立“社区党支部—网格党小组", indent: 2 },
    { column: 0, line: 1, text: "—党员中心户”三级管理，增强其责任" },
    { column: 0, line: 2, text: "担当意识。" },
  ],
};

let results: CheckResult[];
let bytes: Uint8Array;
let keys: string[];
let media: (page: number) => [number, number, number, number];

beforeAll(async () => {
  const pdf = await LinePdf.create();
  const byPage = new Map(Object.entries(PAGE).map(([k, p]) => [p, pages[k as keyof typeof PAGE]]));
  for (let p = 1; p <= 13; p++) await pdf.page(byPage.get(p) ?? []);
  bytes = await pdf.save();
  const doc = await PDFDocument.load(bytes);
  const geometry = pageGeometry(doc, { widthMm: 210, heightMm: 285, bleedMm: 3 });
  keys = pageKeys(doc);
  media = (p) => geometry[p - 1].media;
  results = await lineComposition(bytes, keys, geometry, "zh-CN");
}, 60_000);

const failing = (check: string) => results.filter((r) => r.check === check && r.status === "fail");

describe("line composition read from the PDF", () => {
  it("passes the clean page: every rule has its page free of faults", () => {
    expect(results.filter((r) => r.status === "fail" && r.page === PAGE.clean)).toEqual([]);
  });

  it.each([
    ["line-end", PAGE.lineEnd, /ends with ““”/],
    ["number-unit", PAGE.numberUnit, /“…一道防线作用，仅2021” \/ “年，受理人民调解案件17…”/],
    ["lone-character", PAGE.loneCharacter, /“摄” alone on the last line/],
  ])("fails %s on its page alone, naming it", (check, page, message) => {
    const r = failing(check);
    expect(r.map((x) => x.page)).toEqual([page]);
    expect(r[0].message).toMatch(message);
  });

  it("fails a headline split across columns, and a subhead left at its column's foot, naming each page", () => {
    const r = failing("headline-split");
    expect(r.map((x) => x.page)).toEqual([PAGE.headlineSplit, PAGE.strandedHead]);
    expect(r[0].message).toMatch(/headline “习近平在省部级主要领导干部“学习习近平总书记重要讲话精神”” ends its column/);
    expect(r[1].message).toMatch(/headline “在便民利民精细服务上见成效” ends its column/);
  });

  it("fails a —— and a …… split between two lines", () => {
    const r = failing("mark-split");
    expect(r.map((x) => x.page)).toEqual([PAGE.markSplit, PAGE.markSplit]);
    expect(r.map((x) => x.message).join("\n")).toMatch(/破折号[\s\S]*省略号/);
  });

  it("fails a line starting with closing punctuation, or with a one-em 连接号, naming the page", () => {
    const r = failing("line-start");
    expect(r.map((x) => x.page)).toEqual([PAGE.lineStart, PAGE.joiningDash]);
    expect(r[0].message).toMatch(/starts with “，”/);
    expect(r[1].message).toMatch(/starts with “—”: “—党员中心户”/);
  });

  it("gives each fault its place on the page, and the report a crop of it", async () => {
    const faults = results.filter((r) => r.status === "fail");
    for (const f of faults) {
      const m = media(f.page ?? 0);
      expect(f.pt?.[0]).toBeGreaterThanOrEqual(m[0]);
      expect(f.pt?.[3]).toBeLessThanOrEqual(m[3]);
    }
    const crops = await cropFindings(bytes, keys, faults, media);
    expect(crops.size).toBe(faults.length);
  });

  it("checks Chinese text only: another edition's lines get one passing result", async () => {
    const doc = await PDFDocument.load(bytes);
    const other = await lineComposition(
      bytes,
      keys,
      pageGeometry(doc, { widthMm: 210, heightMm: 285, bleedMm: 3 }),
      "ug",
    );
    expect(other).toEqual([expect.objectContaining({ check: "line-composition", status: "pass" })]);
  });
});

describe("printed lines", () => {
  const glyphs = (text: string, x: number, gapAfter: number[] = []): GlyphPage["glyphs"] => {
    let at = x;
    return [...text].map((c, i) => {
      const g = { c, x0: at, x1: at + 9.5, baseline: 100, size: 9.5, font: 0 };
      at += 9.5 + (gapAfter.includes(i) ? 4.75 : 0);
      return g;
    });
  };
  it("joins the pieces of one printed line across a compressed mark's gap, and keeps columns apart", () => {
    const page: GlyphPage = {
      fonts: ["NotoSerifSC-Regular"],
      images: [],
      glyphs: [...glyphs("人”“贴心人”。", 50, [1]), ...glyphs("第二栏", 200)],
    };
    expect(printedLines(page).map((l) => l.text)).toEqual(["人”“贴心人”。", "第二栏"]);
  });
});
