/** Reader for one article file: front matter (validated) + Markdown body (parsed into blocks). */
import type { Problem } from "../contract/errors.js";
import { splitFrontMatter } from "./frontmatter.js";
import { readTextFile } from "./text-file.js";
import { readYaml } from "./yaml.js";
import { validate } from "./validate.js";
import { frontMatterSchema, translationFrontMatterSchema } from "./schema.js";
import { sourceDigest, type TranslationOf, withSource } from "./translation.js";
import { findSection, resolveLayout, resolvePlannedPage } from "./cascade.js";
import { parseBlocks } from "./markdown.js";
import type { Article, Section } from "./types.js";

export interface ArticleInput {
  id: string;
  file: string;
  relFile: string;
  issueDir: string;
  /** Known sections; undefined when magazine.yaml is itself invalid (the section is then not checked). */
  sections?: Section[];
  plannedPage?: number;
  /** For an edition's article: where the Chinese article it translates is found. */
  translationOf?: TranslationOf;
}

export function loadArticle(input: ArticleInput, problems: Problem[]): Article | undefined {
  const text = readTextFile(input.file, input.relFile, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text);
  if (!split) {
    problems.push({
      file: input.relFile,
      line: 1,
      message: "missing front matter: the file must start with a --- block holding title and section",
    });
    return undefined;
  }
  const own = readYaml(split.yaml, input.relFile, problems, split.yamlLine - 1);
  const src = input.translationOf ? withSource(own, input.translationOf, input.id, problems) : own;
  if (!src) return undefined;
  const fm = validate(input.translationOf ? translationFrontMatterSchema : frontMatterSchema, src, problems);
  const blocks = parseBlocks(
    { articleId: input.id, body: split.body, file: input.relFile, firstLine: split.bodyLine, issueDir: input.issueDir },
    problems,
  );
  if (!input.sections) return undefined;
  // The section is checked even when another front-matter field is wrong: every problem at once.
  const rawSection = fm?.section ?? (src.data as { section?: unknown } | undefined)?.section;
  const section = typeof rawSection === "string" ? findSection(input.sections, rawSection) : undefined;
  if (!section && typeof rawSection === "string") {
    problems.push({
      file: input.relFile,
      line: src.lineOf(["section"]),
      field: "section",
      message: `unknown section "${rawSection}" (one of: ${input.sections.map((s) => s.id).join(", ")})`,
    });
  }
  if (!fm || !section) return undefined;
  if (!blocks.length) problems.push({ file: input.relFile, line: split.bodyLine, message: "article has no body text" });
  return {
    id: input.id,
    source: { file: input.relFile, line: 1 },
    title: fm.title.replace(/\s*[|｜]\s*/g, ""),
    titleBreaks: /[|｜]/.test(fm.title) ? fm.title.replace(/\s*[|｜]\s*/g, "|") : undefined,
    toc: { title: fm.toc_title, kicker: fm.toc_kicker, subtitle: fm.toc_subtitle, authors: fm.toc_authors },
    continuedOn: fm.continued_on,
    kicker: fm.kicker,
    subtitle: fm.subtitle,
    section,
    authors: fm.authors,
    affiliation: fm.affiliation,
    lead: fm.lead ? { label: fm.lead.label, text: fm.lead.text } : undefined,
    sourceNote: fm.source,
    editor: fm.editor,
    layout: resolveLayout(fm.layout),
    plannedPage: resolvePlannedPage(input.plannedPage, fm.page),
    ...(input.plannedPage === undefined && fm.page !== undefined
      ? { plannedPageSource: { file: input.relFile, line: src.lineOf(["page"]) } }
      : {}),
    inToc: fm.toc,
    blocks,
    markdown: split.body,
    digest: sourceDigest(input.file),
  };
}
