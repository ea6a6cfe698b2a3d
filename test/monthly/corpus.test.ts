/**
 * The editor-mistake corpus: each case is one mistake an editor makes, in a copy of a real month
 * (2022-08, or the compact test month 2022-09). For every case, `folio check` and `folio build` (run
 * as a user runs them, from the copy's folder) both exit 1 with the same problem lines, the first
 * naming `file:line`, and no stack trace: check finds every mistake the build would refuse. The
 * closing report lists the lines each case prints (vitest output, `CORPUS` lines).
 */
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { present } from "../helpers/present.js";
import { REPO, runFolio, STACK, tempDir, type CliResult } from "../reliability/helpers.js";

type Month = "2022-08" | "2022-09";
const SOURCE: Record<Month, { magazine: string; issue: string }> = {
  "2022-08": { magazine: path.join(REPO, "issues/magazine.yaml"), issue: path.join(REPO, "issues/2022-08") },
  "2022-09": {
    magazine: path.join(REPO, "test/fixtures/monthly/magazine.yaml"),
    issue: path.join(REPO, "test/fixtures/monthly/2022-09"),
  },
};

interface Copy {
  root: string;
  dir: string;
  edit(rel: string, fn: (s: string) => string): void;
  file(rel: string): string;
}

interface Case {
  name: string;
  month: Month;
  mutate: (c: Copy) => void | Promise<void>;
  /** The first problem line (stderr), as the copy's folder names files. */
  expect: RegExp;
}

