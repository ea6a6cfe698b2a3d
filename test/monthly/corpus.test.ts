/**
 * The editor-mistake corpus: each case is one mistake an editor makes, in a copy of a real month
 * (2022-08, or the compact test month 2022-09). For every case, `folio check` and `folio build` (run
 * as a user runs them, from the copy's folder) both exit 1 with the same problem lines, the first
 * naming `file:line`, and no stack trace: check finds every mistake the build would refuse. The
 * closing report lists the lines each case prints (vitest output, `CORPUS` lines).
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { present } from "../helpers/present.js";
import { runFolio, STACK, tempDir, type CliResult } from "../reliability/helpers.js";
import { PLAN_CASES } from "./corpus-plan-cases.js";
import { DATA_CASES } from "./corpus-data-cases.js";
import type { Copy, Month } from "./corpus-kit.js";
import { SOURCE } from "./corpus-kit.js";

const CASES = [...PLAN_CASES, ...DATA_CASES];

function copyMonth(month: Month): Copy {
  const root = tempDir(`folio-corpus-${month}-`);
  cpSync(SOURCE[month].magazine, path.join(root, "magazine.yaml"));
  cpSync(SOURCE[month].issue, path.join(root, month), { recursive: true });
  const file = (rel: string) => path.join(root, month, rel);
  return {
    root,
    dir: path.join(root, month),
    file,
    edit: (rel, fn) => writeFileSync(file(rel), fn(readFileSync(file(rel), "utf8"))),
  };
}

const results = new Map<string, { check: CliResult; build: CliResult }>();

beforeAll(async () => {
  const queue = [...CASES];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const copy = copyMonth(c.month);
      await c.mutate(copy);
      const check = await runFolio(["check", c.month], {}, copy.root);
      const build = await runFolio(
        ["build", c.month, "--out", path.join(copy.root, "out"), "--only", "screen-pdf"],
        {},
        copy.root,
      );
      results.set(c.name, { check, build });
      process.stdout.write(`CORPUS ${c.name} → ${check.err.trim().split("\n")[0]}\n`);
    }
  };
  await Promise.all([worker(), worker()]);
}, 900_000);

describe("editor mistakes: check and build both exit 1 with file:line, and check finds each", () => {
  it("has at least 25 cases, from both months", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.month)).size).toBe(2);
  });

  for (const c of CASES) {
    it(`${c.month}: ${c.name}`, () => {
      const { check, build } = present(results.get(c.name), `the results of ${c.name}`);
      const lines = check.err.trim().split("\n");
      expect(lines[0]).toMatch(c.expect);
      expect(lines[0]).toMatch(/^[^\s:]+:\d+: /); // file:line
      expect(check.code).toBe(1);
      expect(check.err).not.toMatch(STACK);
      expect(check.err).not.toMatch(/^folio: |--debug/m);
      // The build refuses the same issue with the same lines, before laying anything out.
      expect(build.code).toBe(1);
      expect(build.err).not.toMatch(STACK);
      expect(build.err.trim()).toBe(check.err.trim());
      expect(build.out).not.toMatch(/^print…$/m);
    });
  }
});
