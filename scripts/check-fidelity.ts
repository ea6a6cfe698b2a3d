/**
 * Fidelity check against the raw issue files (no loader needed):
 *   1. every seed sentence (src/model/furniture.ts seedSentences) is a substring of the issue's
 *      plain text (magazine.yaml + issue.yaml + articles/*.md with Markdown syntax stripped);
 *   2. loosely the reverse: after removing every (furniture-stripped) seed line from an article's
 *      body text, nothing but punctuation is left, i.e. no article text is absent from the seed.
 *
 *   npx tsx scripts/check-fidelity.ts [issues/2022-08] [seed.txt]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { normalise, seedSentences, textNotInSeed } from "../src/model/furniture.js";

const issueDir = process.argv[2] ?? "issues/2022-08";
const seedFile = process.argv[3] ?? "test/fixtures/seed-2022-08.txt";

/** Text of any YAML value: every string leaf, keys excluded. */
function yamlStrings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (typeof v === "number") return [String(v)];
  if (Array.isArray(v)) return v.flatMap(yamlStrings);
  if (v && typeof v === "object") return Object.values(v).flatMap(yamlStrings);
  return [];
}

/** Markdown body → plain text: headings, paragraphs, figure captions + credits; attrs dropped. */
export function markdownText(md: string): string {
  return md
    .split(/\n{2,}/)
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/gm, "")
        .replace(
          /!\[([^\]]*)\]\(\s*\S+(?:\s+"([^"]*)")?\s*\)/g,
          (_m, alt: string, title?: string) => `${alt}\n${title ?? ""}`,
        )
        .replace(/\s*\{(?:\s*\.[\w-]+)+\s*\}\s*$/gm, ""),
    )
    .join("\n");
}

export function splitFrontMatter(src: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(src);
  if (!m) return { data: {}, body: src };
  return { data: YAML.parse(m[1]) ?? {}, body: m[2] };
}

const FM_TEXT_KEYS = ["title", "kicker", "subtitle", "authors", "affiliation", "lead", "source", "editor"];

const magazine = YAML.parse(readFileSync(path.join(issueDir, "..", "magazine.yaml"), "utf8"));
const issue = YAML.parse(readFileSync(path.join(issueDir, "issue.yaml"), "utf8"));
const parts: string[] = [
  magazine.title,
  magazine.title_latin,
  magazine.slogan,
  `ISSN ${magazine.issn}`,
  `CN ${magazine.cn}`,
  magazine.price,
  ...yamlStrings(magazine.imprint),
  ...(magazine.sections ?? []).map((s: { name: string }) => s.name),
];
for (const k of ["cover", "inside_front_cover", "inside_back_cover", "back_cover"]) {
  const c = issue[k];
  if (c) parts.push(...[c.title, c.text, c.caption, c.credit].filter(Boolean));
}
const articleBodies = new Map<string, string>();
for (const { id } of issue.articles as { id: string }[]) {
  const { data, body } = splitFrontMatter(readFileSync(path.join(issueDir, "articles", `${id}.md`), "utf8"));
  for (const k of FM_TEXT_KEYS) if (data[k] !== undefined) parts.push(...yamlStrings(data[k]));
  const text = markdownText(body);
  articleBodies.set(id, text);
  parts.push(text);
}
const plain = normalise(parts.join("\n"));

const seed = readFileSync(seedFile, "utf8");
const sentences = seedSentences(seed);
const missing = sentences.filter((s) => !plain.includes(s));
console.log(`seed sentences: ${sentences.length}, missing from the issue: ${missing.length}`);
for (const s of missing.slice(0, 50)) console.log(`  MISSING: ${s}`);

// Reverse: every article body block must be made of whole seed lines (rejoined, not changed).
let extra = 0;
for (const [id, text] of articleBodies) {
  const rest = textNotInSeed(text.split("\n"), seed);
  if (rest.length) {
    extra++;
    console.log(`  NOT IN SEED (${id}): ${rest.join(" | ").slice(0, 200)}`);
  }
}
console.log(`articles with text absent from the seed: ${extra}`);
process.exitCode = missing.length || extra ? 1 : 0;
