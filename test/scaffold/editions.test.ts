/**
 * `folio new` scaffolds the editions of the next month as it does the Chinese issue: for each edition
 * of the previous month an edition.yaml of the same shape (pages, the cover pages it gave words for,
 * its imprint, a plan skeleton named as the Chinese examples are) and an empty articles/; no photo is
 * copied or named. Pure on the edition fixture, then through the CLI on a copy of it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Problem } from "../../src/contract/errors.js";
import { readEditionPlan, readTranslations } from "../../src/model/edition-files.js";
import { editionIssueSchema } from "../../src/model/schema.js";
import { planNewEdition } from "../../src/scaffold/edition-plan.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/edition-mini");
const BIN = path.resolve(import.meta.dirname, "../../bin/folio.js");
const root = mkdtempSync(path.join(tmpdir(), "folio-new-editions-"));
cpSync(FIXTURE, root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rel = (p: string) => path.relative(process.cwd(), p);
const UG = path.join(root, "2099-01", "editions", "ug");

async function plan(editionYaml?: string) {
  if (editionYaml) writeFileSync(path.join(UG, "edition.yaml"), editionYaml);
  const problems: Problem[] = [];
  const previous = readEditionPlan(UG, rel, problems);
  expect(problems).toEqual([]);
  if (!previous) throw new Error("unreachable");
  const chinese = await loadIssue(path.join(root, "2099-01"));
  return planNewEdition("2099-02", { tag: "ug", plan: previous, translations: readTranslations(UG, rel) }, chinese);
}
const yamlOf = (s: Awaited<ReturnType<typeof plan>>) => parse(s.files[0].content);

describe("the next month's edition (pure)", () => {
  it("is an edition.yaml of last month's shape with a plan skeleton, and an empty articles/", async () => {
    const s = await plan();
    expect(s.files.map((f) => f.path)).toEqual(["editions/ug/edition.yaml"]);
    expect(s.folders).toEqual(["editions/ug/articles"]);
    const yaml = yamlOf(s);
    expect(yaml).toEqual({
      cover: { caption: "封面图片说明(待译)", credit: "封面摄影者(待译)" },
      articles: [
        { id: "p001-juanshouyu", page: 1 },
        { id: "p004-yaowen", page: 4 },
      ],
    });
    expect(editionIssueSchema.safeParse(yaml).success).toBe(true);
    expect(s.files[0].content).toMatch(/^# The ug edition of 2099-02: scaffolded from 2099-01\/editions\/ug\//);
  });

  it("keeps pages, the cover pages and imprint it had, one entry per section and its 封三 article; never a photo", async () => {
    const s = await plan(`pages: 8
cover: { image: images/cover.png, caption: مۇقاۋا, credit: سۈرەتچى }
inside_back_cover: { image: images/cover.png, title: ماۋزۇ, text: تېكىست }
imprint: { masthead: [{ role: مۇھەررىر, names: [ئىسىم] }] }
articles:
  - { id: p002-news, page: 5 }
  - { id: p001-editorial, page: 1 }
  - { id: p002-news, place: inside-back-cover }
`);
    const yaml = yamlOf(s);
    expect(yaml).toEqual({
      pages: 8,
      cover: { caption: "封面图片说明(待译)", credit: "封面摄影者(待译)" },
      inside_back_cover: { title: "封三标题(待译)", text: "封三文字(待译)" },
      imprint: { masthead: [{ role: "مۇھەررىر", names: ["ئىسىم"] }] },
      articles: [
        { id: "p001-juanshouyu", page: 1 },
        { id: "p005-yaowen", page: 5 },
        { id: "fengsan-yaowen", place: "inside-back-cover" },
      ],
    });
    expect(s.files[0].content).not.toMatch(/image|\.png|\.jpg/);
    expect(editionIssueSchema.safeParse(yaml).success).toBe(true);
  });
});

describe("folio new with editions", () => {
  it("writes editions/<tag>/ beside the Chinese issue, copies no photo, and check counts it as untranslated", () => {
    writeFileSync(path.join(UG, "edition.yaml"), readFileSync(path.join(FIXTURE, "2099-01/editions/ug/edition.yaml")));
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
    const r = run(["new", "2099-02", "--dir", root]);
    expect(r.status, r.stderr).toBe(0);
    const next = path.join(root, "2099-02");
    expect(r.stdout).toContain(`${rel(path.join(next, "editions", "ug"))}: edition.yaml with 2 entries to plan`);
    expect(readdirSync(path.join(next, "editions", "ug")).sort()).toEqual(["articles", "edition.yaml"]);
    expect(readdirSync(path.join(next, "editions", "ug", "articles"))).toEqual([]);
    expect(readdirSync(path.join(next, "images"))).toEqual([]);
    expect(existsSync(path.join(next, "editions", "ug", "images"))).toBe(false);
    const check = run(["check", "--no-layout", next]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain(
      `2099-02 editions/ug: 0 of 2 Chinese articles translated, 2 untranslated, 0 changed since translated`,
    );
  });
});
