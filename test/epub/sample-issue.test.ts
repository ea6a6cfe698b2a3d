/**
 * The sample issue (issues/2022-08), when present: every article's text in the EPUB, nav in issue order,
 * and a page-list as long as the page map. The page map here is synthetic (each article's planned first
 * page at its first block; the pages between without text) until the print stage reports real page starts.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/model/load.js";
import type { Issue } from "../../src/model/types.js";
import { renderEpub } from "../../src/render/epub/index.js";
import type { PageStart } from "../../src/render/epub/page-map.js";
import { testContext } from "./fixture.js";
import { missingText } from "./text.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";

const DIR = path.resolve("issues/2022-08");
let issue: Issue;
let zip: ZipItem[];
let pageMap: PageStart[];

function plannedPageMap(issue: Issue): PageStart[] {
  const starts = new Map(issue.articles.filter((a) => a.plannedPage).map((a) => [a.plannedPage as number, a.blocks[0].id]));
  const pages = issue.pages ?? Math.max(...starts.keys());
  return Array.from({ length: pages }, (_, i) => ({ folio: i + 1, blockId: starts.get(i + 1) ?? null, charOffset: 0 }));
}

describe.skipIf(!existsSync(path.join(DIR, "issue.yaml")))("EPUB of issues/2022-08", () => {
  beforeAll(async () => {
    issue = await loadIssue(DIR);
    pageMap = plannedPageMap(issue);
    const ctx = testContext(mkdtempSync(path.join(tmpdir(), "folio-epub-2022-08-")));
    const result = await renderEpub(issue, { pageMap }, ctx);
    zip = readZip(readFileSync(result.files[0].path));
  }, 120_000);

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

  it("has one page-list entry per inner page of the page map", () => {
    const nav = zipText(zip, "EPUB/nav.xhtml");
    const entries = [...nav.slice(nav.indexOf('epub:type="page-list"')).matchAll(/#page-(\d+)"/g)].map((m) => Number(m[1]));
    expect(entries).toEqual(pageMap.map((p) => p.folio));
  });
});
