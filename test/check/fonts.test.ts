/**
 * folio check names each character no font of the edition has, with file:line and its U+ code,
 * before anything is laid out; a rare CJK character the rare-character faces carry is not one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Problem, ValidationError } from "../../src/contract/errors.js";
import { checkIssue } from "../../src/check/index.js";
import type { PrintFonts } from "../../src/type/fonts/edition.js";
import { chinesePrintFonts } from "../../src/type/fonts/print-fonts.js";
import { copyMini } from "../helpers/mini.js";

let cacheDir: string;
const saved = process.env.FOLIO_CACHE_DIR;
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "folio-font-check-"));
  process.env.FOLIO_CACHE_DIR = cacheDir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.FOLIO_CACHE_DIR;
  else process.env.FOLIO_CACHE_DIR = saved;
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The problems checkIssue throws for the issue (none: it passed). */
async function problemsOf(issueDir: string, fonts?: PrintFonts): Promise<Problem[]> {
  try {
    await checkIssue(issueDir, { fonts });
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.problems;
  }
}

describe("characters no font of the edition has", () => {
  const mini = copyMini();
  // Line 7: 𠮷 (U+20BB7, CJK Extension B) in a name; line 9: 😀 twice, and 𠮷 again.
  mini.edit("2099-01/articles/p002-news.md", (s) =>
    s.replace("本刊讯 新闻正文。", "本刊讯 吉𠮷同志介绍了情况。\n\n他说😀，大家都笑了😀。𠮷"),
  );
  const article = path.relative(process.cwd(), path.join(mini.issueDir, "articles/p002-news.md"));

  it("an emoji is named at its file and line, once, with its U+ code and what to do", async () => {
    const problems = await problemsOf(mini.issueDir);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual([`${article}:9: text`]);
    expect(problems[0].message).toMatch(
      /^😀 \(U\+1F600\) is in no font of this edition \(Noto Serif SC, Noto Sans SC; rare characters: Noto Serif CJK SC, Noto Sans CJK SC\): .*Type 3 .* write it another way, or give the edition a font that has it$/,
    );
  });

  it("a rare CJK character the web fonts lack is covered by the rare-character faces", async () => {
    const problems = await problemsOf(mini.issueDir);
    expect(problems.some((p) => p.message.includes("U+20BB7"))).toBe(false);
  });

  it("without those faces it is named too, at its first line, with the other lines", async () => {
    const webOnly = { stacks: chinesePrintFonts().stacks.map((s) => ({ ...s, fallback: undefined })) };
    const problems = await problemsOf(mini.issueDir, webOnly);
    const rare = problems.find((p) => p.message.includes("U+20BB7"));
    expect(`${rare?.file}:${rare?.line}`).toBe(`${article}:7`);
    expect(rare?.message).toMatch(/^𠮷 \(U\+20BB7\) is in no font of this edition \(Noto Serif SC, Noto Sans SC\)/);
    expect(rare?.message).toMatch(/\(also line 9\)$/);
  });

  it("the sample issue has none", async () => {
    expect(await problemsOf(path.resolve(import.meta.dirname, "../../issues/2022-08"))).toEqual([]);
  });

  it("nor the editions fixture: each edition with its own fonts and its own block of magazine.yaml", async () => {
    const base = path.resolve(import.meta.dirname, "../fixtures/editions/2022-12");
    for (const dir of [base, path.join(base, "editions/ug"), path.join(base, "editions/mn-Mong")])
      expect(await problemsOf(dir), dir).toEqual([]);
  });
});
