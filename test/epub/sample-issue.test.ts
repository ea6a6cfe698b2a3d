/**
 * The EPUB of the sample build (issues/2022-08, shared with the other integration tests): every
 * article's text, nav in issue order, a page-list with one entry per printed inner page taken from
 * the real print layout, and both validators (epubcheck, DAISY Ace) on the real file.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/model/load.js";
import type { Issue } from "../../src/model/types.js";
import { SAMPLE_ISSUE, sampleBuild } from "../helpers/sample-build.js";
import { missingText } from "./text.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";
import { ace, epubcheck, type AceViolation, type EpubcheckResult } from "./validators.js";

let issue: Issue;
let zip: ZipItem[];
let epubFile: string;
let innerPages: number;

describe("EPUB of issues/2022-08 (sample build)", () => {
  beforeAll(async () => {
    issue = await loadIssue(SAMPLE_ISSUE);
    const build = await sampleBuild();
    epubFile = build.file("epub");
    innerPages = build.manifest.facts.innerPages as number;
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
    const entries = [...nav.slice(nav.indexOf('epub:type="page-list"')).matchAll(/#page-(\d+)"/g)].map((m) => Number(m[1]));
    expect(entries).toEqual(Array.from({ length: innerPages }, (_, i) => i + 1));
    // Every marker is in the text, and the page an article starts on is marked in that article.
    const all = issue.articles.map((a) => zipText(zip, `EPUB/${a.id}.xhtml`)).join("\n");
    for (let n = 1; n <= innerPages; n++) expect(all, `page ${n}`).toContain(`id="page-${n}"`);
    const p64 = zipText(zip, "EPUB/p064-fendou-rensheng.xhtml");
    expect(p64).toContain('id="page-64"');
  });

  describe("validators", () => {
    let check: EpubcheckResult;
    let aceResult: { outcome: string; violations: AceViolation[] };
    beforeAll(async () => {
      [check, aceResult] = await Promise.all([epubcheck(epubFile), ace(epubFile)]);
    }, 240_000);

    it("epubcheck: 0 errors, 0 warnings", () => {
      expect(check, check.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
    });

    it("DAISY Ace: no critical or serious violations", () => {
      expect(aceResult.violations.filter((v) => v.impact === "critical" || v.impact === "serious")).toEqual([]);
    });
  });
});
