/**
 * The type report on real PDFs printed by Chromium: a page set as the magazine sets it passes; a page
 * set wrong (smaller body, looser leading, a one-character last line, a half-width comma between
 * Chinese characters, a headline broken inside a phrase, a half-empty page) fails, read back with
 * MuPDF only.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdfLines } from "../../src/type/pdf-text.js";
import { typeReport, type TypeReport } from "../../src/type/report.js";
import { resolveChromium } from "../../src/browser/resolve.js";

const run = promisify(execFile);
const fontCss = path.resolve("node_modules/@fontsource/noto-serif-sc/400.css");
const sansCss = path.resolve("node_modules/@fontsource/noto-sans-sc/900.css");
const PT = 25.4 / 72;
const TOP_MM = 20;
/** 25 characters of 9.5 pt: the column. */
const COL_MM = 25 * 9.5 * PT;
const TEXT =
  "做好新疆工作关键在党学习贯彻习近平总书记视察新疆重要讲话重要指示精神完整准确贯彻新时代党的治疆方略在新时代新征程上奋力建设美好新疆必须常怀忧党之心为党之责强党之志";

function pageHtml(o: {
  size: number;
  leading: number;
  paragraphs: string[];
  title?: string;
  titleWidthMm?: number;
  lines?: number;
}): string {
  const col = (paras: string[]) =>
    `<div class="col" style="width:${(25 * o.size * PT).toFixed(3)}mm">${paras.map((p) => `<p>${p}</p>`).join("")}</div>`;
  return `<section class="page" style="font-size:${o.size}pt;line-height:${o.leading}pt">
${o.title ? `<h1 style="width:${o.titleWidthMm ?? 170}mm">${o.title}</h1>` : ""}
<div class="cols" style="height:${((o.lines ?? 44) * o.leading * PT).toFixed(3)}mm">${col(o.paragraphs)}${col(o.paragraphs)}</div></section>`;
}

async function printPdf(dir: string, pages: string[]): Promise<string> {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${fontCss}"><link rel="stylesheet" href="file://${sansCss}">
<style>@page { size: 210mm 285mm; margin: 0 } body { margin: 0; font-family: "Noto Serif SC" }
.page { box-sizing: border-box; width: 210mm; height: 285mm; padding: ${TOP_MM}mm 16mm 0; break-after: page; overflow: hidden }
h1 { font-family: "Noto Sans SC"; font-weight: 900; font-size: 20pt; line-height: 31.5pt; margin: 0 }
.cols { display: flex; gap: 6mm; align-items: flex-start; overflow: hidden }
p { margin: 0; text-indent: 2em; text-align: justify; line-break: strict }
</style></head><body>${pages.join("\n")}</body></html>`;
  const file = path.join(dir, "type.html");
  writeFileSync(file, html);
  const pdf = path.join(dir, "type.pdf");
  await run(
    resolveChromium(),
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      `--user-data-dir=${path.join(dir, "profile")}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${pdf}`,
      `file://${file}`,
    ],
    { timeout: 60_000 },
  );
  return pdf;
}

describe("type report read back from Chromium PDFs", () => {
  let report: TypeReport;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "folio-type-"));
    const full = Array.from({ length: 13 }, () => TEXT.slice(0, 73)); // 3 lines each (2em indent + 73 = 75)
    const pdf = await printPdf(dir, [
      pageHtml({ size: 9.5, leading: 15.75, paragraphs: full }),
      // Wrong: 9 pt on 16.5 pt, a paragraph ending on one character, a half-width comma, half empty.
      pageHtml({
        size: 9,
        leading: 16.5,
        paragraphs: [TEXT.slice(0, 49), `社区,街道${TEXT.slice(0, 60)}`, ...full.slice(0, 4)],
        lines: 40,
      }),
      // Wrong: a headline broken inside its first phrase (too narrow a box).
      pageHtml({
        size: 9.5,
        leading: 15.75,
        paragraphs: full.slice(0, 12),
        title: "把握新发展阶段贯彻新发展理念构建新发展格局 持续推动新疆经济社会高质量发展",
        titleWidthMm: 120,
        lines: 40,
      }),
    ]);
    const pages = await readPdfLines(pdf);
    const top = TOP_MM / PT;
    report = typeReport(
      pages,
      pages.map((_, i) => ({ folio: i + 1, roles: [], articles: ["x"], articleStarts: i === 2 ? ["t"] : [] })),
      { bodyPt: 9.5, leadingPt: 15.75, area: { top, bottom: top + 44 * 15.75 }, columnPt: COL_MM / PT },
      new Map([["t", "把握新发展阶段贯彻新发展理念构建新发展格局 持续推动新疆经济社会高质量发展"]]),
    );
  }, 90_000);

  const fails = (page: number) =>
    report.checks.filter((c) => c.status === "fail" && c.page === page).map((c) => c.check);

  it("reads the magazine's size and leading back from a page set right, and finds nothing wrong there", () => {
    expect(report.pages[0].bodyPt).toBeCloseTo(9.5, 1);
    expect(report.pages[0].leadingPt).toBe(15.75);
    expect(fails(1)).toEqual([]);
  });

  it("fails a page set in another size and leading, with a one-character last line and a half-width comma", () => {
    expect(report.pages[1].bodyPt).toBeCloseTo(9, 1);
    expect(report.pages[1].leadingPt).toBe(16.5);
    expect(fails(2)).toEqual(
      expect.arrayContaining(["body size", "leading", "short last line", "punctuation", "page fill"]),
    );
    expect(report.runts.some((r) => r.page === 2)).toBe(true);
  });

  it("fails a headline broken inside a phrase", () => {
    expect(fails(3)).toContain("headline");
  });
});
