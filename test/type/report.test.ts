/**
 * The type report on synthetic PDF pages (lines as MuPDF reads them): each check passes on a page set
 * as the magazine sets it and fails on a page set wrong.
 */
import { describe, expect, it } from "vitest";
import { typeReport, type PageRole } from "../../src/type/report.js";
import type { PdfLine, PdfPage } from "../../src/type/pdf-text.js";

const SERIF = "ABCDEF+NotoSerifSC-Regular";
const SANS_BLACK = "ABCDEF+NotoSansSC-Black";
const TOP = 56.7; // type area top (20 mm)
const AREA = { top: TOP, bottom: TOP + 44 * 15.75 };
const spec = { bodyPt: 9.5, leadingPt: 15.75, area: AREA, columnPt: 152 };
const FULL = "组织工作的窗口党员生活的挚友做好新疆工作关键在党学习贯彻";

function line(text: string, x0: number, baseline: number, o: Partial<PdfLine> = {}): PdfLine {
  const size = o.size ?? 9.5;
  const chars = [...text].map((c, i) => ({ c, x: x0 + i * size, size }));
  return {
    text,
    chars,
    baseline,
    x0,
    x1: x0 + [...text].length * size,
    top: baseline - size * 0.88,
    bottom: baseline + size * 0.12,
    size,
    font: SERIF,
    ...o,
  };
}

/** Two columns of body lines on the grid, `n` lines each (the first of the page 12 pt into the grid). */
function columns(n: number, o: { size?: number; leading?: number; shift?: number; text?: string } = {}): PdfLine[] {
  const leading = o.leading ?? 15.75;
  const out: PdfLine[] = [];
  for (const [x, shift] of [
    [46, 0],
    [300, o.shift ?? 0],
  ] as const) {
    for (let i = 0; i < n; i++)
      out.push(line(o.text ?? FULL.slice(0, 25), x, TOP + 12 + i * leading + shift, { size: o.size ?? 9.5 }));
  }
  return out;
}

const page = (index: number, lines: PdfLine[], images: PdfPage["images"] = []): PdfPage => ({
  index,
  width: 595,
  height: 808,
  lines,
  images,
});
const role = (folio: number, o: Partial<PageRole> = {}): PageRole => ({
  folio,
  roles: [],
  articles: ["a"],
  articleStarts: [],
  ...o,
});
const failed = (r: ReturnType<typeof typeReport>, check: string) =>
  r.checks.filter((c) => c.check === check && c.status === "fail");

describe("type report", () => {
  it("passes pages set in the magazine's one size and leading, on the grid, full to the foot", () => {
    const r = typeReport(
      [page(0, columns(44)), page(1, columns(44))],
      [role(1), role(2, { articles: ["a"] })],
      spec,
      new Map(),
    );
    expect(r.bodySizes).toEqual([9.5]);
    expect(r.leadings).toEqual([15.75]);
    expect(r.checks.filter((c) => c.status !== "pass")).toEqual([]);
  });

  it("fails a page whose body is set in another size or leading", () => {
    const r = typeReport(
      [page(0, columns(44)), page(1, columns(40, { size: 9, leading: 16.5 }))],
      [role(1), role(2)],
      spec,
      new Map(),
    );
    expect(failed(r, "body size").map((c) => c.page)).toEqual([2]);
    expect(failed(r, "leading").map((c) => c.page)).toEqual([2]);
    expect(r.bodySizes).toEqual([9, 9.5]);
  });

  it("fails a column whose lines are off the baseline grid, and facing pages that do not share baselines", () => {
    const off = typeReport([page(0, columns(44, { shift: 0.75 }))], [role(1)], spec, new Map());
    expect(failed(off, "baseline grid")).toHaveLength(1);
    const facing = typeReport(
      [
        page(0, columns(44)),
        page(
          1,
          columns(44).map((l) => ({ ...l, baseline: l.baseline + 4 })),
        ),
      ],
      [role(1), role(2)],
      spec,
      new Map(),
    );
    expect(failed(facing, "baseline grid").map((c) => c.page)).toEqual([2]);
  });

  it("fails a paragraph ending on a line of one or two characters (not a centred two-character name)", () => {
    const lines = [
      ...columns(43),
      line("好。", 46, TOP + 12 + 43 * 15.75),
      line("倪坤", 160, TOP + 12 + 43 * 15.75 - 0),
    ];
    const r = typeReport([page(0, lines)], [role(1)], spec, new Map());
    expect(r.runts.map((x) => x.text)).toEqual(["好。"]);
    expect(failed(r, "short last line")).toHaveLength(1);
  });

  it("fails closing punctuation at a line start, opening at a line end, and half-width punctuation between Chinese", () => {
    const lines = columns(44);
    lines[3] = line(`，坚持党的领导${FULL.slice(0, 18)}`, 46, lines[3].baseline);
    lines[5] = line(`${FULL.slice(0, 24)}“`, 46, lines[5].baseline);
    lines[7] = line(`社区(街道)党组织,推动${FULL.slice(0, 14)}`, 46, lines[7].baseline);
    const r = typeReport([page(0, lines)], [role(1)], spec, new Map());
    expect(failed(r, "line start")).toHaveLength(1);
    expect(failed(r, "line end")).toHaveLength(1);
    expect(failed(r, "punctuation")).toHaveLength(1);
  });

  it("fails a headline broken inside a phrase, passes one broken between phrases", () => {
    const head = (a: string, b: string) => [
      line(a, 100, 120, { size: 20, font: SANS_BLACK }),
      line(b, 100, 153, { size: 20, font: SANS_BLACK }),
    ];
    const title = "把握新发展阶段贯彻新发展理念构建新发展格局 持续推动新疆经济社会高质量发展";
    const good = typeReport(
      [
        page(0, [
          ...head("把握新发展阶段贯彻新发展理念构建新发展格局", "持续推动新疆经济社会高质量发展"),
          ...columns(30),
        ]),
      ],
      [role(1, { articleStarts: ["a"] })],
      spec,
      new Map([["a", title]]),
    );
    expect(failed(good, "headline")).toEqual([]);
    const bad = typeReport(
      [
        page(0, [
          ...head("把握新发展阶段贯彻新发展理念构建新发", "展格局 持续推动新疆经济社会高质量发展"),
          ...columns(30),
        ]),
      ],
      [role(1, { articleStarts: ["a"] })],
      spec,
      new Map([["a", title]]),
    );
    expect(failed(bad, "headline")).toHaveLength(1);
  });

  it("fails a page more than 40% empty unless it is an article's last page, and lists filler pages", () => {
    const half = columns(20);
    const layout = [
      role(1, { articles: ["a"] }),
      role(2, { articles: ["a", "b"] }),
      role(3, { articles: ["b"] }),
      role(4, { roles: ["filler"], articles: [] }),
    ];
    const r = typeReport(
      [page(0, half), page(1, half), page(2, half), page(3, [], [{ x0: 46, y0: TOP, x1: 540, y1: 700 }])],
      layout,
      spec,
      new Map(),
    );
    // p.1 is not a's last page (a continues on p.2): fail; p.2 (a's last) and p.3 (b's last): warn.
    expect(failed(r, "page fill").map((c) => c.page)).toEqual([1]);
    expect(r.checks.filter((c) => c.check === "page fill" && c.status === "warn").map((c) => c.page)).toEqual([2, 3]);
    expect(r.pages.find((p) => p.page === 1)?.empty).toBeGreaterThan(0.5);
    expect(r.fillers).toEqual([{ page: 4, folio: 4, kind: "filler" }]);
  });
});
