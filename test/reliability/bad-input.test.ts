/**
 * Bad input → one clear error: mutated copies of the mini issue (and one of the real 2022-08 issue)
 * through the CLI. Every case: exit 1, the message names the file (and line/field where there is
 * one), one line per problem, no stack trace. Validation cases use `check`; image and template
 * problems only show in `build` (they stop it before Chromium starts).
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyMini } from "../helpers/mini.js";
import { present } from "../helpers/present.js";
import { bombPng } from "../images/helpers.js";
import { REPO, runFolio, STACK, tempDir, type CliResult } from "./helpers.js";

type Mini = ReturnType<typeof copyMini>;
const NEWS = "2099-01/articles/p002-news.md";
const ISSUE = "2099-01/issue.yaml";

interface Case {
  name: string;
  cmd: "check" | "build";
  mutate: (m: Mini) => void;
  env?: (m: Mini) => NodeJS.ProcessEnv;
  /** Each expected problem line (after the temp folder prefix is stripped), in order. */
  expect: RegExp[];
}

const CASES: Case[] = [
  {
    name: "invalid YAML",
    cmd: "check",
    mutate: (m) => m.edit(ISSUE, (s) => s.replace("number: 1\n", "number: [1\n")),
    expect: [/^2099-01\/issue\.yaml:\d+: invalid YAML: /],
  },
  {
    name: "a missing required field",
    cmd: "check",
    mutate: (m) => m.edit(NEWS, (s) => s.replace("title: 要闻一则\n", "")),
    expect: [/^2099-01\/articles\/p002-news\.md:2: title: is required$/],
  },
  {
    name: "an unknown section",
    cmd: "check",
    mutate: (m) => m.edit(NEWS, (s) => s.replace("section: 要闻要论", "section: nosuch")),
    expect: [/^2099-01\/articles\/p002-news\.md:3: section: unknown section "nosuch"/],
  },
  {
    name: "a missing image",
    cmd: "check",
    mutate: (m) => m.edit(NEWS, (s) => s.replace("images/cover.png", "images/missing.png")),
    expect: [/^2099-01\/articles\/p002-news\.md:9: image: image "images\/missing\.png" not found$/],
  },
  {
    name: "a remote image URL",
    cmd: "check",
    mutate: (m) => m.edit(ISSUE, (s) => s.replace("image: images/cover.png", "image: https://example.com/cover.jpg")),
    expect: [
      /^2099-01\/issue\.yaml:6: cover\.image: remote or URL image "https:\/\/example\.com\/cover\.jpg" is not allowed/,
    ],
  },
  {
    name: "a path leaving the issue folder",
    cmd: "check",
    mutate: (m) => m.edit(NEWS, (s) => s.replace("images/cover.png", "../../../etc/hostname")),
    expect: [
      /^2099-01\/articles\/p002-news\.md:9: image: image path "\.\.\/\.\.\/\.\.\/etc\/hostname" leaves the issue folder$/,
    ],
  },
  {
    name: "duplicate article ids",
    cmd: "check",
    mutate: (m) =>
      m.edit(ISSUE, (s) => s.replace("  - { id: p002-news }", "  - { id: p002-news }\n  - { id: p002-news }")),
    expect: [/^2099-01\/issue\.yaml:14: articles\[2\]\.id: duplicate "p002-news"/],
  },
  {
    name: "several problems in several files at once",
    cmd: "check",
    mutate: (m) => {
      m.edit("magazine.yaml", (s) => s.replace("issn: 2096-7462", "issn: 2096-74"));
      m.edit(NEWS, (s) => s.replace("title: 要闻一则\n", "").replace("images/cover.png", "images/missing.png"));
      m.edit(ISSUE, (s) => s.replace("date: 2099-01-25", "date: someday"));
    },
    expect: [
      /^magazine\.yaml:4: issn: /,
      /^2099-01\/issue\.yaml:4: date: /,
      /^2099-01\/articles\/p002-news\.md:2: title: is required$/,
      /^2099-01\/articles\/p002-news\.md:8: image: image "images\/missing\.png" not found$/,
      /^4 problems$/,
    ],
  },
  {
    name: "a corrupt image (garbage bytes named .jpg)",
    cmd: "build",
    mutate: (m) => {
      writeFileSync(path.join(m.issueDir, "images/bad.jpg"), "this is not a JPEG at all\n".repeat(40));
      m.edit(NEWS, (s) => s.replace("images/cover.png", "images/bad.jpg"));
    },
    expect: [
      /^2099-01\/articles\/p002-news\.md:9: image: images\/bad\.jpg \(figure in p002-news\): not a readable image/,
    ],
  },
  {
    name: "an oversized image (a PNG declaring 50000×50000 px) and a corrupt one, both listed",
    cmd: "build",
    mutate: (m) => {
      bombPng(path.join(m.issueDir, "images/bomb.png"), 50_000, 50_000);
      writeFileSync(path.join(m.issueDir, "images/bad.jpg"), Buffer.alloc(2000, 0x42));
      m.edit(ISSUE, (s) => s.replace("image: images/cover.png", "image: images/bomb.png"));
      m.edit(NEWS, (s) => s.replace("images/cover.png", "images/bad.jpg"));
    },
    expect: [
      /^2099-01\/issue\.yaml:6: image: images\/bomb\.png \(cover\): image is 50000×50000 px \(2500 megapixels\), over the limit of 100 megapixels/,
      /^2099-01\/articles\/p002-news\.md:9: image: images\/bad\.jpg \(figure in p002-news\): not a readable image/,
      /^2 problems$/,
    ],
  },
  {
    name: "a template syntax error",
    cmd: "build",
    mutate: (m) => {
      const dir = path.join(m.root, "templates");
      cpSync(path.join(REPO, "templates"), dir, { recursive: true });
      const toc = path.join(dir, "partials/toc.hbs");
      const lines = readFileSync(toc, "utf8").split("\n");
      lines.splice(1, 0, "{{#each oops}}"); // an unclosed block from line 2
      writeFileSync(toc, lines.join("\n"));
    },
    env: (m) => ({ FOLIO_TEMPLATES_DIR: path.join(m.root, "templates") }),
    expect: [/^templates\/partials\/toc\.hbs:\d+: template syntax error: /],
  },
];

