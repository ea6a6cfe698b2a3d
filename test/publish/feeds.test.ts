/**
 * The OPDS 1.2 catalogue names each issue as its own publication: its own identifier and its
 * publication date on every entry, the ISSN only as the serial the issue is part of (a reading app
 * that took the ISSN for the identifier would see every month as one book). Pure: no build.
 */
import { describe, expect, it } from "vitest";
import { catalogueOf, opdsXml } from "../../src/publish/feeds.js";
import type { PublishedIssue } from "../../src/publish/library.js";
import { catalogueEntries, catalogueProblems } from "./catalogue-check.js";

function issue(id: string, identifier: string): PublishedIssue {
  const fields: Partial<PublishedIssue> = {
    id,
    edition: {
      tag: "zh",
      of: id,
      base: true,
      name: "汉文",
      language: "zh-CN",
      direction: "ltr",
      writingMode: "horizontal-tb",
    },
    identifier,
    title: `党员之友 ${id}`,
    language: "zh-CN",
    creator: "《党员之友》杂志社",
    publisher: "《党员之友》杂志社",
    description: "",
    issn: "2096-7462",
    epubFile: `/dist/${id}/${id}.epub`,
    pdfFile: `/dist/${id}/${id}-screen.pdf`,
    manifest: {
      issue: { id, title: "党员之友", number: 8, totalNumber: 313, date: `${id}-25` },
    } as PublishedIssue["manifest"],
  };
  return fields as PublishedIssue;
}

describe("OPDS 1.2 entries", () => {
  const issues = [
    issue("2022-09", "urn:uuid:00000000-0000-5000-8000-000000000009"),
    issue("2022-08", "urn:uuid:00000000-0000-5000-8000-000000000008"),
  ];
  const xml = opdsXml(issues, catalogueOf(issues, "党员之友"));

  it("give each issue its own identifier, its language and its publication date", () => {
    expect(catalogueProblems(xml)).toEqual([]);
    expect(catalogueEntries(xml)).toEqual([
      { identifiers: [issues[0].identifier], published: "2022-09-25T00:00:00Z", language: "zh-CN" },
      { identifiers: [issues[1].identifier], published: "2022-08-25T00:00:00Z", language: "zh-CN" },
    ]);
    expect(xml).toContain("<dc:isPartOf>urn:issn:2096-7462</dc:isPartOf>");
  });

  it("the check fails on a catalogue that names every issue by the ISSN and gives no date", () => {
    const wrong = xml
      .replace(/<published>.*<\/published>\n/g, "")
      .replace(/<dc:identifier>.*<\/dc:identifier>/g, "<dc:identifier>urn:issn:2096-7462</dc:identifier>");
    expect(catalogueProblems(wrong)).toEqual([
      "entry 1: the ISSN as its identifier",
      "entry 1: no published date",
      "entry 2: the ISSN as its identifier",
      "entry 2: the identifier of entry 1",
      "entry 2: no published date",
    ]);
  });
});
