/**
 * YAML reading with positions, so that every problem can name its line.
 */
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { Problem } from "../contract/errors.js";

export interface YamlSource {
  file: string;
  data: unknown;
  /** Line (1-based) of the value at a path, or of the nearest existing parent. */
  lineOf(path: (string | number)[]): number;
}

/**
 * Parses YAML text. `lineOffset` is added to every line (front matter starts after `---`).
 * Syntax errors become problems instead of exceptions.
 */
export function readYaml(text: string, file: string, problems: Problem[], lineOffset = 0): YamlSource {
  const lc = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
    problems.push({ file, line: line + lineOffset, message: `invalid YAML: ${firstLine(err.message)}` });
  }
  const data = doc.errors.length ? undefined : doc.toJS();
  const lineOf = (path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lc.linePos(node.range[0]).line + lineOffset;
    }
    return 1 + lineOffset;
  };
  return { file, data, lineOf };
}

function firstLine(s: string): string {
  return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
