/**
 * Reader: issues/<id>/ (+ issues/magazine.yaml) → the validated, resolved Issue model.
 * Every problem is collected and reported at once (ValidationError), each with file:line; the
 * flatplan rules it is given (src/plan/rules.ts, by src/check/load.ts) run in the same pass.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { FolioError, InternalError, ProblemList } from "../contract/errors.js";
import { ISSUE_ID } from "./issue-id.js";
import { readYaml, type YamlSource } from "./yaml.js";
import { readTextFile } from "./text-file.js";
import { COVER_PLACES, PLACE_YAML_KEY, type CoverPlace } from "./places.js";
import type { PlanEntry, PlanRules } from "./plan-entry.js";
import { validate } from "./validate.js";
import { editionIssueSchema, issueSchema, magazineSchema } from "./schema.js";
import { baseEdition, editionIssueYaml, editionMagazine, resolveEdition } from "./edition-cascade.js";
import { checkEditionSetup, checkSectionNames, issueFolder } from "./edition-folder.js";
import type { Translation } from "./edition.js";
import { mergeImprint, resolveMagazine } from "./cascade.js";
import { resolveCover } from "./covers.js";
import { resolveImage } from "./images.js";
import { loadArticle } from "./article.js";
import type { Article, Issue, PressJob } from "./types.js";
import type { IssueYaml } from "./schema.js";

export { ISSUE_ID };

export async function readIssue(issueDir: string, planRules: PlanRules): Promise<Issue> {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const folder = issueFolder(path.resolve(issueDir), rel);
  const { dir, baseDir, baseId, tag } = folder;
  const id = tag ? `${baseId}-${tag}` : baseId;
  const issueFile = path.join(baseDir, "issue.yaml");
  const magazineFile = path.join(baseDir, "..", "magazine.yaml");
  const editionFile = tag ? path.join(dir, "edition.yaml") : undefined;
  for (const f of [magazineFile, issueFile, ...(editionFile ? [editionFile] : [])]) {
    if (!existsSync(f)) throw new FolioError({ file: rel(f), message: "file not found" });
  }

  const problems = new ProblemList();
  const readSource = (file: string): YamlSource => {
    const text = readTextFile(file, rel(file), problems.items);
    // A file that is not UTF-8 was reported; read it as empty so that nothing else is said about it.
    return text === undefined
      ? { file: rel(file), data: undefined, lineOf: () => 1 }
      : readYaml(text, rel(file), problems.items);
  };
  const magSrc = readSource(magazineFile);
  const mag = validate(magazineSchema, magSrc, problems.items);
  const chineseSrc = readSource(issueFile);
  const chinese = validate(issueSchema, chineseSrc, problems.items);
  const edSrc = editionFile ? readSource(editionFile) : undefined;
  const ed = edSrc ? validate(editionIssueSchema, edSrc, problems.items) : undefined;
  // An edition's plan and cover words are edition.yaml's: its problems name that file.
  const issSrc = edSrc ?? chineseSrc;
  const iss = chinese && (!edSrc || ed) ? (ed ? editionIssueYaml(chinese, ed) : chinese) : undefined;
  // Keep going after a bad magazine.yaml or issue.yaml so that every problem is reported at once.
  const typeSource = {
    file: magSrc.file,
    columnsLine: magSrc.lineOf(["type", "columns"]),
    leadingLine: magSrc.lineOf(["type", "leading_pt"]),
  };
  const baseMagazine = mag ? resolveMagazine(mag, path.dirname(magazineFile), typeSource) : undefined;
  if (mag && tag && !mag.editions[tag])
    throw new FolioError({
      file: magSrc.file,
      line: magSrc.lineOf(["editions"]),
      field: "editions",
      message: `no edition "${tag}" (${rel(dir)}): add it under editions: (one of: ${Object.keys(mag.editions).join(", ") || "none yet"})`,
    });
  const editionYaml = tag ? mag?.editions[tag] : undefined;
  const magazine = baseMagazine && mag && editionYaml ? editionMagazine(baseMagazine, mag, editionYaml) : baseMagazine;
  if (editionYaml && mag) checkEditionSetup(mag, tag as string, magSrc, magazineFile, problems);
  if (magazine?.press.iccProfile && !existsSync(magazine.press.iccProfile)) {
    problems.add({
      file: magSrc.file,
      line: magSrc.lineOf(["press", "icc_profile"]),
      field: "press.icc_profile",
      message: `no such file ${rel(magazine.press.iccProfile)}`,
    });
  }
  if (mag)
    checkUnique(
      mag.sections.map((s) => s.id),
      (i) => ({ file: magSrc.file, line: magSrc.lineOf(["sections", i, "id"]), field: `sections[${i}].id` }),
      problems,
    );
  if (iss && (Number(baseId.slice(0, 4)) !== iss.year || Number(baseId.slice(5)) !== iss.number)) {
    problems.add({
      file: chineseSrc.file,
      line: chineseSrc.lineOf(["year"]),
      field: "year/number",
      message: `do not match the folder name ${baseId}`,
    });
  }
  const files = listArticleFiles(dir);
  const translations: Translation[] = [];
  const plan: { id: string; page?: number; place?: CoverPlace }[] = iss?.articles ?? files.map((id) => ({ id }));
  if (iss)
    checkUnique(
      iss.articles.map((a) => a.id),
      (i) => ({ file: issSrc.file, line: issSrc.lineOf(["articles", i, "id"]), field: `articles[${i}].id` }),
      problems,
    );
  const articles: Article[] = [];
  const planEntries: PlanEntry[] = [];
  const loaded = new Set<string>();
  const where = (i: number, key: string) => ({
    file: issSrc.file,
    line: issSrc.lineOf(["articles", i, key]),
    field: `articles[${i}].${key}`,
  });
  plan.forEach((entry, i) => {
    if (loaded.has(entry.id)) return; // duplicate: reported above
    loaded.add(entry.id);
    const file = path.join(dir, "articles", `${entry.id}.md`);
    const hasFile = existsSync(file);
    const article = hasFile
      ? loadArticle(
          {
            id: entry.id,
            file,
            relFile: rel(file),
            issueDir: baseDir,
            sections: magazine?.sections,
            plannedPage: entry.page,
            translationOf: tag
              ? {
                  articlesDir: path.join(baseDir, "articles"),
                  rel,
                  found: translations,
                  sections: baseMagazine?.sections,
                }
              : undefined,
          },
          problems.items,
        )
      : undefined;
    if (article) {
      const pageSource =
        entry.page !== undefined
          ? { plannedPageSource: { file: issSrc.file, line: issSrc.lineOf(["articles", i, "page"]) } }
          : {};
      articles.push({ ...article, ...pageSource, ...(entry.place ? { place: entry.place } : {}) });
    }
    const page = article?.plannedPage ?? entry.page;
    planEntries.push({
      id: entry.id,
      at: where(i, "id"),
      page,
      pageAt:
        entry.page !== undefined
          ? where(i, "page")
          : article?.plannedPageSource && { ...article.plannedPageSource, field: "page" },
      place: entry.place,
      placeAt: entry.place ? where(i, "place") : undefined,
      section: article?.section.id,
      editorial: article ? article.layout.variant === "editorial" : undefined,
      hasFile,
    });
  });
  if (tag && mag?.editions[tag])
    checkSectionNames(
      mag,
      tag,
      articles.map((a) => a.section.id),
      magSrc,
      problems,
    );
  if (iss) {
    const coverBlocks: Partial<Record<CoverPlace, number>> = {};
    for (const p of COVER_PLACES) if (iss[PLACE_YAML_KEY[p]]) coverBlocks[p] = issSrc.lineOf([PLACE_YAML_KEY[p]]);
    // An article that could not be read keeps its issue.yaml page; the flatplan's order is checked
    // unless the first article (which decides the front of the issue) is one of them.
    const firstInner = planEntries.find((e) => !e.place && e.hasFile);
    const readable = !firstInner || firstInner.section !== undefined;
    problems.items.push(
      ...planRules({
        issueFile: issSrc.file,
        articlesDir: rel(path.join(dir, "articles")),
        pages: iss.pages,
        pagesLine: issSrc.lineOf(["pages"]),
        entries: readable ? planEntries : planEntries.map((e) => ({ ...e, page: undefined, pageAt: undefined })),
        files: iss ? files : [],
        coverBlocks,
      }),
    );
  }
  const cover = (key: "cover" | "inside_front_cover" | "inside_back_cover" | "back_cover") =>
    resolveCover(
      iss?.[key],
      { issueDir: baseDir, file: issSrc.file, line: issSrc.lineOf([key, "image"]), field: `${key}.image` },
      problems.items,
    );
  const fillers = (iss?.fillers ?? []).flatMap((f, i) => {
    const image = resolveImage(
      { src: f.image, caption: f.caption, credit: f.credit },
      {
        issueDir: baseDir,
        file: chineseSrc.file,
        line: chineseSrc.lineOf(["fillers", i, "image"]),
        field: `fillers[${i}].image`,
      },
      problems.items,
    );
    return image ? [{ id: `filler-${i + 1}`, image, caption: f.caption, kind: f.kind }] : [];
  });
  const covers = {
    cover: cover("cover"),
    insideFrontCover: cover("inside_front_cover"),
    insideBackCover: cover("inside_back_cover"),
    backCover: cover("back_cover"),
  };
  problems.throwIfAny();
  if (!mag || !iss || !magazine) throw new InternalError("unreachable: invalid data without problems");

  const sections = magazine.sections
    .map((section) => ({ section, articles: articles.filter((a) => a.section.id === section.id) }))
    .filter((s) => s.articles.length);
  const edition = tag
    ? resolveEdition(mag, { tag, baseIssueId: baseId, baseDir, magazineDir: path.dirname(magazineFile) }, translations)
    : baseEdition(mag, baseId, baseDir);
  return {
    id,
    dir,
    edition,
    magazine,
    year: iss.year,
    number: iss.number,
    totalNumber: iss.total_number,
    date: iss.date,
    pages: iss.pages,
    ...covers,
    cover: covers.cover ?? {},
    imprint: mergeImprint(mag.imprint, iss.imprint),
    press: pressJob(iss.press),
    sections,
    articles,
    fillers,
  };
}

function pressJob(p: IssueYaml["press"]): PressJob {
  return {
    commissionNo: p.commission_no,
    paper: p.paper,
    coverPaper: p.cover_paper,
    coverFinish: p.cover_finish,
    quantity: p.quantity,
    deliveryDate: p.delivery_date,
    deliveryPlace: p.delivery_place,
    billing: p.billing,
    contact: p.contact,
    proof: p.proof,
    placeholders: p.placeholders,
    binding: "saddle-stitch",
    colours: "4/4",
  };
}

function listArticleFiles(dir: string): string[] {
  const folder = path.join(dir, "articles");
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith(".md"))
        .map((f) => f.slice(0, -3))
        .sort()
    : [];
}

function checkUnique(
  ids: string[],
  where: (i: number) => { file: string; line: number; field: string },
  problems: ProblemList,
): void {
  const seen = new Map<string, number>();
  ids.forEach((v, i) => {
    if (seen.has(v)) problems.add({ ...where(i), message: `duplicate "${v}" (first at index ${seen.get(v)})` });
    else seen.set(v, i);
  });
}
