/**
 * The line of a key in a YAML file, found by indentation alone: for pointing a finding at the field
 * to change without loading the YAML parser (folio check's warm path never loads it).
 */

/** 1-based line of `path` (keys, outermost first), or of the deepest part of it found; 1 when none is. */
export function keyLine(text: string, path: string[]): number {
  const lines = text.split(/\r\n|\r|\n/);
  let found = 1;
  let from = 0;
  let indent = -1;
  for (const key of path) {
    const at = findKey(lines, key, from, indent);
    if (!at) return found;
    found = at.line + 1;
    from = at.line + 1;
    indent = at.indent;
  }
  return found;
}

function findKey(lines: string[], key: string, from: number, parentIndent: number) {
  const pattern = new RegExp(`^(\\s*)(?:- )?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const indent = line.length - line.trimStart().length;
    if (parentIndent >= 0 && indent <= parentIndent) return undefined; // left the parent block
    const m = pattern.exec(line);
    if (m && m[1].length > parentIndent) return { line: i, indent: m[1].length };
  }
  return undefined;
}
