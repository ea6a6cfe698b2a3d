/**
 * Reader: issues/<id>/ (+ issues/magazine.yaml) → the validated, resolved Issue model.
 * Every problem is collected and reported at once (ValidationError), each with file:line.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ProblemList, FolioError } from "./errors.js";
import { readYaml } from "./yaml.js";
import { validate } from "./validate.js";
import { issueSchema, magazineSchema } from "./schema.js";
import { mergeImprint, resolveMagazine } from "./cascade.js";
import { resolveCover } from "./covers.js";
import { resolveImage } from "./images.js";
import { loadArticle } from "./article.js";
import type { Article, Issue } from "./types.js";

export const ISSUE_ID = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loadIssue(issueDir: string): Promise<Issue> {
  const dir = path.resolve(issueDir);
  const id = path.basename(dir);
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const issueFile = path.join(dir, "issue.yaml");
  const magazineFile = path.join(dir, "..", "magazine.yaml");
  if (!existsSync(dir)) throw new FolioError({ file: rel(dir), message: "issue folder not found" });
  if (!ISSUE_ID.test(id)) throw new FolioError({ file: rel(dir), message: `issue folder must be named yyyy-mm (got "${id}")` });
  for (const f of [magazineFile, issueFile]) {
    if (!existsSync(f)) throw new FolioError({ file: rel(f), message: "file not found" });
  }

  const problems = new ProblemList();
  const magSrc = readYaml(readFileSync(magazineFile, "utf8"), rel(magazineFile), problems.items);
  const mag = validate(magazineSchema, magSrc, problems.items);
  const issSrc = readYaml(readFileSync(issueFile, "utf8"), rel(issueFile), problems.items);
  const iss = validate(issueSchema, issSrc, problems.items);
  // Keep going after a bad magazine.yaml or issue.yaml so that every problem is reported at once.
  const magazine = mag ? resolveMagazine(mag) : undefined;
  if (mag) checkUnique(mag.sections.map((s) => s.id), (i) => ({ file: magSrc.file, line: magSrc.lineOf(["sections", i, "id"]), field: `sections[${i}].id` }), problems);
  if (iss && (Number(id.slice(0, 4)) !== iss.year || Number(id.slice(5)) !== iss.number)) {
    problems.add({ file: issSrc.file, line: issSrc.lineOf(["year"]), field: "year/number", message: `do not match the folder name ${id}` });
  }
  const plan: { id: string; page?: number; place?: "inside-back-cover" }[] = iss?.articles ?? listArticleFiles(dir).map((id) => ({ id }));
  if (iss) checkUnique(iss.articles.map((a) => a.id), (i) => ({ file: issSrc.file, line: issSrc.lineOf(["articles", i, "id"]), field: `articles[${i}].id` }), problems);
  const articles: Article[] = [];
  const loaded = new Set<string>();
  plan.forEach((entry, i) => {
    if (loaded.has(entry.id)) return; // duplicate: reported above
    loaded.add(entry.id);
    const file = path.join(dir, "articles", `${entry.id}.md`);
    if (!existsSync(file)) {
      problems.add({ file: issSrc.file, line: issSrc.lineOf(["articles", i, "id"]), field: `articles[${i}].id`, message: `no article file articles/${entry.id}.md` });
      return;
    }
    const article = loadArticle({ id: entry.id, file, relFile: rel(file), issueDir: dir, sections: magazine?.sections, plannedPage: entry.page }, problems.items);
    if (article) articles.push(entry.place ? { ...article, place: entry.place } : article);
  });
  const cover = (key: "cover" | "inside_front_cover" | "inside_back_cover" | "back_cover") =>
    resolveCover(iss?.[key], { issueDir: dir, file: issSrc.file, line: issSrc.lineOf([key, "image"]), field: `${key}.image` }, problems.items);
  const fillers = (iss?.fillers ?? []).flatMap((f, i) => {
    const image = resolveImage({ src: f.image, caption: f.caption, credit: f.credit }, { issueDir: dir, file: issSrc.file, line: issSrc.lineOf(["fillers", i, "image"]), field: `fillers[${i}].image` }, problems.items);
    return image ? [{ id: `filler-${i + 1}`, image, caption: f.caption, kind: f.kind }] : [];
  });
  const covers = { cover: cover("cover"), insideFrontCover: cover("inside_front_cover"), insideBackCover: cover("inside_back_cover"), backCover: cover("back_cover") };
  problems.throwIfAny();
  if (!mag || !iss || !magazine) throw new Error("unreachable: invalid data without problems");

  const sections = magazine.sections
    .map((section) => ({ section, articles: articles.filter((a) => a.section.id === section.id) }))
    .filter((s) => s.articles.length);
  return {
    id,
    dir,
    magazine,
    year: iss.year,
    number: iss.number,
    totalNumber: iss.total_number,
    date: iss.date,
    pages: iss.pages,
    ...covers,
    cover: covers.cover ?? {},
    imprint: mergeImprint(mag.imprint, iss.imprint),
    press: { ...iss.press, binding: "saddle-stitch", colours: "4/4" },
    sections,
    articles,
    fillers,
  };
}

function listArticleFiles(dir: string): string[] {
  const folder = path.join(dir, "articles");
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort() : [];
}

function checkUnique(ids: string[], where: (i: number) => { file: string; line: number; field: string }, problems: ProblemList): void {
  const seen = new Map<string, number>();
  ids.forEach((v, i) => {
    if (seen.has(v)) problems.add({ ...where(i), message: `duplicate "${v}" (first at index ${seen.get(v)})` });
    else seen.set(v, i);
  });
}
