import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyMini } from "../helpers/mini.js";

const BIN = path.resolve(import.meta.dirname, "../../bin/folio.js");
const folio = (args: string[], cwd?: string, env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe("folio CLI", () => {
  it("--version and --help", () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8"));
    expect(folio(["--version"]).out.trim()).toBe(pkg.version);
    const help = folio(["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["build", "check", "new", "doctor", "publish"]) expect(help.out).toContain(c);
    expect(folio(["build", "--help"]).out).toContain("--only <kinds>");
  });

  it("check: every problem as one line with file:line, exit 1, no stack trace", () => {
    const m = copyMini();
    m.edit("2099-01/articles/p002-news.md", (s) => s.replace("section: 要闻要论", "section: nosuch"));
    m.edit("2099-01/issue.yaml", (s) => s.replace("date: 2099-01-25", "date: someday"));
    const r = folio(["check", m.issueDir]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/issue\.yaml:4: date: must be a date like 2022-08-25$/),
      expect.stringMatching(/articles\/p002-news\.md:3: section: unknown section "nosuch"/),
      "2 problems",
    ]);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("check passes on a good issue; an unknown issue is a one-line error", () => {
    const m = copyMini();
    expect(folio(["check", "--no-layout", m.issueDir]).code).toBe(0);
    const r = folio(["check", "--no-layout", "2031-13"], m.root);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("new scaffolds an issue that passes check as it stands, and never overwrites", () => {
    const m = copyMini();
    expect(folio(["new", "2099-03", "--dir", m.root]).code).toBe(0);
    const issueYaml = readFileSync(path.join(m.root, "2099-03", "issue.yaml"), "utf8");
    expect(issueYaml).toContain("total_number: 3");
    expect(folio(["check", "--no-layout", path.join(m.root, "2099-03")]).code).toBe(0);
    const again = folio(["new", "2099-03", "--dir", m.root]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  it("publish with nothing built: one line naming the dist folder, exit 1, no site written", () => {
    const m = copyMini();
    const r = folio(["publish", "--dist", path.join(m.root, "nodist"), "--out", path.join(m.root, "site")], m.root);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toEqual([
      expect.stringMatching(/nodist: no built issue to publish .*run folio build first$/),
    ]);
    expect(existsSync(path.join(m.root, "site"))).toBe(false);
  });
  it("check prints the copyfit in 字: laying the issue out when no layout of its sources is known, then from that layout", () => {
    const m = copyMini();
    // A flatplan cache of its own: no earlier layout of these sources.
    const env = { ...process.env, FOLIO_FIT_CACHE: mkdtempSync(path.join(tmpdir(), "folio-cli-fit-")) };
    const none = folio(["check", "--no-layout", m.issueDir], undefined, env);
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/copyfit: no layout of these sources yet/);
    const laid = folio(["check", m.issueDir], undefined, env);
    expect(laid.code).toBe(0);
    expect(laid.out).toMatch(/copyfit \(new layout of [\d-]+ [\d:]+\): \d+ of 2 runs fit their pages/);
    expect(laid.out).toMatch(/p\. 1 卷首短文 (合适|空余约 \d+ (行|栏), 约 \d+ 字)/);
    const again = folio(["check", "--no-layout", m.issueDir], undefined, env);
    expect(again.out).toMatch(/copyfit \(last layout of /);
    // The same lines but the check's own timing ("2099-01: ok — … (86 ms)").
    const lines = (out: string) => out.split("\n").filter((l) => !/: ok — .*\(\d+ ms\)$/.test(l));
    expect(lines(again.out)).toEqual(lines(laid.out).map((l) => l.replace("new layout", "last layout")));
  }, 240_000);

  it("build --only rejects unknown outputs by name", () => {
    const r = folio(["build", "--only", "pdf"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--only: unknown output pdf/);
  });
});
