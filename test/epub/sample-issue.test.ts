/**
 * The EPUB of the sample build (issues/2022-08, shared with the other integration tests): every
 * article's text, nav in issue order, a page-list with one entry per printed inner page taken from
 * the real print layout (pp. 2 and 3 in the 版权页 and 目录), the checks the build ran on the real file (epub-check.json: EPUBCheck 5, DAISY
 * Ace, store rules), the printed covers, and what calibre's ebook-meta reads from it.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Issue } from "../../src/model/types.js";
import { SAMPLE_ISSUE, sampleBuild } from "../helpers/sample-build.js";
import { missingText } from "./text.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";
import type { EpubCheckReport } from "../../src/render/epub/check/index.js";

let issue: Issue;
let zip: ZipItem[];
let epubFile: string;
let innerPages: number;
let checkReport: EpubCheckReport;

describe("EPUB of issues/2022-08 (sample build)", () => {
  beforeAll(async () => {
    issue = await loadIssue(SAMPLE_ISSUE);
    const build = await sampleBuild();
    epubFile = build.file("epub");
    innerPages = build.manifest.facts.innerPages as number;
    checkReport = JSON.parse(readFileSync(path.join(build.outDir, "epub-check.json"), "utf8"));
    zip = readZip(readFileSync(epubFile));
  }, 600_000);

  it("lists the articles in the issue's order", () => {
    const nav = zipText(zip, "EPUB/nav.xhtml");
    const toc = nav.slice(0, nav.indexOf("</nav>"));
    expect([...toc.matchAll(/<a href="([^"#]+)\.xhtml">/g)].map((m) => m[1])).toEqual(issue.articles.map((a) => a.id));
  });

  it("holds every article's text, in order", () => {
    for (const a of issue.articles) {
      expect(missingText(zipText(zip, `EPUB/${a.id}.xhtml`), a), a.id).toBeUndefined();
    }
  });

  it("has one page-list entry per printed inner page, from the real print layout", () => {
    expect(innerPages).toBe(64);
    const nav = zipText(zip, "EPUB/nav.xhtml");
    const entries = [...nav.slice(nav.indexOf('epub:type="page-list"')).matchAll(/#page-(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(entries).toEqual(Array.from({ length: innerPages }, (_, i) => i + 1));
    // Every marker is in the book, and the page an article starts on is marked in that article.
    const docs = ["imprint", "nav", ...issue.articles.map((a) => a.id)];
    const all = docs.map((d) => zipText(zip, `EPUB/${d}.xhtml`)).join("\n");
    for (let n = 1; n <= innerPages; n++) expect(all, `page ${n}`).toContain(`id="page-${n}"`);
    const p64 = zipText(zip, "EPUB/p064-fendou-rensheng.xhtml");
    expect(p64).toContain('id="page-64"');
  });

  it("marks p. 2 in the 版权页 and p. 3 in the 目录, read after the 卷首语 of p. 1, as printed", () => {
    const nav = zipText(zip, "EPUB/nav.xhtml");
    const list = nav.slice(nav.indexOf('epub:type="page-list"'));
    const href = (n: number) => new RegExp(`<a href="([^"#]+)#page-${n}">`).exec(list)?.[1];
    expect([1, 2, 3, 4].map(href)).toEqual([
      "p001-juanshouyu.xhtml",
      "imprint.xhtml",
      "nav.xhtml",
      "p004-gaoduan-shilun.xhtml",
    ]);
    expect(zipText(zip, "EPUB/imprint.xhtml")).toContain('id="page-2"');
    expect(zipText(zip, "EPUB/nav.xhtml")).toContain('id="page-3"');
    const spine = [...zipText(zip, "EPUB/package.opf").matchAll(/<itemref idref="x-([^"]+)"/g)].map((m) => m[1]);
    expect(spine.slice(2, 6)).toEqual(["inside-front-cover", "p001-juanshouyu", "imprint", "nav"]);
  });

  it("the build's checks: EPUBCheck 5.x and Ace report nothing, the store rules no error", () => {
    const by = (c: string) => checkReport.checks.find((x) => x.check === c);
    expect(by("epubcheck")?.detail).toMatch(/^EPUBCheck v?5\./);
    expect(by("epubcheck")?.findings).toEqual([]);
    expect(by("ace")?.findings).toEqual([]);
    expect(by("stores")?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("has a cover at least 1600 px on its short side and the 封二 and 封四 pages", async () => {
    const cover = zip.find((z) => z.name === "EPUB/images/cover.jpg");
    const m = await sharp(cover?.data).metadata();
    expect(Math.min(m.width ?? 0, m.height ?? 0)).toBeGreaterThanOrEqual(1600);
    expect(zipText(zip, "EPUB/inside-front-cover.xhtml")).toContain("三台子街道牡丹社区");
    expect(zipText(zip, "EPUB/back-cover.xhtml")).toContain("安集海大峡谷");
  });

  it("calibre's ebook-meta shows author, publisher, series and position", () => {
    const out = execFileSync("ebook-meta", [epubFile], { encoding: "utf8" });
    const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.+)$`, "m").exec(out)?.[1];
    expect(field("Author\\(s\\)")).toMatch(/^《党员之友》杂志社( \[《党员之友》杂志社\])?$/); // [file-as]
    expect(field("Publisher")).toBe("《党员之友》杂志社");
    expect(field("Series")).toBe("党员之友 #2022.08");
    expect(field("Identifiers")).toContain("issn:2096-7462");
  });
});
