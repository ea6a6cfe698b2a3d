/**
 * Hostile content never reaches the print HTML, the PDFs or the EPUB: raw HTML is refused at
 * validation, javascript:/data: links render as plain text, and the renderer itself refuses network
 * and out-of-folder file requests (and reports them), working offline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { paginate, type Pagination } from "../../src/render/print/paginate.js";
import { readZip } from "../epub/unzip.js";
import { copyMini } from "../helpers/mini.js";
import { privateTmp, runFolio, withoutFlatplan, STACK, survivors, tempDir, type CliResult } from "./helpers.js";

const NEWS = "2099-01/articles/p002-news.md";

describe("raw HTML and script URLs are refused at validation", () => {
  it("check names each hostile line: <script>, <iframe>, <img onerror>, ![](javascript:…)", async () => {
    const m = copyMini();
    // p002-news.md has 9 lines; the appended blocks start at line 11 (one blank line between each).
    m.edit(
      NEWS,
      (s) =>
        s +
        [
          "",
          "<script>alert(1)</script>",
          "",
          '<iframe src="https://example.com/"></iframe>',
          "",
          '段落里 <img src="x" onerror="alert(1)"> 的图片。',
          "",
          "![](javascript:alert(1))",
          "",
        ].join("\n"),
    );
    const r = await runFolio(["check", "2099-01"], {}, m.root);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(STACK);
    const lines = r.err.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^2099-01\/articles\/p002-news\.md:11: .*raw HTML is not allowed/),
      expect.stringMatching(/^2099-01\/articles\/p002-news\.md:13: .*raw HTML is not allowed/),
      expect.stringMatching(/^2099-01\/articles\/p002-news\.md:15: .*raw HTML is not allowed/),
      expect.stringMatching(
        /^2099-01\/articles\/p002-news\.md:17: image: remote or URL image "javascript:alert\(1\)" is not allowed/,
      ),
      "4 problems",
    ]);
  });
});

describe("javascript: and data: links render as plain text (build --only epub,screen-pdf)", () => {
  let r: CliResult;
  let outDir: string;
  let tmp: ReturnType<typeof privateTmp>;
  beforeAll(async () => {
    const m = copyMini();
    m.edit(
      NEWS,
      (s) =>
        s +
        "\n链接一：[点我](javascript:alert(1))。\n\n" +
        "链接二：[再点](JaVaScRiPt:alert(2))、[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)、[文件](file:///etc/hostname)。\n",
    );
    withoutFlatplan(m);
    const out = tempDir("folio-rel-hostile-");
    tmp = privateTmp();
    r = await runFolio(["build", m.issueDir, "--out", out, "--only", "epub,screen-pdf"], tmp.env);
    outDir = path.join(out, "2099-01");
  });

  const manifestFile = (kind: string) => {
    const manifest = JSON.parse(readFileSync(path.join(outDir, "build.json"), "utf8")) as {
      files: { kind: string; path: string }[];
    };
    const f = manifest.files.find((x) => x.kind === kind);
    if (!f) throw new Error(`no ${kind} in build.json`);
    return path.join(outDir, f.path);
  };
  const HOSTILE = [/javascript:/i, /<script/i, /onerror/i, /data:text\/html/i, /<iframe/i, /file:\/\/\/etc/];

  it("the build succeeds and leaves no Chromium behind", async () => {
    expect(r.code, r.err).toBe(0);
    expect(await survivors(tmp)).toEqual([]);
    expect(tmp.profiles()).toEqual([]);
  });

  it("draws the EPUB's cover but no page thumbnails (not asked for)", () => {
    expect(existsSync(path.join(outDir, "thumbnails", "cover-1600.png"))).toBe(true);
    expect(readdirSync(path.join(outDir, "thumbnails"))).toEqual(["cover-1600.png"]);
    expect(() => manifestFile("thumbnails")).toThrow(/no thumbnails in build\.json/);
  });

  it("print HTML: link texts are there, no link, script or handler", () => {
    const html = readFileSync(manifestFile("print-html"), "utf8");
    for (const text of ["点我", "再点", "数据", "文件"]) expect(html).toContain(text);
    for (const re of HOSTILE) expect(html).not.toMatch(re);
  });

  it("EPUB: no XHTML file holds a javascript: link, script or handler", () => {
    const items = readZip(readFileSync(manifestFile("epub")));
    const xhtml = items.filter((i) => /\.x?html$/.test(i.name));
    expect(xhtml.length).toBeGreaterThan(0);
    const all = xhtml.map((i) => i.data.toString("utf8")).join("\n");
    expect(all).toContain("点我");
    for (const re of HOSTILE) expect(all).not.toMatch(re);
  });

  it("screen PDF: no link annotation with a script or data URL, no document JavaScript", async () => {
    const mupdf = await import("mupdf");
    const doc = mupdf.Document.openDocument(
      readFileSync(manifestFile("screen-pdf")),
      "application/pdf",
    ) as InstanceType<typeof mupdf.PDFDocument>;
    for (let i = 0; i < doc.countPages(); i++) {
      for (const link of doc.loadPage(i).getLinks()) expect(link.getURI()).not.toMatch(/^\s*(javascript|data):/i);
    }
    const root = doc.getTrailer().get("Root");
    expect(root.get("OpenAction").isNull()).toBe(true);
    const names = root.get("Names");
    expect(names.isNull() || names.get("JavaScript").isNull()).toBe(true);
  });
});

describe("renderer sandbox: paginate() refuses the network and files outside the HTML folder", () => {
  let result: Pagination;
  let tmp: ReturnType<typeof privateTmp>;
  const savedTmp = process.env.TMPDIR;
  beforeAll(async () => {
    const dir = tempDir("folio-rel-sandbox-");
    mkdirSync(path.join(dir, "html"));
    writeFileSync(path.join(dir, "secret.txt"), "outside the HTML folder");
    const html = path.join(dir, "html", "page.html");
    writeFileSync(
      html,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>sandbox</title>
<style>@page { size: 210mm 285mm; margin: 20mm } .bg { background: url("https://example.com/bg.png") }</style></head>
<body><p class="bg">正文</p>
<img src="https://example.com/x.png" alt=""><img src="file:///etc/hostname" alt=""><img src="../secret.txt" alt="">
<script>fetch("https://example.com/beacon").catch(() => {});</script>
</body></html>`,
    );
    // A private TMPDIR: the Chromium this test starts is recognisable by its profile folder.
    tmp = privateTmp();
    process.env.TMPDIR = tmp.dir;
    try {
      result = await paginate(html, { timeoutMs: 60_000 });
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
  });

  it("lays the page out offline and prints a PDF", () => {
    expect(result.pages.length).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(result.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("reports the remote and the out-of-folder requests as blocked", () => {
    expect(result.blocked).toEqual(expect.arrayContaining(["https://example.com/x.png", "file:///etc/hostname"]));
    expect(result.blocked.some((u) => u.endsWith("/secret.txt"))).toBe(true);
    expect(result.blocked.every((u) => !u.includes("/html/page.html"))).toBe(true);
  });

  it("closes its Chromium", async () => {
    expect(await survivors(tmp)).toEqual([]);
    expect(tmp.profiles()).toEqual([]);
  });
});
