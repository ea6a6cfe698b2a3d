/**
 * The shelf per edition: an issue's editions side by side (each name in its own script, its EPUB, PDF
 * and web edition), the web edition in the edition's language and direction, and one catalogue entry
 * per edition with its own identifier and language. Pure, on published issues made here: no build.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ManifestEdition } from "../../src/pipeline/manifest.js";
import { byDateThenEdition, editionOf, isBuildId } from "../../src/publish/editions.js";
import { catalogueOf, opdsJson, opdsXml } from "../../src/publish/feeds.js";
import { issuePage } from "../../src/publish/issue-page.js";
import { readLibrary, type PublishedIssue } from "../../src/publish/library.js";
import { readerPages } from "../../src/publish/reader.js";
import { shelfPage } from "../../src/publish/shelf.js";
import { catalogueEntries, catalogueProblems } from "./catalogue-check.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/edition-mini");
const ZH: ManifestEdition = {
  tag: "zh",
  of: "2099-01",
  base: true,
  name: "汉文",
  language: "zh-CN",
  direction: "ltr",
  writingMode: "horizontal-tb",
};
const UG: ManifestEdition = { ...ZH, tag: "ug", base: false, name: "ئۇيغۇرچە", language: "ug", direction: "rtl" };

function published(id: string, edition: ManifestEdition, identifier: string, date = "2099-01-25"): PublishedIssue {
  const xhtml = `<html xmlns="http://www.w3.org/1999/xhtml"><body><section><h1>${edition.name}</h1></section></body></html>`;
  const fields: Partial<PublishedIssue> = {
    id,
    edition,
    identifier,
    title: edition.base ? "测试月刊 2099年第1期" : "سىناق ژۇرنىلى 2099年第1期",
    language: edition.language,
    creator: "《测试月刊》杂志社",
    publisher: "《测试月刊》杂志社",
    description: "",
    epubFile: `/dist/${id}/${id}.epub`,
    pdfFile: `/dist/${id}/${id}-screen.pdf`,
    documents: [{ href: "p001-editorial.xhtml", title: edition.name, kind: "article" }],
    sections: [],
    pages: [],
    pkg: { entries: new Map([["EPUB/p001-editorial.xhtml", Buffer.from(xhtml)]]), images: [] } as never,
    manifest: {
      issue: { id, title: "测试月刊", number: 1, totalNumber: 1, date, edition },
      files: [],
      toc: [],
    } as unknown as PublishedIssue["manifest"],
  };
  return fields as PublishedIssue;
}

const zh = published("2099-01", ZH, "urn:uuid:00000000-0000-5000-8000-000000000001");
const ug = published("2099-01-ug", UG, "urn:uuid:00000000-0000-5000-8000-000000000002");
const older = published(
  "2098-12",
  { ...ZH, of: "2098-12" },
  "urn:uuid:00000000-0000-5000-8000-000000000003",
  "2098-12-25",
);
const issues = [ug, older, zh].sort(byDateThenEdition);

describe("the editions of an issue on the shelf", () => {
  it("come together, newest issue first, the Chinese edition first", () => {
    expect(issues.map((i) => i.id)).toEqual(["2099-01", "2099-01-ug", "2098-12"]);
    expect(["2099-01", "2099-01-ug", "2099-01-mn-Mong", "2099-01-x", "2099-1"].map(isBuildId)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("the shelf shows one cover per issue and its editions side by side, each with EPUB, PDF and web edition", () => {
    const shelf = shelfPage(issues, { title: "测试月刊", lang: "zh-CN", description: "" });
    expect([...shelf.matchAll(/<a href="([^"]+)\/index.html"><img/g)].map((m) => m[1])).toEqual(["2099-01", "2098-12"]);
    const list = /<ul class="editions">([\s\S]*?)<\/ul>/.exec(shelf)?.[1] ?? "";
    expect(list).toContain('<a class="edition-name" href="2099-01-ug/index.html" lang="ug" dir="rtl">ئۇيغۇرچە</a>');
    expect(list).toContain('<a class="edition-name" href="2099-01/index.html" lang="zh-CN" dir="ltr">汉文</a>');
    for (const href of [
      "2099-01-ug/2099-01-ug.epub",
      "2099-01-ug/2099-01-ug-screen.pdf",
      "2099-01-ug/read/p001-editorial.html",
    ])
      expect(list).toContain(`href="${href}"`);
    expect(shelf.match(/class="editions"/g)).toHaveLength(1); // an issue in one language lists none
  });

  it("an edition's page and web edition are in its language and direction, the site's words marked Chinese", () => {
    const page = issuePage(ug, [zh, ug]);
    expect(page).toContain('<html lang="ug" dir="rtl">');
    expect(page).toContain('<header class="bar" lang="zh-CN" dir="ltr">');
    expect(page).toContain('href="../2099-01-ug/index.html" lang="ug" dir="rtl" aria-current="page">ئۇيغۇرچە</a>');
    expect(page).toContain('href="../2099-01/2099-01.epub"');
    const [read] = readerPages(ug, "EPUB/");
    expect(read.html).toContain('<html lang="ug" dir="rtl">');
    expect(read.html).toContain("<h1>ئۇيغۇرچە</h1>");
    expect(readerPages(zh, "EPUB/")[0].html).toContain('<html lang="zh-CN" dir="ltr">');
    expect(issuePage(older)).not.toContain('class="editions"');
  });
});

describe("catalogues with editions", () => {
  const c = catalogueOf(issues, "测试月刊");

  it("OPDS 1.2 gives each edition its own entry, identifier and language, every entry its date", () => {
    const xml = opdsXml(issues, c);
    expect(catalogueProblems(xml)).toEqual([]);
    expect(catalogueEntries(xml).slice(0, 2)).toEqual([
      { identifiers: [zh.identifier], published: "2099-01-25T00:00:00Z", language: "zh-CN" },
      { identifiers: [ug.identifier], published: "2099-01-25T00:00:00Z", language: "ug" },
    ]);
    expect(c.title).toBe("测试月刊");
  });

  it("the catalogue check fails on an edition entry without an identifier of its own", () => {
    const xml = opdsXml(issues, c);
    const own = `<dc:identifier>${ug.identifier}</dc:identifier>`;
    expect(catalogueProblems(xml.replace(own, `<dc:identifier>${zh.identifier}</dc:identifier>`))).toEqual([
      "entry 2: the identifier of entry 1",
    ]);
    expect(catalogueProblems(xml.replace(`${own}\n`, ""))).toEqual(["entry 2: 0 dc:identifier"]);
  });

  it("OPDS 2.0 lists the two editions as two publications with their own identifier, language and date", () => {
    const feed = JSON.parse(opdsJson(issues, c));
    const meta = feed.publications.map((p: { metadata: Record<string, unknown> }) => p.metadata);
    expect(meta.slice(0, 2).map((m: Record<string, unknown>) => [m.identifier, m.language, m.published])).toEqual([
      [zh.identifier, "zh-CN", "2099-01-25"],
      [ug.identifier, "ug", "2099-01-25"],
    ]);
  });
});

describe("what publish finds", () => {
  it("names an edition folder with no build, with the command that builds it", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "folio-dist-"));
    const library = await readLibrary(dist, FIXTURE);
    expect(library.problems.map((p) => p.split(":")[0])).toEqual(["2099-01", "2099-01-ug"]);
    expect(library.problems[1]).toContain("run folio build 2099-01-ug;");
  });

  it("reads which edition a build is from build.json, or takes an older build.json for the Chinese edition", () => {
    const manifest = { issue: { id: "2099-01", date: "2099-01-25" } } as PublishedIssue["manifest"];
    expect(editionOf("2099-01", manifest, "zh-CN")).toEqual(ZH);
    expect(editionOf("2099-01-ug", { ...manifest, issue: { ...manifest.issue, edition: UG } }, "ug")).toEqual(UG);
  });
});
