/**
 * What a proof round remembers of the build it proofed, to compare the next round with: each page's
 * key (a digest of what it draws, src/pdf/page-keys.ts), printed name, roles and articles; a digest
 * of every source file; and each article's plain text (for the before/after of an edited passage).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PageRole } from "../contract/type-report.js";
import { filesUnder, issueSources } from "../flatplan/fingerprint.js";
import { pageName } from "../handoff/preflight/pages.js";
import { articlePlainText } from "../model/text.js";
import type { Issue } from "../model/types.js";
import { STYLES_DIR } from "../render/print/html.js";
import { templatesDir } from "../util/config.js";

export interface RoundPage {
  /** 0-based PDF page. */
  index: number;
  name: string;
  key: string;
  roles: string[];
  articles: string[];
  /** Source paths (relative to the project) of the photos placed on the page. */
  images: string[];
  /** The page's text as the PDF gives it. */
  text: string;
}

export interface RoundRecord {
  round: number;
  label: string;
  /** The day the round was made (YYYY-MM-DD) and the build's identity: a digest of all its sources. */
  date: string;
  build: string;
  issue: string;
  pages: RoundPage[];
  /** Source file (relative to the project) → SHA-256. */
  sources: Record<string, string>;
  /** Article id → its source file and its plain text. */
  articles: Record<string, { file: string; text: string }>;
}

const rel = (f: string) => path.relative(process.cwd(), f) || f;

/** Every file the build read: the issue's folders and magazine.yaml, the templates and styles. */
export function sourceDigests(issue: Issue): Record<string, string> {
  return sourceDigestsOf(issue.dir);
}

export function sourceDigestsOf(issueDir: string): Record<string, string> {
  const files = [...issueSources(issueDir), ...filesUnder([templatesDir(), STYLES_DIR])];
  return Object.fromEntries(files.map((f) => [rel(f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
}

export function buildIdentity(sources: Record<string, string>): string {
  const h = createHash("sha256");
  for (const [f, d] of Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1))) h.update(`${f}\0${d}\n`);
  return h.digest("hex").slice(0, 12);
}

export function makeRecord(
  issue: Issue,
  round: { n: number; label: string; date: string },
  keys: string[],
  texts: string[],
  layout: PageRole[] | undefined,
  imagesOnPage: (index: number) => string[],
): RoundRecord {
  const sources = sourceDigests(issue);
  return {
    round: round.n,
    label: round.label,
    date: round.date,
    build: buildIdentity(sources),
    issue: issue.id,
    pages: keys.map((key, index) => ({
      index,
      name: pageName(index + 1, keys.length),
      key,
      roles: layout?.[index]?.roles ?? [],
      articles: layout?.[index]?.articles ?? [],
      images: imagesOnPage(index),
      text: texts[index] ?? "",
    })),
    sources,
    articles: Object.fromEntries(
      issue.articles.map((a) => [a.id, { file: rel(a.source.file), text: articlePlainText(a) }]),
    ),
  };
}
