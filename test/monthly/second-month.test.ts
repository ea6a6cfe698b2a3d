/**
 * The second month (test/fixtures/monthly/2022-09: 12 inner pages, a different plan, 党建书苑 on 封三
 * and a 封四 photo page both listed in the 目录, photos of every kind editors send) built end to end
 * through the CLI as an editor runs it: exit 0, the 目录 proven from the PDF (cover entries included),
 * every article on its planned page, the EPUB valid, the press PDF clean. Then `folio new` scaffolds
 * the next month from it (cover placements kept), and that scaffold builds.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/pipeline/manifest.js";
import { loadIssue } from "../../src/check/load.js";
import { mmToPt } from "../../src/render/print/geometry.js";
import { readPdfText, verifyToc, type PdfText, type TocCheckEntry } from "../../src/render/print/verify-toc.js";
import { runEpubcheck } from "../../src/render/epub/check/epubcheck.js";
import { present } from "../helpers/present.js";
import { REPO, runFolio, tempDir, type CliResult } from "../reliability/helpers.js";

const FIXTURE = path.join(REPO, "test/fixtures/monthly");
let root: string;
let out: string;
let built: CliResult;
let manifest: Manifest;
let text: PdfText;
const file = (kind: string) =>
  path.join(
    out,
    "2022-09",
    present(
      manifest.files.find((f) => f.kind === kind),
      `a ${kind} file in build.json`,
    ).path,
  );

beforeAll(async () => {
  root = tempDir("folio-month-");
  cpSync(FIXTURE, root, { recursive: true });
  out = path.join(root, "dist");
  built = await runFolio(["build", "2022-09", "--out", out], {}, root);
  if (built.code !== 0) throw new Error(`build failed: ${built.err}`);
  manifest = JSON.parse(readFileSync(path.join(out, "2022-09", "build.json"), "utf8"));
  text = await readPdfText(file("screen-pdf"), { width: mmToPt(210), height: mmToPt(285) }, mmToPt(18));
}, 900_000);

describe("the second month builds end to end", () => {
  it("exits 0 with 16 pages: 12 inner pages and four covers", () => {
    expect(built.code).toBe(0);
    expect(manifest.facts.pages).toBe(16);
    expect(manifest.facts.innerPages).toBe(12);
  });

  it("keeps the flatplan: every 目录 entry on its planned page, 封三 and 封四 entries printed as such", async () => {
    const issue = await loadIssue(path.join(FIXTURE, "2022-09"));
    for (const e of manifest.toc.filter((x) => !x.place))
      expect(e.page, e.articleId).toBe(
        present(
          issue.articles.find((a) => a.id === e.articleId),
          `article ${e.articleId} in the issue`,
        ).plannedPage,
      );
    expect(manifest.toc.filter((e) => e.place)).toEqual([
      {
        section: "党建书苑",
        title: "党建书苑",
        page: null,
        articleId: "fengsan-dangjian-shuyuan",
        place: "inside-back-cover",
      },
      { section: "", title: "大美新疆·测试风光", page: null, articleId: "back_cover", place: "back-cover" },
    ]);
    const rows = (manifest.facts.flatplan as { runs: { status: string }[] }).runs;
    expect(rows.filter((r) => r.status === "overfull" || r.status === "moved")).toEqual([]);
  });

  it("proves the 目录 from the PDF, and the proof fails on a wrong cover entry", async () => {
    const issue = await loadIssue(path.join(FIXTURE, "2022-09"));
    const tocPages = (manifest.facts.tocPdfPages as number[]).map((n) => n - 1);
    const between = (id: string) => {
      const a = issue.articles.find((x) => x.id === id);
      return a ? [a.subtitle ?? "", a.authors.join(" ")] : [];
    };
    const entries: TocCheckEntry[] = manifest.toc.map((e) => ({ ...e, between: between(e.articleId) }));
    expect(verifyToc(entries, text, tocPages)).toEqual([]);
    expect(text.pages[tocPages[0]]).toMatch(/党建书苑[\s.…]*封三/);
    expect(text.pages[14]).toMatch(/党建书苑/); // 封三: the second-to-last sheet
    // A 目录 that says 封二 for the 封三 article, and a cover page that does not carry its title:
    const wrong = entries.map((e) =>
      e.place === "inside-back-cover" ? { ...e, place: "inside-front-cover" as const } : e,
    );
    expect(verifyToc(wrong, text, tocPages).join("\n")).toMatch(/目录 prints 封三, the layout put it on 封二/);
    const blank = { ...text, pages: text.pages.map((p, i) => (i === 14 ? "" : p)) };
    expect(verifyToc(entries, blank, tocPages).join("\n")).toMatch(
      /目录 prints 封三, but 封三 \(PDF page 15\) does not carry the title/,
    );
  });

  it("writes a valid EPUB (EPUBCheck 5: no errors or warnings)", async () => {
    const r = await runEpubcheck(file("epub"));
    expect(r.findings).toEqual([]);
  }, 120_000);

  it("writes a clean press PDF: qpdf --check, preflight with no failure, 目录 read back", () => {
    const press = file("print-pdf");
    expect(execFileSync("qpdf", ["--check", press], { encoding: "utf8" })).toMatch(
      /No syntax or stream encoding errors found/,
    );
    const report = JSON.parse(readFileSync(path.join(out, "2022-09", "preflight.json"), "utf8"));
    expect(report.results.filter((r: { status: string }) => r.status === "fail")).toEqual([]);
    expect(
      report.results
        .filter((r: { check: string }) => r.check === "toc")
        .every((r: { status: string }) => r.status === "pass"),
    ).toBe(true);
  });

  it("took every kind of photo: upright after EXIF rotation, CMYK converted, at 300 ppi in its column", () => {
    const reports = (
      manifest.facts.images as {
        reports: { src: string; sourcePx: { width: number; height: number }; effectivePpi: number; slot: string }[];
      }
    ).reports;
    const bySrc = new Map(reports.map((r) => [r.src, r]));
    for (const src of [
      "images/exif-rotated.jpg",
      "images/cmyk.jpg",
      "images/alpha.png",
      "images/gray.tif",
      "images/photo.webp",
      "images/deep.png",
    ]) {
      const report = bySrc.get(src);
      expect(report, src).toBeDefined();
      expect(present(report, `the report of ${src}`).effectivePpi, src).toBeGreaterThanOrEqual(200);
    }
    expect(present(bySrc.get("images/exif-rotated.jpg"), "the report of images/exif-rotated.jpg").sourcePx).toEqual({
      width: 1000,
      height: 1300,
    }); // as displayed
    expect(manifest.warnings.join("\n")).toMatch(/cmyk\.jpg: CMYK without an ICC profile/);
  });
});

describe("folio new from the second month", () => {
  it("keeps 封三 and the 封四 目录 entry, passes check, and builds", async () => {
    const made = await runFolio(["new", "2022-10", "--dir", "."], {}, root);
    expect(made.code, made.err).toBe(0);
    const yaml = readFileSync(path.join(root, "2022-10", "issue.yaml"), "utf8");
    expect(yaml).toMatch(/- id: fengsan-shuyuan\n\s+place: inside-back-cover\n$/); // listed last, no page
    expect(yaml).toMatch(/back_cover:\n\s+title: 封四标题\(待定\)\n[\s\S]*?toc: true/);
    expect(yaml).toContain("pages: 12");
    expect(existsSync(path.join(root, "2022-10", "articles", "fengsan-shuyuan.md"))).toBe(true);
    const check = await runFolio(["check", "2022-10"], {}, root);
    expect(check.code, check.err).toBe(0);
    const build = await runFolio(
      ["build", "2022-10", "--out", out, "--only", "screen-pdf"],
      { FOLIO_PRINT_TIMEOUT_MS: "600000" },
      root,
    );
    expect(build.code, build.err).toBe(0);
    const m = JSON.parse(readFileSync(path.join(out, "2022-10", "build.json"), "utf8")) as Manifest;
    expect(m.toc.map((e) => e.place ?? e.page)).toEqual([1, 4, 6, 8, 9, 10, 12, "inside-back-cover", "back-cover"]);
  }, 900_000);
});
