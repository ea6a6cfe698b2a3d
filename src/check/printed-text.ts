/**
 * The text of an issue's source files as it can reach the page, line by line: magazine.yaml,
 * issue.yaml (and an edition's edition.yaml) and every article file, with what never prints blanked
 * out (YAML comments, in the YAML files and in an article's front matter, HTML comments in Markdown,
 * the other editions' blocks of magazine.yaml) so that line numbers stay those of the file. The font
 * check reads it to name the file and line of a character no font of the edition has.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Issue } from "../model/types.js";

export interface SourceLines {
  /** As the other problems name it (relative to the working directory). */
  file: string;
  lines: string[];
}

/** A YAML line without its comment: from a `#` at the start or after a space, outside quotes. */
export function yamlWithoutComment(line: string): string {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

/** Lines of a source file with what never prints blanked (each line keeps its place). */
export function printedLines(text: string, kind: "yaml" | "markdown"): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (kind === "yaml") return lines.map(yamlWithoutComment);
  const frontEnd = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  let inComment = false;
  return lines.map((line, i) => {
    if (i <= frontEnd) return yamlWithoutComment(line);
    let out = "";
    let rest = line;
    while (rest) {
      if (inComment) {
        const end = rest.indexOf("-->");
        if (end < 0) return out;
        rest = rest.slice(end + 3);
        inComment = false;
      } else {
        const start = rest.indexOf("<!--");
        if (start < 0) return out + rest;
        out += rest.slice(0, start);
        rest = rest.slice(start + 4);
        inComment = true;
      }
    }
    return out;
  });
}

/**
 * magazine.yaml's lines with the `editions:` blocks of the other editions blanked (all of them for the
 * Chinese edition): another script's title and imprint never print in this one.
 */
export function withoutOtherEditions(lines: string[], tag?: string): string[] {
  let state: "before" | "in" | "after" = "before";
  let keyIndent = -1;
  let keep = false;
  return lines.map((line) => {
    if (state === "before") {
      if (!/^editions:/.test(line)) return line;
      state = "in";
      return "";
    }
    if (state === "after" || !line.trim()) return line;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      state = "after";
      return line;
    }
    if (keyIndent < 0) keyIndent = indent;
    if (indent === keyIndent) keep = line.trim().replace(/^["']?([^"':]+)["']?\s*:.*$/, "$1") === tag;
    return keep ? line : "";
  });
}

const rel = (p: string) => path.relative(process.cwd(), p) || p;

/**
 * What the issue's edition prints from: magazine.yaml (its own editions block only), issue.yaml,
 * an edition's edition.yaml, and the article files the model read (an edition's translations).
 */
export function issueSources(issue: Issue): SourceLines[] {
  const { edition } = issue;
  const read = (file: string, kind: "yaml" | "markdown"): SourceLines => ({
    file: rel(file),
    lines: printedLines(readFileSync(file, "utf8"), kind),
  });
  const magazine = read(path.join(edition.baseDir, "..", "magazine.yaml"), "yaml");
  const yaml = [
    path.join(edition.baseDir, "issue.yaml"),
    ...(edition.base ? [] : [path.join(issue.dir, "edition.yaml")]),
  ];
  return [
    { ...magazine, lines: withoutOtherEditions(magazine.lines, edition.base ? undefined : edition.tag) },
    ...yaml.map((f) => read(f, "yaml")),
    ...issue.articles.map((a) => read(path.resolve(a.source.file), "markdown")),
  ];
}
