import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, guessEncoding, readTextFile } from "../../src/model/text-file.js";
import type { Problem } from "../../src/contract/errors.js";

const dir = mkdtempSync(path.join(tmpdir(), "folio-enc-"));
const TEXT =
  "---\ntitle: 凝心聚力 共建共治\nsection: cehua\n---\n\n乌鲁木齐市推行街道“大工委”、社区“大党委”工作纪实。党建引领基层治理,服务温暖城市。\n";

function write(name: string, bytes: Buffer): string {
  const f = path.join(dir, name);
  writeFileSync(f, bytes);
  return f;
}
const iconv = (to: string, text = TEXT) => execFileSync("iconv", ["-f", "UTF-8", "-t", to], { input: text });

function read(f: string): { text?: string; problems: Problem[] } {
  const problems: Problem[] = [];
  return { text: readTextFile(f, path.basename(f), problems), problems };
}

describe("text encodings", () => {
  it("accepts UTF-8 with or without BOM, with LF, CRLF or CR line ends, all read as the same text", () => {
    for (const [name, bytes] of [
      ["plain.md", Buffer.from(TEXT)],
      ["bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
      ["crlf.md", Buffer.from(TEXT.replace(/\n/g, "\r\n"))],
      ["cr.md", Buffer.from(TEXT.replace(/\n/g, "\r"))],
    ] as const) {
      expect(read(write(name, bytes)), name).toEqual({ text: TEXT, problems: [] });
    }
  });

  it("refuses GB18030, GBK, Big5 and UTF-16 naming the encoding and the iconv command; the command fixes the file", () => {
    const cases: [string, Buffer, RegExp][] = [
      [
        "gb18030.md",
        iconv("GB18030"),
        /^is saved as GB18030, not UTF-8 — convert it: iconv -f GB18030 -t UTF-8 gb18030\.md > gb18030\.md\.utf8 && mv gb18030\.md\.utf8 gb18030\.md$/,
      ],
      ["gbk.md", iconv("GBK"), /^is saved as GB18030, not UTF-8/],
      [
        "big5.md",
        execFileSync("iconv", ["-c", "-f", "UTF-8", "-t", "BIG5"], {
          input: "---\ntitle: 臺灣\n---\n\n這是一段繁體中文的文字,用來測試編碼的偵測是否正確無誤。\n",
        }),
        /^is saved as Big5, not UTF-8/,
      ],
      ["utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv("UTF-16LE")]), /^is saved as UTF-16LE, not UTF-8/],
      ["utf16-nobom.md", iconv("UTF-16LE"), /^is saved as UTF-16LE, not UTF-8/],
    ];
    for (const [name, bytes, re] of cases) {
      const f = write(name, bytes);
      const r = read(f);
      expect(r.text, name).toBeUndefined();
      expect(r.problems, name).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ file: name, field: "encoding" });
      expect(r.problems[0].message, name).toMatch(re);
    }
    // The printed command, run as printed, makes a file folio reads as the original text.
    const f = write("fix-me.md", iconv("GB18030"));
    const cmd = read(f).problems[0].message.split("convert it: ")[1];
    execFileSync("sh", ["-c", cmd], { cwd: dir });
    expect(readFileSync(f, "utf8")).toBe(TEXT);
    expect(read(f)).toEqual({ text: TEXT, problems: [] });
  });

  it("names the line of the first byte that is not UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: 标题\n---\n\n"), iconv("GB18030", "第二段\n")]);
    expect(read(write("line.md", bytes)).problems[0].line).toBe(5);
  });

  it("firstInvalidUtf8 and guessEncoding", () => {
    expect(firstInvalidUtf8(Buffer.from("abc 中文"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xe4, 0xb8]))).toBe(0); // truncated
    expect(guessEncoding(iconv("GB18030"))).toBe("GB18030");
  });
});
