/**
 * 翻译审读: what `folio check` lists for the review of an edition's translations — Chinese articles
 * with no translation, translations whose source_digest is not the Chinese file's now (or missing),
 * translations of no article of the plan — as warnings, and the figures per edition for the Chinese
 * issue. Pure over small models, then on the edition fixture (test/fixtures/edition-mini).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translationReport } from "../../src/check/editions.js";
import { loadModel } from "../../src/check/index.js";
import { readLoadCache } from "../../src/check/load-cache.js";
import { loadIssue } from "../../src/check/load.js";
import { findingLine, statusLine, translationStatus } from "../../src/check/translation-status.js";
import { editionsOf, resolveIssueArg } from "../../src/cli/issues.js";
import type { Translation } from "../../src/model/edition.js";
import { sourceDigest } from "../../src/model/translation.js";
import type { Article } from "../../src/model/types.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/edition-mini");
const rel = (p: string) => path.relative(process.cwd(), p);

const article = (id: string, digest: string) =>
  ({ id, digest, source: { file: `issues/2022-08/articles/${id}.md`, line: 1 } }) as Article;
const translation = (id: string, translates: string, sourceDigest?: string): Translation => ({
  id,
  translates,
  file: `issues/2022-08/editions/ug/articles/${id}.md`,
  line: 3,
  ...(sourceDigest ? { sourceDigest, digestLine: 4 } : {}),
});

describe("translation status (pure)", () => {
  const base = {
    articles: [article("p001-a", "aaaaaaaaaaaa"), article("p004-b", "bbbbbbbbbbbb"), article("p008-c", "cccccccccccc")],
  };
  const status = translationStatus(base, {
    tag: "ug",
    translations: [
      translation("p001-a", "p001-a", "aaaaaaaaaaaa"), // as translated
      translation("p004-b", "p004-b", "0123456789ab"), // the Chinese changed since
      translation("p008-c", "p008-c"), // no digest recorded
      translation("p099-x", "p099-x", "aaaaaaaaaaaa"), // translates no article of the plan
    ],
  });

  it("counts the translated, untranslated and changed articles of the Chinese plan", () => {
    expect(status).toMatchObject({ tag: "ug", planned: 3, translated: 3, untranslated: 0, changed: 2 });
    expect(statusLine(status)).toBe(
      "3 of 3 Chinese articles translated, 0 untranslated, 2 changed since translated, 1 translating no article of the plan",
    );
  });

  it("names each translation to review at its file:line, with the digest to copy after the review", () => {
    expect(status.findings.map((f) => findingLine(f, "ug"))).toEqual([
      "issues/2022-08/editions/ug/articles/p004-b.md:4: source_digest: issues/2022-08/articles/p004-b.md changed since it was translated (0123456789ab, now bbbbbbbbbbbb) — review the translation, then set source_digest: bbbbbbbbbbbb",
      "issues/2022-08/editions/ug/articles/p008-c.md:3: source_digest: missing — review the translation against issues/2022-08/articles/p008-c.md, then add source_digest: cccccccccccc",
      "issues/2022-08/editions/ug/articles/p099-x.md:3: translates: p099-x is no article of the Chinese issue's plan — name one of its articles, or take this translation out of the edition",
    ]);
  });

  it("lists the Chinese articles nobody translated, with what their translation would record", () => {
    const none = translationStatus(base, {
      tag: "kk-Arab",
      translations: [translation("p004-b", "p004-b", "bbbbbbbbbbbb")],
    });
    expect(none).toMatchObject({ translated: 1, untranslated: 2, changed: 0 });
    expect(none.findings.map((f) => findingLine(f, "kk-Arab"))).toEqual([
      "issues/2022-08/articles/p001-a.md:1: not translated in the kk-Arab edition (a translation of it says translates: p001-a and source_digest: aaaaaaaaaaaa)",
      "issues/2022-08/articles/p008-c.md:1: not translated in the kk-Arab edition (a translation of it says translates: p008-c and source_digest: cccccccccccc)",
    ]);
  });
});

describe("translation status on the edition fixture", () => {
  let root: string;
  let cache: string;
  const saved = process.env.FOLIO_CACHE_DIR;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "folio-editions-"));
    cpSync(FIXTURE, root, { recursive: true });
    cache = path.join(root, ".cache");
    process.env.FOLIO_CACHE_DIR = cache;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.FOLIO_CACHE_DIR;
    else process.env.FOLIO_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
  });
  const chinese = () => path.join(root, "2099-01");
  const ug = () => path.join(root, "2099-01", "editions", "ug");
  const report = async (dir: string) => translationReport(await loadIssue(dir), loadIssue);

  it("the edition's check lists the translation whose Chinese article changed since, with the digest now", async () => {
    const now = sourceDigest(path.join(chinese(), "articles", "p002-news.md"));
    const r = await report(ug());
    expect(r.warnings).toEqual([
      `${rel(ug())}/articles/p002-news.md:5: source_digest: ${rel(chinese())}/articles/p002-news.md changed since it was translated (5be1d0a6c3f2, now ${now}) — review the translation, then set source_digest: ${now}`,
    ]);
    expect(r.lines).toEqual([
      "2099-01-ug: 2 of 2 Chinese articles translated, 0 untranslated, 1 changed since translated (warnings only: an edition may go to press without every article)",
    ]);
  });

  it("the Chinese issue's check gives one line per edition folder, an edition just begun included", async () => {
    const kk = path.join(chinese(), "editions", "kk-Arab");
    mkdirSync(path.join(kk, "articles"), { recursive: true });
    writeFileSync(path.join(kk, "edition.yaml"), "articles:\n  - { id: p001-editorial, page: 1 }\n");
    try {
      expect((await report(chinese())).lines).toEqual([
        `2099-01 editions/kk-Arab: 0 of 2 Chinese articles translated, 2 untranslated, 0 changed since translated (folio check ${rel(kk)} lists them)`,
        `2099-01 editions/ug: 2 of 2 Chinese articles translated, 0 untranslated, 1 changed since translated (folio check ${rel(ug())} lists them)`,
      ]);
    } finally {
      rmSync(kk, { recursive: true, force: true });
    }
  });

  it("an edit of a Chinese article makes its translation one to review, and the edition's cached load misses", async () => {
    const edition = await loadModel(ug(), "reuse");
    expect(await readLoadCache(ug())).toEqual(edition);
    expect(existsSync(path.join(cache, "check", "2099-01-ug.json"))).toBe(true); // one cache file per edition id
    const file = path.join(chinese(), "articles", "p001-editorial.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("第二段正文", "第二段正文（改）"));
    expect(await readLoadCache(ug())).toBeUndefined(); // the edition reads the Chinese articles too
    const r = await report(ug());
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toContain(`p001-editorial.md:5: source_digest:`);
    expect(r.warnings[0]).toContain(`then set source_digest: ${sourceDigest(file)}`);
  });

  it("the commands take an edition as a folder, as its id (2099-01-ug) or as --edition ug of its issue", () => {
    expect(resolveIssueArg("2099-01-ug", root)).toBe(ug());
    expect(resolveIssueArg(ug(), root)).toBe(ug());
    expect(editionsOf([chinese()], "ug")).toEqual([ug()]);
    expect(() => editionsOf([chinese()], "uyghur")).toThrow(/--edition: give edition tags such as ug/);
    expect(() => editionsOf([chinese()], "kk-Arab")).toThrow(/kk-Arab: no such edition folder/);
    expect(() => editionsOf([ug()], "ug")).toThrow(/is an edition already/);
    expect(() => resolveIssueArg("2099-01-kk-Arab", root)).toThrow(/no such issue/);
  });
});
