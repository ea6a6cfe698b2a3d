/** The editor-mistake corpus's kit: the two months a case copies, a case's shape, and the line helpers its expectations use. */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO } from "../reliability/helpers.js";

export type Month = "2022-08" | "2022-09";
export const SOURCE: Record<Month, { magazine: string; issue: string }> = {
  "2022-08": { magazine: path.join(REPO, "issues/magazine.yaml"), issue: path.join(REPO, "issues/2022-08") },
  "2022-09": {
    magazine: path.join(REPO, "test/fixtures/monthly/magazine.yaml"),
    issue: path.join(REPO, "test/fixtures/monthly/2022-09"),
  },
};

export interface Copy {
  root: string;
  dir: string;
  edit(rel: string, fn: (s: string) => string): void;
  file(rel: string): string;
}

export interface Case {
  name: string;
  month: Month;
  mutate: (c: Copy) => void | Promise<void>;
  /** The first problem line (stderr), as the copy's folder names files. */
  expect: RegExp;
}

export const gb18030 = (c: Copy, rel: string) =>
  writeFileSync(c.file(rel), execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", c.file(rel)]));

/** 1-based line of the first line of a month's file (issue.yaml unless named) holding `needle` (the expectations follow the file as it is). */
export const lineOf = (month: Month, needle: string, rel = "issue.yaml"): number => {
  const n = readFileSync(path.join(SOURCE[month].issue, rel), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(needle));
  if (n < 0) throw new Error(`corpus: no line with ${needle} in ${month}/${rel}`);
  return n + 1;
};
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A RegExp from literal text with {{needle}} standing for the number of the line holding needle. */
export const at = (text: string, month: Month, tail = "", rel = "issue.yaml"): RegExp =>
  new RegExp(
    "^" +
      esc(text).replace(/\\\{\\\{([^}]+)\\\}\\\}/g, (_m, needle: string) =>
        String(lineOf(month, needle.replace(/\\/g, ""), rel)),
      ) +
      tail,
  );
