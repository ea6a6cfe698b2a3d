/** Editor mistakes in photos, YAML and front matter, each with the first problem line folio check prints. */
import { cpSync, renameSync, writeFileSync } from "node:fs";
import sharp from "sharp";
import { at, type Case } from "./corpus-kit.js";

export const DATA_CASES: Case[] = [
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