/** Problem lines of stderr (build's progress goes to stdout); the CLI runs in the copy's root, so paths are relative to it. */
const problemLines = (r: CliResult) => r.err.trim().split("\n");

const results = new Map<string, CliResult>();

beforeAll(async () => {
  // Two at a time: each CLI start costs a few seconds of TypeScript loading.
  const queue = [...CASES];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const m = copyMini();
      c.mutate(m);
      const out = path.join(m.root, "out");
      const args =
        c.cmd === "check" ? ["check", m.issueDir] : ["build", m.issueDir, "--out", out, "--only", "screen-pdf"];
      results.set(c.name, await runFolio(args, c.env?.(m) ?? {}, m.root));
    }
  };
  await Promise.all([worker(), worker()]);
});

describe("bad input: exit 1, one line per problem naming the file, no stack trace", () => {
  for (const c of CASES) {
    it(`${c.cmd}: ${c.name}`, () => {
      const r = present(results.get(c.name), `the result of ${c.name}`);
      expect(r.err).not.toMatch(STACK);
      expect(r.err).not.toMatch(/--debug|^folio: /m); // not reported as an internal error
      expect(problemLines(r)).toEqual(c.expect.map((re) => expect.stringMatching(re)));
      expect(r.code).toBe(1);
    });
  }
});

describe("bad input in a copy of the real issue 2022-08", () => {
  it("check lists every problem at once with file:line: field", async () => {
    const root = tempDir("folio-rel-real-");
    cpSync(path.join(REPO, "issues/magazine.yaml"), path.join(root, "magazine.yaml"));
    cpSync(path.join(REPO, "issues/2022-08"), path.join(root, "2022-08"), { recursive: true });
    const articles = path.join(root, "2022-08/articles");
    const issueYaml = path.join(root, "2022-08/issue.yaml");
    const edit = (f: string, fn: (s: string) => string) => writeFileSync(f, fn(readFileSync(f, "utf8")));
    const first = present(readFileSync(issueYaml, "utf8").match(/- \{ id: ([\w-]+)/), "an article in issue.yaml")[1];
    edit(path.join(articles, `${first}.md`), (s) =>
      s.replace(/^section: .*$/m, "section: 不存在的栏目").replace(/^title: .*$/m, "title:"),
    );
    edit(issueYaml, (s) => s.replace("image: images/cover.jpg", "image: ../../cover.jpg"));
    const r = await runFolio(["check", "2022-08"], {}, root);
    const lines = r.err.trim().split("\n");
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(STACK);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^2022-08/articles/${first}\\.md:2: title: `)),
      expect.stringMatching(new RegExp(`^2022-08/articles/${first}\\.md:3: section: unknown section "不存在的栏目"`)),
      expect.stringMatching(
        /^2022-08\/issue\.yaml:8: cover\.image: image path "\.\.\/\.\.\/cover\.jpg" leaves the issue folder$/,
      ),
      "3 problems",
    ]);
  });
});