const gb18030 = (c: Copy, rel: string) =>
  writeFileSync(c.file(rel), execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", c.file(rel)]));

/** 1-based line of the first line of a month's file (issue.yaml unless named) holding `needle` (the expectations follow the file as it is). */
const lineOf = (month: Month, needle: string, rel = "issue.yaml"): number => {
  const n = readFileSync(path.join(SOURCE[month].issue, rel), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(needle));
  if (n < 0) throw new Error(`corpus: no line with ${needle} in ${month}/${rel}`);
  return n + 1;
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A RegExp from literal text with {{needle}} standing for the number of the line holding needle. */
const at = (text: string, month: Month, tail = "", rel = "issue.yaml"): RegExp =>
  new RegExp(
    "^" +
      esc(text).replace(/\\\{\\\{([^}]+)\\\}\\\}/g, (_m, needle: string) =>
        String(lineOf(month, needle.replace(/\\/g, ""), rel)),
      ) +
      tail,
  );

const CASES: Case[] = [
  // The flatplan
  {
    name: "a page beyond pages",
    month: "2022-08",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace("{ id: p064-fendou-rensheng, page: 64 }", "{ id: p064-fendou-rensheng, page: 68 }"),
      ),
    expect: at(
      "2022-08/issue.yaml:{{p064-fendou-rensheng}}: articles[41].page: page 68 is beyond the issue's 64 inner pages ",
      "2022-08",
      ".* — plan it on p\\.1–64, or raise pages",
    ),
  },
  {
    name: "pages out of order",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace("{ id: p009-yuancheng-jiaoyu, page: 9 }", "{ id: p009-yuancheng-jiaoyu, page: 5 }"),
      ),
    expect:
      /^2022-09\/issue\.yaml:34: articles\[5\]\.page: page 5 comes after page 8 \(p008-gongli-yiyuan\) in reading order — /,
  },
  {
    name: "two runs on one page",
    month: "2022-08",
    mutate: (c) =>
      c.edit("issue.yaml", (s) => s.replace("{ id: p046-shequ-fuwu, page: 46 }", "{ id: p046-shequ-fuwu, page: 44 }")),
    expect: at(
      "2022-08/issue.yaml:{{p046-shequ-fuwu}}: articles[28].page: page 44 is already planned for p044-fandihui (line {{p044-fandihui}}), and other articles come between — ",
      "2022-08",
    ),
  },
  {
    name: "a run with no room before the next",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace("{ id: p004-zhuanti-huiyi, page: 4 }", "{ id: p004-zhuanti-huiyi, page: 3 }"),
      ),
    expect:
      /^2022-09\/issue\.yaml:30: articles\[1\]\.page: page 3 leaves no room after p001-juanshouyu \(p\.1\): the 版权页 and 目录 follow it — plan this article on p\.4 or later$/,
  },
  {
    name: "the 卷首语 not on page 1",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) => s.replace("{ id: p001-juanshouyu, page: 1 }", "{ id: p001-juanshouyu, page: 2 }")),
    expect:
      /^2022-09\/issue\.yaml:29: articles\[0\]\.page: the first article starts on p\.1 \(the issue opens with it\), not p\.2 — plan it on page 1$/,
  },
  {
    name: "封三 taken twice (two articles)",
    month: "2022-08",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace("{ id: p064-fendou-rensheng, page: 64 }", "{ id: p064-fendou-rensheng, place: inside-back-cover }"),
      ),
    expect: at(
      "2022-08/issue.yaml:{{p064-dangjian-shuyuan}}: articles[42].place: 封三 is already taken by p064-fendou-rensheng (2022-08/issue.yaml:{{p064-fendou-rensheng}}) — one article per cover page",
      "2022-08",
      "$",
    ),
  },
  {
    name: "封三 both an article and a photo page",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace("press:\n", "inside_back_cover: { image: images/fenger.jpg, caption: 封三照片 }\npress:\n"),
      ),
    expect:
      /^2022-09\/issue\.yaml:38: articles\[8\]\.place: 封三 is also described as a photo page \(inside_back_cover:, line 24\) — keep one of the two$/,
  },
  {
    name: "an article on 封四 (the bar code page)",
    month: "2022-09",
    mutate: (c) => c.edit("issue.yaml", (s) => s.replace("place: inside-back-cover }", "place: back-cover }")),
    expect: /^2022-09\/issue\.yaml:37: articles\[8\]\.place: must be one of inside-front-cover, inside-back-cover$/,
  },
  {
    name: "an entry without a file",
    month: "2022-08",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace(
          "  - { id: p064-dangjian-shuyuan",
          "  - { id: p064-houji, page: 64 }\n  - { id: p064-dangjian-shuyuan",
        ),
      ),
    expect: at(
      "2022-08/issue.yaml:{{p064-dangjian-shuyuan}}: articles[42].id: no file articles/p064-houji.md — create it, or remove this entry",
      "2022-08",
      "$",
    ),
  },
  {
    name: "a file without an entry",
    month: "2022-09",
    mutate: (c) => cpSync(c.file("articles/p012-fendou-rensheng.md"), c.file("articles/p013-fendou-xu.md")),
    expect:
      /^2022-09\/articles\/p013-fendou-xu\.md:1: not listed in issue\.yaml — add `- \{ id: p013-fendou-xu, page: N \}` to its articles, or delete the file$/,
  },
  {
    name: "pages not a multiple of 4",
    month: "2022-08",
    mutate: (c) => c.edit("issue.yaml", (s) => s.replace("pages: 64", "pages: 62")),
    expect: /^2022-08\/issue\.yaml:6: pages: must be a multiple of 4 \(saddle-stitched\)$/,
  },
  // Encodings
  {
    name: "an article saved as GB18030",
    month: "2022-09",
    mutate: (c) => gb18030(c, "articles/p006-ningxin-juli.md"),
    expect:
      /^2022-09\/articles\/p006-ningxin-juli\.md:2: encoding: is saved as GB18030, not UTF-8 — convert it: iconv -f GB18030 -t UTF-8 2022-09\/articles\/p006-ningxin-juli\.md > /,
  },
  {
    name: "issue.yaml saved as GB18030",
    month: "2022-08",
    mutate: (c) => gb18030(c, "issue.yaml"),
    expect:
      /^2022-08\/issue\.yaml:1: encoding: is saved as GB18030, not UTF-8 — convert it: iconv -f GB18030 -t UTF-8 /,
  },
  {
    name: "an article saved as UTF-16 (Notepad's “Unicode”)",
    month: "2022-08",
    mutate: (c) =>
      writeFileSync(
        c.file("articles/p010-shequ-zhili.md"),
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          execFileSync("iconv", ["-f", "UTF-8", "-t", "UTF-16LE", c.file("articles/p010-shequ-zhili.md")]),
        ]),
      ),
    expect:
      /^2022-08\/articles\/p010-shequ-zhili\.md:1: encoding: is saved as UTF-16LE, not UTF-8 — convert it: iconv -f UTF-16LE -t UTF-8 /,
  },
  // Photos
  {
    name: "a GIF",
    month: "2022-09",
    mutate: async (c) => {
      await sharp({ create: { width: 1000, height: 700, channels: 3, background: "#336699" } })
        .gif()
        .toFile(c.file("images/anim.gif"));
      c.edit("articles/p009-yuancheng-jiaoyu.md", (s) => s.replace("images/photo.webp", "images/anim.gif"));
    },
    expect:
      /^2022-09\/articles\/p009-yuancheng-jiaoyu\.md:16: image: images\/anim\.gif \(figure in p009-yuancheng-jiaoyu\): unsupported image format GIF — save it as JPEG, PNG, WebP or TIFF$/,
  },
  {
    name: "a corrupt photo",
    month: "2022-08",
    mutate: (c) =>
      writeFileSync(
        c.file("images/p016-ningxin-juli-1.jpg"),
        "not a JPEG, an HTML error page saved by a browser\n".repeat(30),
      ),
    expect: at(
      "2022-08/articles/p016-ningxin-juli.md:{{images/p016-ningxin-juli-1.jpg}}: image: images/p016-ningxin-juli-1.jpg (figure in p016-ningxin-juli): not a readable image ",
      "2022-08",
      ".* — export it again",
      "articles/p016-ningxin-juli.md",
    ),
  },
  {
    name: "a photo too small for its column",
    month: "2022-09",
    mutate: async (c) => {
      await sharp({ create: { width: 400, height: 300, channels: 3, background: "#996633" } })
        .jpeg()
        .toFile(c.file("images/small.jpg"));
      c.edit("articles/p006-ningxin-juli.md", (s) => s.replace("images/cmyk.jpg", "images/small.jpg"));
    },
    expect: at(
      "2022-09/articles/p006-ningxin-juli.md:{{images/cmyk.jpg}}: image: images/small.jpg is 400×300 px: ",
      "2022-09",
      "121\\.\\d ppi at the 84×63 mm the layout gives it, under 200 — send a larger original \\(990×742 px for 300 ppi\\)$",
      "articles/p006-ningxin-juli.md",
    ),
  },
  {
    name: "a cover photo too small for the full-bleed page",
    month: "2022-08",
    mutate: async (c) => {
      await sharp({ create: { width: 1200, height: 1600, channels: 3, background: "#aa3333" } })
        .jpeg()
        .toFile(c.file("images/cover.jpg"));
    },
    expect:
      /^2022-08\/issue\.yaml:8: image: images\/cover\.jpg is 1200×1600 px: 1\d\d\.\d ppi at the 21\d×29\d mm the layout gives it, under 200 — send a larger original/,
  },
  {
    name: "an article on 封三 that also has a page",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) => s.replace("place: inside-back-cover }", "place: inside-back-cover, page: 12 }")),
    expect:
      /^2022-09\/issue\.yaml:37: articles\[8\]\.page: an article printed on 封三 has no inner page — remove `page` \(or `place`\)$/,
  },
  {
    name: "a photo name that differs only in case from the file",
    month: "2022-09",
    mutate: (c) =>
      c.edit("articles/p009-yuancheng-jiaoyu.md", (s) => s.replace("images/photo.webp", "images/Photo.WEBP")),
    expect:
      /^2022-09\/articles\/p009-yuancheng-jiaoyu\.md:16: image: image "images\/Photo\.WEBP" not found; "images\/photo\.webp" differs only in case — write the name exactly as the file is named/,
  },
  {
    name: "two photo files whose names differ only in case",
    month: "2022-08",
    mutate: (c) => cpSync(c.file("images/fenger.jpg"), c.file("images/Fenger.jpg")),
    expect:
      /^2022-08\/issue\.yaml:12: image: images\/Fenger\.jpg and images\/fenger\.jpg differ only in case: on Windows and macOS they are one file — rename one of them$/,
  },
  {
    name: "a missing photo",
    month: "2022-08",
    mutate: (c) => renameSync(c.file("images/p018-shuzhi-funeng-1.jpg"), c.file("images/p018-old.jpg")),
    expect:
      /^2022-08\/articles\/p018-shuzhi-funeng\.md:\d+: image: image "images\/p018-shuzhi-funeng-1\.jpg" not found$/,
  },
  {
    name: "a photo given as a web address",
    month: "2022-09",
    mutate: (c) =>
      c.edit("articles/p004-zhuanti-huiyi.md", (s) =>
        s.replace("images/exif-rotated.jpg", "https://news.example.cn/photo.jpg"),
      ),
    expect:
      /^2022-09\/articles\/p004-zhuanti-huiyi\.md:14: image: remote or URL image "https:\/\/news\.example\.cn\/photo\.jpg" is not allowed/,
  },
  // YAML and front matter
  {
    name: "a YAML syntax error",
    month: "2022-09",
    mutate: (c) => c.edit("issue.yaml", (s) => s.replace("pages: 12", "pages: [12")),
    expect: /^2022-09\/issue\.yaml:\d+: invalid YAML: /,
  },
  {
    name: "an unknown section",
    month: "2022-08",
    mutate: (c) => c.edit("articles/p010-shequ-zhili.md", (s) => s.replace("section: lilun", "section: 理论探索")),
    expect: /^2022-08\/articles\/p010-shequ-zhili\.md:3: section: unknown section "理论探索"/,
  },
  {
    name: "a missing title",
    month: "2022-09",
    mutate: (c) => c.edit("articles/p012-fendou-rensheng.md", (s) => s.replace(/^title: .*\n/m, "")),
    expect: /^2022-09\/articles\/p012-fendou-rensheng\.md:2: title: is required$/,
  },
  {
    name: "a misspelt front-matter field",
    month: "2022-08",
    mutate: (c) => c.edit("articles/p048-yuancheng-jiaoyu.md", (s) => s.replace("authors:", "autors:")),
    expect: /^2022-08\/articles\/p048-yuancheng-jiaoyu\.md:4: autors: unknown field$/,
  },
  {
    name: "an article listed twice",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace(
          "  - { id: p012-fendou-rensheng, page: 12 }",
          "  - { id: p012-fendou-rensheng, page: 12 }\n  - { id: p012-fendou-rensheng, page: 12 }",
        ),
      ),
    expect: /^2022-09\/issue\.yaml:37: articles\[8\]\.id: duplicate "p012-fendou-rensheng" \(first at index 7\)$/,
  },
  {
    name: "year and number that do not match the folder",
    month: "2022-08",
    mutate: (c) => c.edit("issue.yaml", (s) => s.replace("number: 8", "number: 9")),
    expect: /^2022-08\/issue\.yaml:2: year\/number: do not match the folder name 2022-08$/,
  },
  {
    name: "a date that is not a date",
    month: "2022-09",
    mutate: (c) => c.edit("issue.yaml", (s) => s.replace("date: 2022-09-25", "date: 9月25日")),
    expect: /^2022-09\/issue\.yaml:8: date: must be a date like 2022-08-25$/,
  },
  {
    name: "a cover page listed in the 目录 without a title",
    month: "2022-09",
    mutate: (c) =>
      c.edit("issue.yaml", (s) =>
        s.replace("  credit: 本刊记者/摄\nback_cover:", "  credit: 本刊记者/摄\n  toc: true\nback_cover:"),
      ),
    expect:
      /^2022-09\/issue\.yaml:18: inside_front_cover\.toc: a cover page listed in the 目录 \(toc: true\) needs a title$/,
  },
  {
    name: "raw HTML in an article",
    month: "2022-08",
    mutate: (c) =>
      c.edit("articles/p063-jiafeng.md", (s) => s.replace(/\n---\n\n/, "\n---\n\n<font color=red>家风</font>")),
    expect: /^2022-08\/articles\/p063-jiafeng\.md:\d+: raw HTML is not allowed in articles$/,
  },
];

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
