/**
 * Reading the editors' text files (magazine.yaml, issue.yaml, articles/*.md). Policy: UTF-8 only,
 * with or without a byte-order mark, with LF, CRLF or CR line ends (normalised to LF). Anything
 * else is refused, naming the encoding it looks like (chardet) and the command that converts it.
 *
 * Refused rather than converted: a guess between GB18030, Big5 and the rest is only a guess on a
 * short text, and a wrong guess prints mojibake that no check downstream can tell from Chinese;
 * converting the file once also fixes it for the preview, git diffs and every other tool.
 */
import { readFileSync } from "node:fs";
import { detect } from "chardet";
import type { Problem } from "../contract/errors.js";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1];
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

/** The encoding a non-UTF-8 file looks like, as iconv names it. */
export function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  // UTF-16 without a mark: ASCII characters leave every other byte zero (chardet misses this).
  const sample = bytes.subarray(0, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZero++ : evenZero++;
  if (oddZero > sample.length / 8 && oddZero > evenZero * 4) return "UTF-16LE";
  if (evenZero > sample.length / 8 && evenZero > oddZero * 4) return "UTF-16BE";
  const name = detect(bytes);
  if (!name || name === "UTF-8") return "an unknown encoding";
  // Chinese Windows tools write GBK/CP936; GB18030 is its superset, so converting from it is safe.
  return /^(GB2312|GBK|GB18030)$/i.test(name) ? "GB18030" : name;
}

const quote = (p: string) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

/** The shell command that rewrites `file` (as the editor names it) in UTF-8. */
export function convertCommand(encoding: string, file: string): string {
  const from = encoding === "an unknown encoding" ? "<ENCODING>" : encoding;
  const f = quote(file);
  return `iconv -f ${from} -t UTF-8 ${f} > ${f}.utf8 && mv ${f}.utf8 ${f}`;
}

/**
 * The text of a file as UTF-8 without BOM and with LF line ends, or undefined after pushing one
 * problem naming the line of the first byte that is not UTF-8.
 */
export function readTextFile(abs: string, rel: string, problems: Problem[]): string | undefined {
  let bytes: Uint8Array = readFileSync(abs);
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
  const bad = bytes[0] === 0xff || bytes[0] === 0xfe ? 0 : firstInvalidUtf8(bytes);
  const nul = bytes.indexOf(0);
  const at = bad >= 0 ? bad : nul;
  if (at >= 0) {
    const encoding = guessEncoding(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const looks = encoding === "an unknown encoding" ? "is not UTF-8" : `is saved as ${encoding}, not UTF-8`;
    problems.push({
      file: rel,
      line: encoding.startsWith("UTF-16") ? 1 : line,
      field: "encoding",
      message: `${looks} — convert it: ${convertCommand(encoding, rel)}`,
    });
    return undefined;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8").replace(/\r\n?/g, "\n");
}
