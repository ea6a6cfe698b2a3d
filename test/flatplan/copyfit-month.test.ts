/**
 * A month copyfitted end to end (test/fixtures/copyfit/2099-02, 8 inner pages): its 卷首语 is a line
 * over its page as designed and builds (the title space one step down takes the line); its p. 4 article
 * is about 1,000 字 over and is refused with the 字 to cut and the jump to p. 6, whose short article
 * leaves room; `folio check` prints the same proposals; with the jump applied (continued_on: 6) the
 * month builds, the article continued on p. 6.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/pipeline/manifest.js";
import { REPO, runFolio, tempDir, type CliResult } from "../reliability/helpers.js";

const FIXTURE = path.join(REPO, "test/fixtures/copyfit");
const ARTICLE = "2099-02/articles/p004-changwen.md";
let root: string;
let refused: CliResult;
let checked: CliResult;

beforeAll(async () => {
  root = tempDir("folio-copyfit-");
  cpSync(FIXTURE, root, { recursive: true });
  refused = await runFolio(["build", "2099-02", "--only", "print-pdf", "--out", path.join(root, "refused")], {}, root);
  checked = await runFolio(["check", "2099-02", "--no-layout"], {}, root);
}, 600_000);

describe("copyfit proposals on a test month", () => {
  it("refuses the month for its p. 4 article only, with the 字 to cut and the jump that takes them", () => {
    expect(refused.code).toBe(1);
    const lines = refused.err.split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^2099-02\/articles\/p004-changwen\.md:1: cut about 1\d{3} 字 \(p\. 4 is over by \d+ lines\)$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^2099-02\/articles\/p004-changwen\.md:1: continued_on: 6 — .* about 1\d{3} 字 move there \(下转第6页 \/ 上接第4页\)$/,
      ),
    );
    // The 卷首语 one line over is absorbed, not refused.
    expect(refused.err).not.toMatch(/p\. 1 |p001-juanshouyu/);
    expect(refused.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("folio check prints the same proposals from the last layout", () => {
    expect(checked.code).toBe(1);
    expect(checked.out).toMatch(/p\. 4 凝心聚力 超出约 1\d{3} 字/);
    expect(checked.out).toMatch(/articles\/p004-changwen\.md: continued_on: 6 — /);
  });

  it("builds with the jump applied: the 卷首语 at its lower title step, the p. 4 article continued on p. 6", async () => {
    const file = path.join(root, ARTICLE);
    writeFileSync(file, readFileSync(file, "utf8").replace("layout: {", "continued_on: 6\nlayout: {"));
    const out = path.join(root, "built");
    const built = await runFolio(["build", "2099-02", "--only", "print-pdf", "--out", out], {}, root);
    expect(built.code, built.err).toBe(0);
    const manifest: Manifest = JSON.parse(readFileSync(path.join(out, "2099-02", "build.json"), "utf8"));
    const rows = manifest.facts.flatplan?.runs ?? [];
    expect(rows.map((r) => [r.plannedStart, r.actualStart])).toEqual([
      [1, 1],
      [4, 4],
      [6, 6],
    ]);
    expect(rows[0].tool).toContain("title space step 1 of 4 (−2)");
    expect(rows[1].tool).toContain("continued on p.6");
  }, 600_000);
});
