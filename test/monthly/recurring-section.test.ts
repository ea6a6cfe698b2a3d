/**
 * A month whose plan places a section at two places: the 2022-09 test month with its second
 * 工作交流 brief moved from p. 8 to run on after 生活之友 (pp. 10–11), so 工作交流 recurs after 天山先锋
 * and 生活之友. Built through the CLI (`--only epub`: the print stage, the EPUB and its checks; the
 * press preflight of this plan finds the run-on brief's lines on p. 11 off the baseline grid, a print
 * fault of its own): exit 0, the EPUB nav and the printed 目录 list 工作交流 again where
 * it recurs, in page order, and the build's EPUB checks (EPUBCheck, Ace) find nothing.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Issue } from "../../src/model/types.js";
import type { Manifest } from "../../src/pipeline/manifest.js";
import type { EpubCheckReport } from "../../src/render/epub/check/index.js";
import { readZip, zipText, type ZipItem } from "../epub/unzip.js";
import { present } from "../helpers/present.js";
import { REPO, runFolio, tempDir, type CliResult } from "../reliability/helpers.js";

const FIXTURE = path.join(REPO, "test/fixtures/monthly");
const BRIEF = "  - { id: p008-aletai-diqu, page: 8 }\n";
const AFTER = "  - { id: p010-xiangyue-xinjiang, page: 10 }\n";

/** 2022-09's plan with the second 工作交流 brief run on after 生活之友 (same planned page, p. 10). */
function recurringPlan(yaml: string): string {
  if (!yaml.includes(BRIEF) || !yaml.includes(AFTER)) throw new Error("2022-09's issue.yaml changed: update this test");
  return yaml
    .replace(BRIEF, "")
    .replace(AFTER, `${AFTER}  - { id: p008-aletai-diqu, page: 10 }   # 工作交流 again, after 生活之友\n`);
}

let root: string;
let issue: Issue;
let checked: CliResult;
let built: CliResult;
let manifest: Manifest;
let zip: ZipItem[];
let report: EpubCheckReport;

beforeAll(async () => {
  root = tempDir("folio-recurring-");
  cpSync(FIXTURE, root, { recursive: true });
  const yaml = path.join(root, "2022-09", "issue.yaml");
  writeFileSync(yaml, recurringPlan(readFileSync(yaml, "utf8")));
  issue = await loadIssue(path.join(root, "2022-09"));
  checked = await runFolio(["check", "2022-09"], {}, root);
  const out = path.join(root, "dist");
  built = await runFolio(["build", "2022-09", "--only", "epub", "--out", out], {}, root);
  if (built.code !== 0) throw new Error(`build failed: ${built.err}`);
  const dir = path.join(out, "2022-09");
  manifest = JSON.parse(readFileSync(path.join(dir, "build.json"), "utf8"));
  const epub = present(
    manifest.files.find((f) => f.kind === "epub"),
    "the EPUB in build.json",
  );
  zip = readZip(readFileSync(path.join(dir, epub.path)));
  report = JSON.parse(readFileSync(path.join(dir, "epub-check.json"), "utf8"));
}, 900_000);

describe("a month with a recurring section", () => {
  it("is a plan folio check accepts, and it builds", () => {
    expect(checked.code, checked.err).toBe(0);
    expect(built.code).toBe(0);
    const sections = issue.articles.map((a) => a.section.name);
    expect(sections.indexOf("天山先锋")).toBeGreaterThan(sections.indexOf("工作交流"));
    expect(sections.lastIndexOf("工作交流")).toBeGreaterThan(sections.indexOf("天山先锋"));
  });

  it("lists 工作交流 in the EPUB nav where it recurs: sections in page order, each article once, in reading order", () => {
    const nav = zipText(zip, "EPUB/nav.xhtml");
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf("</nav>"));
    expect([...toc.matchAll(/<span>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual([
      "卷首语",
      "要闻要论",
      "本期策划",
      "工作交流",
      "天山先锋",
      "生活之友",
      "工作交流",
      "铸牢中华民族共同体意识",
      "党建书苑",
    ]);
    const hrefs = [...toc.matchAll(/<a href="([^"#]+)\.xhtml">/g)].map((m) => m[1]);
    expect(hrefs).toEqual(issue.articles.map((a) => a.id));
    const spine = [...zipText(zip, "EPUB/package.opf").matchAll(/<itemref idref="x-([^"]+)"/g)].map((m) => m[1]);
    expect(spine.filter((id) => hrefs.includes(id))).toEqual(hrefs);
  });

  it("prints 工作交流 in the 目录 where it recurs, in page order", () => {
    const articles = manifest.toc.filter((e) => !e.place);
    const pages = articles.map((e) => present(e.page, `the page of ${e.articleId}`));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(articles.map((e) => e.section)).toEqual([
      "卷首语",
      "要闻要论",
      "本期策划",
      "工作交流",
      "天山先锋",
      "生活之友",
      "铸牢中华民族共同体意识",
    ]);
  });

  it("passes the build's EPUB checks: EPUBCheck and Ace find nothing, the page-list is in reading order", () => {
    const by = (c: string) => report.checks.find((x) => x.check === c);
    expect(by("epubcheck")?.findings).toEqual([]);
    expect(by("ace")?.findings).toEqual([]);
    const nav = zipText(zip, "EPUB/nav.xhtml");
    const list = nav.slice(nav.indexOf('epub:type="page-list"'));
    const href = (n: number) => new RegExp(`<a href="([^"#]+)#page-${n}">`).exec(list)?.[1];
    expect([1, 2, 3].map(href)).toEqual(["p001-juanshouyu.xhtml", "imprint.xhtml", "nav.xhtml"]);
  });
});
