/**
 * The periodical rules folio check answers from the data (src/check/periodical.ts): each fails on a
 * copy of the mini issue made wrong, naming file:line and the rule; a waiver in magazine.yaml turns
 * the finding into a `waived` line with its reason; a waiver of no rule is refused at its line.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Problem, ValidationError, formatProblem } from "../../src/contract/errors.js";
import { checkIssue } from "../../src/check/index.js";
import { PERIODICAL_RULES } from "../../src/rules/periodical.js";
import { copyMini } from "../helpers/mini.js";

let cacheDir: string;
const saved = process.env.FOLIO_CACHE_DIR;
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "folio-periodical-"));
  process.env.FOLIO_CACHE_DIR = cacheDir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.FOLIO_CACHE_DIR;
  else process.env.FOLIO_CACHE_DIR = saved;
  rmSync(cacheDir, { recursive: true, force: true });
});

async function outcome(issueDir: string): Promise<{ problems: string[]; waived: string[] }> {
  try {
    const { waived } = await checkIssue(issueDir);
    return { problems: [], waived };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return { problems: e.problems.map((p: Problem) => formatProblem(p)), waived: [] };
  }
}

const rel = (root: string, f: string) => path.relative(process.cwd(), path.join(root, f));

describe("periodical rules in folio check", () => {
  it("every rule has a standard, a clause or a note saying it was not found, and where it is checked", () => {
    for (const r of PERIODICAL_RULES) {
      expect(r.checked.length).toBeGreaterThan(0);
      expect(r.read).toMatch(/^https?:\/\//);
      if (r.clause === null) expect((r as { note?: string }).note).toMatch(/not found/);
      else expect(r.clause).toMatch(/^\d+(\.\d+)*$/);
    }
  });

  it("the mini issue passes, its departures listed as waived with their reasons", async () => {
    const mini = copyMini();
    const { problems, waived } = await outcome(mini.issueDir);
    expect(problems).toEqual([]);
    expect(
      waived.some((w) => w.includes("imprint-distributor") && w.includes("waived in magazine.yaml: test magazine")),
    ).toBe(true);
  });

  it("a 版权页 without 发行单位 fails at magazine.yaml's imprint: once the waiver is gone", async () => {
    const mini = copyMini();
    mini.edit("magazine.yaml", (s) => s.replace(/^ {4}imprint-distributor:.*\n/m, ""));
    const { problems } = await outcome(mini.issueDir);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${rel(mini.root, "magazine.yaml")}:34: periodical rule imprint-distributor \\(期刊出版形式规范`),
      ),
    ]);
    mini.edit("magazine.yaml", (s) =>
      s.replace("  printer: 测试印务\n", "  printer: 测试印务\n  distributor: 测试发行公司\n"),
    );
    expect((await outcome(mini.issueDir)).problems).toEqual([]);
  });

  it("a CN not issued yet (cn: unknown) is a warning at magazine.yaml's cn: line, never a guess", async () => {
    const mini = copyMini();
    mini.edit("magazine.yaml", (s) => s.replace("cn: 65-1309/D", "cn: unknown"));
    const { warnings } = await checkIssue(mini.issueDir);
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${rel(mini.root, "magazine.yaml")}:5: periodical rule imprint-cn .*unknown`)),
    ]);
  });

  it("an advertisement without a 广告经营许可证号 fails at magazine.yaml's imprint:", async () => {
    const mini = copyMini();
    mini.edit("2099-01/issue.yaml", (s) =>
      s.replace("imprint:\n", "fillers:\n  - { image: images/cover.png, caption: 广告, kind: ad }\nimprint:\n"),
    );
    const { problems } = await outcome(mini.issueDir);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${rel(mini.root, "magazine.yaml")}:34: periodical rule imprint-ad-licence .*images/cover.png`),
      ),
    ]);
    mini.edit("magazine.yaml", (s) =>
      s.replace("  printer: 测试印务\n", "  printer: 测试印务\n  ad_licence: 测试工商广字第0001号\n"),
    );
    expect((await outcome(mini.issueDir)).problems).toEqual([]);
  });

  it("a 目次 entry without its authors fails at the article's toc_authors: line", async () => {
    const mini = copyMini();
    mini.edit("2099-01/articles/p001-editorial.md", (s) =>
      s.replace("editor: 林编辑\n", "editor: 林编辑\ntoc_authors: false\n"),
    );
    const { problems } = await outcome(mini.issueDir);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${rel(mini.root, "2099-01/articles/p001-editorial.md")}:6: periodical rule toc-all-authors .*作者甲`,
        ),
      ),
    ]);
  });

  it("a 封四 photo page with a title left out of the 目次 fails at issue.yaml's back_cover:", async () => {
    const mini = copyMini();
    mini.edit("2099-01/issue.yaml", (s) => s.replace("imprint:\n", "back_cover: { title: 封四风光 }\nimprint:\n"));
    const { problems } = await outcome(mini.issueDir);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${rel(mini.root, "2099-01/issue.yaml")}:7: periodical rule toc-cover-items .*封四`),
      ),
    ]);
  });

  it("a waiver of no rule is refused at its line", async () => {
    const mini = copyMini();
    mini.edit("magazine.yaml", (s) => `${s}    running-head: "not a rule id"\n`);
    const { problems } = await outcome(mini.issueDir);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${rel(mini.root, "magazine.yaml")}:57: rules.waive.running-head: no periodical rule "running-head"`,
        ),
      ),
    ]);
  });
});
