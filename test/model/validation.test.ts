import { describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { ValidationError, formatProblem } from "../../src/contract/errors.js";
import { copyMini } from "../helpers/mini.js";

async function problemsOf(mutate: (m: ReturnType<typeof copyMini>) => void): Promise<string[]> {
  const m = copyMini();
  mutate(m);
  try {
    await loadIssue(m.issueDir);
  } catch (e) {
    if (e instanceof ValidationError || (e as Error).name === "FolioError") {
      return (e as ValidationError).problems.map((p) =>
        formatProblem({ ...p, file: p.file.replace(/.*2099-01\//, "").replace(/.*folio-mini-[^/]+\//, "") }),
      );
    }
    throw e;
  }
  return [];
}

describe("validation: file:line: field: what is wrong", () => {
  it("a missing required front-matter field names file, line and field", async () => {
    const p = await problemsOf((m) =>
      m.edit("2099-01/articles/p002-news.md", (s) => s.replace("title: 要闻一则\n", "")),
    );
    expect(p).toEqual(["articles/p002-news.md:2: title: is required"]);
  });

  it("an unknown section names the line of the section field", async () => {
    const p = await problemsOf((m) =>
      m.edit("2099-01/articles/p002-news.md", (s) => s.replace("section: 要闻要论", "section: nosuch")),
    );
    expect(p[0]).toMatch(
      /^articles\/p002-news\.md:3: section: unknown section "nosuch" \(one of: juanshouyu, yaowen\)$/,
    );
  });

  it("a palette colour whose RGB another colour has names both, and a missing printer profile names its line", async () => {
    const p = await problemsOf((m) =>
      m.edit("magazine.yaml", (s) =>
        s.replace(
          'grey_90:         { cmyk: [0, 0, 0, 90],    rgb: "#333333" }',
          'grey_90:         { cmyk: [0, 0, 0, 90],    rgb: "#444444" }',
        ),
      ),
    );
    expect(p).toEqual([
      expect.stringMatching(
        /^magazine\.yaml:\d+: palette\.grey_85\.rgb: #444444 is also grey_90: one RGB value must mean one CMYK$/,
      ),
    ]);
    const q = await problemsOf((m) =>
      m.edit("magazine.yaml", (s) => s.replace("trim: {", "press: { icc_profile: printer/nosuch.icc }\ntrim: {")),
    );
    expect(q).toEqual([
      expect.stringMatching(/^magazine\.yaml:8: press\.icc_profile: no such file .*printer\/nosuch\.icc$/),
    ]);
  });

  it("reports every problem at once, across files", async () => {
    const p = await problemsOf((m) => {
      m.edit("magazine.yaml", (s) => s.replace("issn: 2096-7462", "issn: 2096-74"));
      m.edit("2099-01/issue.yaml", (s) => s.replace("total_number: 1", "total_number: -1"));
      m.edit("2099-01/articles/p001-editorial.md", (s) => s.replace("variant: editorial", "variant: poster"));
    });
    expect(p).toHaveLength(3);
    expect(p[0]).toBe("magazine.yaml:4: issn: must look like 2096-7462 (or be unknown)");
    expect(p[1]).toMatch(/^issue\.yaml:3: total_number: /);
    expect(p[2]).toMatch(/^articles\/p001-editorial\.md:6: layout\.variant: must be one of standard, editorial/);
  });

  it("a date that is not a day of the calendar names issue.yaml's date line (it would print as 2 March)", async () => {
    const p = await problemsOf((m) =>
      m.edit("2099-01/issue.yaml", (s) => s.replace("date: 2099-01-25", "date: 2099-02-30")),
    );
    expect(p).toEqual(["issue.yaml:4: date: must be a date like 2022-08-25"]);
    const q = await problemsOf((m) =>
      m.edit("2099-01/issue.yaml", (s) => s.replace("quantity: 100 }", "quantity: 100, delivery_date: 2099-04-31 }")),
    );
    expect(q).toEqual(["issue.yaml:10: press.delivery_date: must be a date like 2022-08-25"]);
  });

  it("a job-ticket paper without its weight, and an unknown placeholder field, name issue.yaml's press line", async () => {
    const p = await problemsOf((m) =>
      m.edit("2099-01/issue.yaml", (s) =>
        s.replace(
          "press: { paper: 80g 铜版纸, quantity: 100 }",
          "press: { paper: 铜版纸, cover_paper: 157g 铜版纸, cover_finish: 覆哑膜, billing: 杂志社, placeholders: [binding] }",
        ),
      ),
    );
    expect(p).toEqual([
      "issue.yaml:10: press.paper: must give the paper's weight and kind, e.g. 80g 铜版纸 (a printer quotes by weight)",
      expect.stringMatching(/^issue\.yaml:10: press\.placeholders\[0\]: .*commission_no.*billing/),
    ]);
  });

  it("an ISSN with a wrong check digit names magazine.yaml's issn line (the 封四 bar code is made from it)", async () => {
    const p = await problemsOf((m) => m.edit("magazine.yaml", (s) => s.replace("issn: 2096-7462", "issn: 2096-7463")));
    expect(p).toEqual(["magazine.yaml:4: issn: has a wrong check digit: copy the ISSN from a printed issue"]);
  });

  it("invalid YAML gives the line of the syntax error", async () => {
    const p = await problemsOf((m) => m.edit("2099-01/issue.yaml", (s) => s.replace("number: 1\n", "number: [1\n")));
    expect(p[0]).toMatch(/^issue\.yaml:\d+: invalid YAML: /);
  });

  it("unknown fields, duplicate ids, missing article files and images are named", async () => {
    const p = await problemsOf((m) => {
      m.edit("2099-01/articles/p002-news.md", (s) =>
        s.replace("page: 4", "page: 4\ncolour: red").replace("images/cover.png", "images/missing.png"),
      );
      m.edit("2099-01/issue.yaml", (s) =>
        s.replace("  - { id: p002-news }", "  - { id: p002-news }\n  - { id: p002-news }\n  - { id: p009-gone }"),
      );
    });
    expect(p).toContain('issue.yaml:14: articles[2].id: duplicate "p002-news" (first at index 1)');
    expect(p).toContain(
      "issue.yaml:15: articles[3].id: no file articles/p009-gone.md — create it, or remove this entry",
    );
    expect(p).toContain("articles/p002-news.md:5: colour: unknown field");
    expect(p).toContain('articles/p002-news.md:10: image: image "images/missing.png" not found');
    expect(p).toHaveLength(4); // each problem once, though the article is listed twice
  });

  it("raw HTML, remote images and paths leaving the issue are refused", async () => {
    const p = await problemsOf((m) =>
      m.edit(
        "2099-01/articles/p002-news.md",
        (s) => `${s}\n<script>alert(1)</script>\n\n![x](https://example.com/a.jpg)\n\n![y](../magazine.yaml)\n`,
      ),
    );
    expect(p.some((x) => /raw HTML is not allowed/.test(x))).toBe(true);
    expect(p.some((x) => /remote or URL image/.test(x))).toBe(true);
    expect(p.some((x) => /leaves the issue folder/.test(x))).toBe(true);
  });
});
