/**
 * The text of an issue's source files as it can reach the page, line by line: magazine.yaml,
 * issue.yaml and every article file, with what never prints blanked out (YAML comments, in the YAML
 * files and in an article's front matter, and HTML comments in Markdown) so that line numbers stay
 * those of the file. Used by the font check (file:line of a character no font has) and by the print
 * stage (which characters the rare-character faces must carry).
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

const rel = (p: string) => path.relative(process.cwd(), p) || p;

/** magazine.yaml, issue.yaml and the issue's article files (those the model read), as printed lines. */
export function issueSources(issue: Issue): SourceLines[] {
  const yaml = [path.join(issue.dir, "..", "magazine.yaml"), path.join(issue.dir, "issue.yaml")];
  const read = (file: string, kind: "yaml" | "markdown"): SourceLines => ({
    file: rel(file),
    lines: printedLines(readFileSync(file, "utf8"), kind),
  });
  return [
    ...yaml.map((f) => read(f, "yaml")),
    ...issue.articles.map((a) => read(path.resolve(a.source.file), "markdown")),
  ];
}

/** Everything of the issue's sources that can print, as one text (the rare-character faces are cut to it). */
export function issueText(issue: Issue): string {
  return issueSources(issue)
    .map((s) => s.lines.join("\n"))
    .join("\n");
}
