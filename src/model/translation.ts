/**
 * A translated article's front matter: the fields it inherits from the Chinese article it translates
 * (section, layout, 目录 flags), laid under its own, and the record `folio check` reads to list what
 * is untranslated or changed since it was translated.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../contract/errors.js";
import { findSection } from "./cascade.js";
import type { Translation } from "./edition.js";
import { splitFrontMatter } from "./frontmatter.js";
import { INHERITED_FRONT_MATTER } from "./schema.js";
import type { Section } from "./types.js";
import { readYaml, type YamlSource } from "./yaml.js";

export interface TranslationOf {
  /** The Chinese issue's articles/ folder. */
  articlesDir: string;
  rel: (p: string) => string;
  /** Each translation read is recorded here. */
  found: Translation[];
  /** The sections by their Chinese names: a Chinese article may name its section so, the edition cannot. */
  sections?: Section[];
}

/** First 12 hex digits of SHA-256 of a file's bytes: what `source_digest` records. */
export function sourceDigest(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);
}

/**
 * The translation's front matter with the Chinese article's inherited fields under it, or undefined
 * (with a problem) when it names no Chinese article that exists.
 */
export function withSource(
  src: YamlSource,
  of: TranslationOf,
  id: string,
  problems: Problem[],
): YamlSource | undefined {
  const own = (src.data ?? {}) as Record<string, unknown>;
  const translates = own.translates;
  if (typeof translates !== "string" || !translates.trim()) {
    problems.push({
      file: src.file,
      line: src.lineOf(["translates"]),
      field: "translates",
      message: "is required: the id (file name without .md) of the Chinese article this translates",
    });
    return undefined;
  }
  const file = path.join(of.articlesDir, `${translates}.md`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(translates) || !existsSync(file)) {
    problems.push({
      file: src.file,
      line: src.lineOf(["translates"]),
      field: "translates",
      message: `no Chinese article "${translates}" (${of.rel(file)})`,
    });
    return undefined;
  }
  const split = splitFrontMatter(readFileSync(file, "utf8"));
  // The Chinese file's own problems are the Chinese edition's to report.
  const chinese = split ? (readYaml(split.yaml, of.rel(file), []).data as Record<string, unknown> | undefined) : {};
  const inherited: Record<string, unknown> = Object.fromEntries(
    INHERITED_FRONT_MATTER.filter((k) => chinese?.[k] !== undefined).map((k) => [k, chinese?.[k]]),
  );
  if (typeof inherited.section === "string" && of.sections)
    inherited.section = findSection(of.sections, inherited.section)?.id ?? inherited.section;
  const record = translationRecord(src, id);
  if (record) of.found.push(record);
  return { ...src, data: { ...inherited, ...own } };
}

/** What a translation's front matter records: the Chinese article it translates and that file's digest then. */
export function translationRecord(src: YamlSource, id: string): Translation | undefined {
  const own = (src.data ?? {}) as Record<string, unknown>;
  if (typeof own.translates !== "string" || !own.translates.trim()) return undefined;
  const digest = typeof own.source_digest === "string" ? own.source_digest : undefined;
  return {
    id,
    translates: own.translates,
    ...(digest !== undefined ? { sourceDigest: digest, digestLine: src.lineOf(["source_digest"]) } : {}),
    file: src.file,
    line: src.lineOf(["translates"]),
  };
}
