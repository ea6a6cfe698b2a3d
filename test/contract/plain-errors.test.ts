/**
 * Every failure folio throws has its class (src/contract/errors.ts), so the CLI can tell an editor's
 * mistake (exit 1, file:line) from folio's own fault (exit 2): no plain `Error` in src/ outside the
 * allow-list below, which may only shrink.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

/**
 * Plain errors still thrown, per file, with the reason. An entry whose count drops must drop too
 * (the test fails on a stale entry), so the list cannot hide new ones.
 */
const ALLOWED: Record<string, { count: number; why: string }> = {};

/** `Error(` or `new Error(` as code (not FolioError( and the like, not in a comment). */
const PLAIN = /(?<![\w.$])(?:new\s+)?Error\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

function plainErrors(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && PLAIN.test(line.replace(/\/\/.*$/, "")))
    .map(({ line, n }) => `src/${path.relative(SRC, file)}:${n}: ${line.trim()}`);
}

describe("folio's failures have their class", () => {
  const found = new Map(sources(SRC).map((f) => [path.relative(SRC, f).split(path.sep).join("/"), plainErrors(f)]));

  it("no plain Error outside the allow-list", () => {
    const unexpected = [...found].filter(([rel]) => !ALLOWED[rel]).flatMap(([, lines]) => lines);
    expect(
      unexpected,
      "throw FolioError (an editor can fix it: file:line), SetupError or InternalError from src/contract/errors.ts",
    ).toEqual([]);
  });

  it("the allow-list is exact: a file that throws fewer plain errors leaves it or lowers its count", () => {
    const counts = Object.fromEntries(Object.keys(ALLOWED).map((rel) => [rel, found.get(rel)?.length ?? 0]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(ALLOWED).map(([rel, a]) => [rel, a.count])));
  });

  it("finds what it looks for", () => {
    const sample = ["throw new Error(`x`);", 'reject(err ?? new Error("y"));', "throw Error('z');"];
    expect(sample.filter((l) => PLAIN.test(l))).toHaveLength(3);
    const fine = [
      "throw new FolioError({ file, message });",
      "e instanceof Error ? e : x",
      "// new Error( in a comment",
    ];
    expect(fine.filter((l) => !/^\s*\/\//.test(l) && PLAIN.test(l))).toEqual([]);
  });
});
