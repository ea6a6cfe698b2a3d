/**
 * A minimal PDF content-stream tokenizer: enough to find operators and their operands without
 * being fooled by strings, comments, dictionaries or inline image data. Works on a latin1 string
 * (one char per byte), so offsets are byte offsets.
 */

export type TokenKind = "number" | "operator" | "other";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const WS = new Set([" ", "\t", "\r", "\n", "\f", "\0"]);
const DELIM = new Set(["(", ")", "<", ">", "[", "]", "{", "}", "/", "%"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function skipString(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return s.length;
}

/** End of inline image data: the "EI" that stands alone after whitespace. */
function skipInlineImage(s: string, i: number): number {
  for (let j = i; j < s.length - 1; j++) {
    if (s[j] === "E" && s[j + 1] === "I" && WS.has(s[j - 1] ?? " ") && (j + 2 >= s.length || WS.has(s[j + 2])))
      return j + 2;
  }
  return s.length;
}

export function* tokenize(s: string): Generator<Token> {
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (WS.has(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "%") {
      while (i < s.length && s[i] !== "\n" && s[i] !== "\r") i++;
      continue;
    }
    if (c === "(") {
      i = skipString(s, i);
      yield { kind: "other", text: s.slice(start, i), start, end: i };
      continue;
    }
    if (c === "<" && s[i + 1] === "<") {
      i += 2;
      yield { kind: "other", text: "<<", start, end: i };
      continue;
    }
    if (c === ">" && s[i + 1] === ">") {
      i += 2;
      yield { kind: "other", text: ">>", start, end: i };
      continue;
    }
    if (c === "<") {
      i = s.indexOf(">", i);
      i = i < 0 ? s.length : i + 1;
      yield { kind: "other", text: s.slice(start, i), start, end: i };
      continue;
    }
    if (DELIM.has(c) && c !== "/") {
      i++;
      yield { kind: "other", text: c, start, end: i };
      continue;
    }
    i++; // a name's "/" or the first regular character
    while (i < s.length && !WS.has(s[i]) && !DELIM.has(s[i])) i++;
    const text = s.slice(start, i);
    if (text.startsWith("/")) {
      yield { kind: "other", text, start, end: i };
      continue;
    }
    if (NUMBER.test(text)) {
      yield { kind: "number", text, start, end: i };
      continue;
    }
    yield { kind: "operator", text, start, end: i };
    if (text === "ID") i = skipInlineImage(s, i + 1);
  }
}
