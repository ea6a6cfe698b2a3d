/**
 * The sample build of issues/2022-08 (shared with the other integration tests), read back as an art
 * director checks proofs: one body size and one leading on every inner page (MuPDF, not the CSS), no
 * paragraph ending on one or two characters, no half-width punctuation between Chinese characters in
 * the PDF or the EPUB, no headline broken inside a phrase, no page emptier than 40% but an article's
 * last, filler pages only where the copyfit is short by a page, and the 目录 as printed.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Issue } from "../../src/model/types.js";
import { readTypeReport } from "../../src/type/read-back.js";
import type { TypeReport } from "../../src/type/report.js";
import { HALF_WIDTH_BETWEEN_CJK } from "../../src/type/body.js";
import { squash } from "../../src/type/headlines.js";
import type { Copyfit } from "../../src/flatplan/copyfit.js";
import { typeGrid } from "../../src/type/grid.js";
import { SAMPLE_ISSUE, sampleBuild, type SampleBuild } from "../helpers/sample-build.js";
import { readZip } from "../epub/unzip.js";
import { PRINTED_TOC } from "./printed-toc.js";
import { present } from "../helpers/present.js";

let issue: Issue;
let build: SampleBuild;
let report: TypeReport;

beforeAll(async () => {
  issue = await loadIssue(SAMPLE_ISSUE);
  build = await sampleBuild();
  // Measured again here from the screen PDF, with the build's page map (which page holds what).
  const layout = (build.manifest.facts.type as TypeReport & { layout: Parameters<typeof readTypeReport>[2] }).layout;
  report = await readTypeReport(build.file("screen-pdf"), issue, layout);
}, 900_000);

const fails = (check: string) =>
  report.checks.filter((c) => c.check === check && c.status === "fail").map((c) => `${c.page}: ${c.message}`);

describe("type of the 2022-08 sample build, read back from the PDF", () => {
  it("sets every inner page's body in the magazine's one size and one leading", () => {
    const grid = typeGrid(issue.magazine.trim, issue.magazine.type);
    expect(report.pages.length).toBeGreaterThan(50);
    expect(report.bodySizes).toHaveLength(1);
    expect(report.bodySizes[0]).toBeCloseTo(grid.bodyPt, 1);
    expect(report.leadings).toEqual([grid.leadingPt]);
    expect(fails("body size")).toEqual([]);
    expect(fails("leading")).toEqual([]);
    expect(fails("baseline grid")).toEqual([]);
  });

  it("ends no paragraph on a line of one or two characters", () => {
    expect(report.runts).toEqual([]);
  });

  it("breaks no headline inside a phrase, and finds every title set as lines", () => {
    expect(fails("headline")).toEqual([]);
    expect(report.checks.filter((c) => c.check === "headline")).toEqual([]);
  });

  it("puts no closing punctuation at a line start and no opening at a line end", () => {
    expect(fails("line start")).toEqual([]);
    expect(fails("line end")).toEqual([]);
  });

  it("has no half-width punctuation between Chinese characters in the PDF text (pdftotext)", () => {
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", build.file("screen-pdf"), "-"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    expect(text.split("\n").filter((l) => HALF_WIDTH_BETWEEN_CJK.test(l))).toEqual([]);
    const info = execFileSync("pdfinfo", [build.file("screen-pdf")], { encoding: "utf8" });
    expect(info.split("\n").filter((l) => HALF_WIDTH_BETWEEN_CJK.test(l))).toEqual([]);
  });

  it("has no half-width punctuation between Chinese characters in the EPUB: text, alt text, nav, metadata", () => {
    const bad: string[] = [];
    for (const item of readZip(readFileSync(build.file("epub")))) {
      if (!/\.(xhtml|opf)$/.test(item.name)) continue;
      const xml = item.data.toString("utf8");
      const texts = [
        ...xml.replace(/<[^>]*>/g, "\n").split("\n"),
        ...[...xml.matchAll(/\b(?:alt|title|aria-label|content)="([^"]*)"/g)].map((m) => m[1]),
      ];
      for (const t of texts) if (HALF_WIDTH_BETWEEN_CJK.test(t)) bad.push(`${item.name}: ${t.trim().slice(0, 40)}`);
    }
    expect(bad).toEqual([]);
  });

  it("leaves no inner page more than 40% empty except an article's last page", () => {
    expect(fails("page fill")).toEqual([]);
    for (const p of report.pages) if (!p.lastOfArticle) expect(p.empty, `p. ${p.folio}`).toBeLessThanOrEqual(0.4);
  });

  it("places filler pages only where the copyfit shows the run short by a page or more", () => {
    const fit = build.manifest.facts.flatplan as { copyfit: Copyfit[] };
    const lines = typeGrid(issue.magazine.trim, issue.magazine.type).lines * 2;
    const filled = fit.copyfit.filter((c) => c.fillerPages > 0);
    expect(filled.reduce((n, c) => n + c.fillerPages, 0)).toBe(report.fillers.length);
    for (const c of filled) expect(-c.lines, c.text).toBeGreaterThanOrEqual(c.fillerPages * lines);
    for (const c of fit.copyfit) expect(c.status, c.text).not.toBe("over");
  });
});

describe("the 目录 of the 2022-08 sample build, as printed", () => {
  const seed = readFileSync(new URL("../fixtures/seed-2022-08.txt", import.meta.url), "utf8");
  const seedToc = squash(seed.slice(seed.indexOf("目 录 MULU"), seed.indexOf("封面:")));
  const entry = (e: (typeof PRINTED_TOC)[number]) => `${e.kicker ?? ""}${e.title}${e.subtitle ?? ""}${e.authors ?? ""}`;

  it("transcribes the seed's 目录: 34 entries, each as the seed prints it", () => {
    expect(PRINTED_TOC).toHaveLength(34);
    for (const e of PRINTED_TOC) expect(seedToc, e.title).toContain(squash(`${e.page}${entry(e)}`));
  });

  it("prints every entry, 引题 and 目录 title included, with its page, in order, on the 目录 page", () => {
    const tocPages = build.manifest.facts.tocPdfPages as number[];
    const text = squash(
      tocPages
        .map((p) =>
          execFileSync(
            "pdftotext",
            ["-enc", "UTF-8", "-raw", "-f", String(p), "-l", String(p), build.file("screen-pdf"), "-"],
            { encoding: "utf8" },
          ),
        )
        .join(""),
    );
    let from = 0;
    for (const e of PRINTED_TOC) {
      const at = text.indexOf(squash(`${entry(e)}${e.page}`), from);
      expect(at, `${e.page} ${e.title}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it("lists the same entries in the EPUB nav, each linking the article that starts on its printed page", () => {
    const zip = readZip(readFileSync(build.file("epub")));
    const nav = present(
      zip.find((i) => i.name === "EPUB/nav.xhtml"),
      "EPUB/nav.xhtml in the EPUB",
    ).data.toString("utf8");
    const links = [...nav.slice(0, nav.indexOf("</nav>")).matchAll(/<a href="([^"#]+)">([^<]*)<\/a>/g)].map((m) => ({
      href: m[1],
      label: squash(m[2]),
    }));
    for (const e of PRINTED_TOC) {
      const link = links.find((l) => l.label === squash(`${e.kicker ?? ""}${e.title}`));
      expect(link, `${e.page} ${e.title}`).toBeDefined();
      const { href } = present(link, `the nav link of ${e.page} ${e.title}`);
      const doc = present(
        zip.find((i) => i.name === `EPUB/${href}`),
        `EPUB/${href} in the EPUB`,
      ).data.toString("utf8");
      expect(doc, `${href} holds page ${e.page}`).toContain(`id="page-${e.page}"`);
    }
  });
});
