/** Editor mistakes in the flatplan and the text encodings, each with the first problem line folio check prints. */
import { execFileSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { at, type Case, gb18030 } from "./corpus-kit.js";

export const PLAN_CASES: Case[] = [
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
];
