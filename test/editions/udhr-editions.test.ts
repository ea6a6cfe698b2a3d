/**
 * The two test editions of the UDHR fixture (test/fixtures/editions/), built through the CLI once:
 * the Uyghur edition end to end (print, screen, press, EPUB, handoff) and the Mongolian one (its
 * EPUB; its print layout is not made yet). Each check reads the outputs themselves.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import puppeteer from "puppeteer";
import { beforeAll, describe, expect, it } from "vitest";
import { checkFolioSides } from "../../src/handoff/preflight/folio-side.js";
import { pageGeometry } from "../../src/handoff/preflight/page-geometry.js";
import { pageWords } from "../../src/handoff/preflight/safety.js";
import { readPageKeys } from "../../src/pdf/page-keys.js";
import { readingOrder } from "../../src/text/bidi.js";
import { wordsInOrder } from "../../src/text/words-in-order.js";
import { chromiumArgs, resolveChromium } from "../../src/browser/resolve.js";
import { readZip, zipText } from "../epub/unzip.js";
import { REPO, runFolio, tempDir, type CliResult } from "../reliability/helpers.js";

const FIXTURE = path.join(REPO, "test/fixtures/editions/2022-12");
const TRIM = { widthMm: 210, heightMm: 285, bleedMm: 3 };
let out: string;
let ug: CliResult;
let mn: CliResult;
const ugFile = (name: string) => path.join(out, "2022-12-ug", name);
const mnFile = (name: string) => path.join(out, "2022-12-mn-Mong", name);
/** The press file as build.json lists it: <id>-press.pdf, or <id>-press-草稿-DRAFT.pdf while the edition has placeholders. */
const ugPress = () => {
  const files: { kind: string; path: string }[] = JSON.parse(readFileSync(ugFile("build.json"), "utf8")).files;
  return ugFile(files.find((f) => f.kind === "print-pdf")?.path ?? "2022-12-ug-press.pdf");
};

/** The translations' text as the editor wrote it: body Markdown without figures and tables. */
function sourceText(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8").split(/^---$/m).slice(2).join("---"))
    .join("\n")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/^\|.*$/gm, "")
    .replace(/^#+/gm, "");
}

const direction = async (file: string) => {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return doc.catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict)?.get(PDFName.of("Direction"))?.toString();
};

beforeAll(async () => {
  out = tempDir("folio-editions-");
  ug = await runFolio(["build", path.join(FIXTURE, "editions/ug"), "--out", out]);
  mn = await runFolio(["build", path.join(FIXTURE, "editions/mn-Mong"), "--out", out]);
}, 900_000);

describe("the Uyghur test edition, right to left", () => {
  it("builds every output, with the page count its plan says and every inner page laid out", () => {
    expect(ug.code, ug.err).toBe(0);
    const pdf = ugFile("2022-12-ug-screen.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    expect(pages).toBe(8 + 4); // edition.yaml pages: 8, and the four covers
    for (let p = 3; p <= 10; p++) {
      const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"]).toString();
      expect(text.match(/[\u0600-\u06FF]/g)?.length ?? 0, `PDF page ${p}`).toBeGreaterThan(100);
    }
  });

  it("says its spreads read right to left, in the print and the press PDF", async () => {
    expect(await direction(ugFile("2022-12-ug-print.pdf"))).toBe("/R2L");
    expect(await direction(ugPress())).toBe("/R2L");
    const ticket = JSON.parse(readFileSync(ugFile("job-ticket.json"), "utf8"));
    expect(ticket.bindingSide).toBe("right");
  });

  it("passes the press preflight: 目录 proven, folios outside, text layer, PDF/X, fonts embedded", () => {
    const report = JSON.parse(readFileSync(ugFile("preflight.json"), "utf8"));
    const status = (check: string) =>
      report.results.filter((r: { check: string }) => r.check === check).map((r: { status: string }) => r.status);
    for (const check of ["toc", "folio-side", "text-layer", "pdfx", "fonts"])
      expect(status(check), check).toEqual(["pass"]);
    expect(report.results.filter((r: { status: string }) => r.status === "fail")).toEqual([]);
  });

  it("copies out 99 % of its words whole and in order", () => {
    const layout = execFileSync("pdftotext", ["-layout", ugFile("2022-12-ug-screen.pdf"), "-"]).toString();
    const r = wordsInOrder(sourceText(path.join(FIXTURE, "editions/ug/articles")), readingOrder(layout, "rtl"));
    expect(r.share, `${r.inOrder} of ${r.words} words`).toBeGreaterThanOrEqual(0.99);
  });

  it("fails a layout with a page missing: its words no longer copy out in order", async () => {
    const doc = await PDFDocument.load(readFileSync(ugFile("2022-12-ug-screen.pdf")));
    doc.removePage(6); // inner p. 5
    const file = path.join(out, "missing-page.pdf");
    writeFileSync(file, await doc.save());
    const layout = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
    const r = wordsInOrder(sourceText(path.join(FIXTURE, "editions/ug/articles")), readingOrder(layout, "rtl"));
    expect(r.share).toBeLessThan(0.99);
  });

  it("fails its folios when they are read as if the issue were bound on the left", async () => {
    const pdf = ugPress();
    const bytes = readFileSync(pdf);
    const words = await pageWords(bytes, await readPageKeys(pdf));
    const geometry = pageGeometry(await PDFDocument.load(bytes), TRIM).map((g) => ({ trim: g.trim, crop: g.crop }));
    expect(checkFolioSides(words, geometry, "right")[0].status).toBe("pass");
    const wrong = checkFolioSides(words, geometry, "left");
    expect(wrong.filter((r) => r.status === "fail").length).toBe(8);
  });

  it("has an EPUB that reads right to left, every document with dir and lang, EPUBCheck and Ace clean", () => {
    const report = JSON.parse(readFileSync(ugFile("epub-check.json"), "utf8"));
    expect(report.ok).toBe(true);
    for (const c of report.checks) expect(c.findings, c.check).toEqual([]);
    const zip = readZip(readFileSync(ugFile("2022-12-ug.epub")));
    expect(zipText(zip, "EPUB/package.opf")).toContain('page-progression-direction="rtl"');
    for (const item of zip.filter((i) => i.name.endsWith(".xhtml")))
      expect(zipText(zip, item.name), item.name).toMatch(/<html[^>]*dir="rtl"[^>]*>|<html[^>]*lang="ug"[^>]*dir="rtl"/);
  });
});

describe("the Mongolian test edition, vertical", () => {
  it("prints the pages its plan says, proves its 目录 and its vertical, joined text, and builds a clean EPUB", async () => {
    expect(mn.code, mn.err).toBe(0);
    const pdf = mnFile("2022-12-mn-Mong-screen.pdf");
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1])).toBe(4 + 4);
    expect(mn.out).toMatch(/目录 proven from the PDF: \d+ entries/);
    expect(mn.out).toMatch(/vertical text proven on PDF page 5/);
    // Bound on the left: pages progress left to right (no /Direction /R2L).
    expect(await direction(pdf)).toBeUndefined();
    const report = JSON.parse(readFileSync(mnFile("epub-check.json"), "utf8"));
    expect(report.ok).toBe(true);
    for (const c of report.checks) expect(c.findings, c.check).toEqual([]);
    // The EPUB maps back to the print pages: one page-list entry for each inner page.
    const zip = readZip(readFileSync(mnFile("2022-12-mn-Mong.epub")));
    const nav = zipText(zip, zip.find((i) => i.name.endsWith("nav.xhtml"))?.name ?? "");
    expect(nav.match(/epub:type="page-list"[^]*?<\/nav>/)?.[0].match(/<li>/g)?.length).toBe(4);
  });

  it("passes the press preflight, its text layer keeping the vowel separator U+180E", () => {
    const report = JSON.parse(readFileSync(mnFile("preflight.json"), "utf8"));
    const status = (check: string) =>
      report.results.filter((r: { check: string }) => r.check === check).map((r: { status: string }) => r.status);
    for (const check of ["toc", "text-layer", "pdfx", "fonts"]) expect(status(check), check).toEqual(["pass"]);
    expect(report.results.filter((r: { status: string }) => r.status === "fail")).toEqual([]);
    const files: { kind: string; path: string }[] = JSON.parse(readFileSync(mnFile("build.json"), "utf8")).files;
    const press = files.find((f) => f.kind === "print-pdf" && /press/.test(f.path))?.path;
    expect(press).toBeDefined();
    // ᠨᠡᠷ᠎ᠡ and its like: the separator copies out as itself, not as a space.
    const text = execFileSync("pdftotext", [mnFile(path.basename(press ?? "")), "-"]).toString();
    expect(text).toMatch(/[\u1820-\u1842]\u180e[\u1820-\u1842]/);
  });

  it("prints each inner page's folio at the foot of its outer edge: odd pages on the right", async () => {
    const pdf = mnFile("2022-12-mn-Mong-screen.pdf");
    const bytes = readFileSync(pdf);
    const words = await pageWords(bytes, await readPageKeys(pdf));
    const geometry = pageGeometry(await PDFDocument.load(bytes), TRIM).map((g) => ({ trim: g.trim, crop: g.crop }));
    expect(checkFolioSides(words, geometry, "left")[0].status).toBe("pass");
    expect(checkFolioSides(words, geometry, "right").filter((r) => r.status === "fail").length).toBe(4);
  });

  it("sets the text in vertical lines, its letters joined (rendered in Chromium)", async () => {
    const zip = readZip(readFileSync(mnFile("2022-12-mn-Mong.epub")));
    const dir = tempDir("folio-mn-epub-");
    for (const item of zip) {
      const target = path.join(dir, item.name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, item.data);
    }
    const doc = zip.find((i) => /p\d{3}-.*\.xhtml$/.test(i.name));
    expect(doc).toBeDefined();
    const browser = await puppeteer.launch({
      executablePath: resolveChromium(),
      args: [...chromiumArgs(tempDir("folio-mn-chrome-")), "--allow-file-access-from-files"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${path.join(dir, doc?.name ?? "")}`);
      const m = await page.evaluate(async () => {
        await document.fonts.ready;
        const p = [...document.querySelectorAll("p")].find((e) => /[\u1820-\u1842]/.test(e.textContent ?? ""));
        if (!p) return null;
        const word = (p.textContent ?? "").trim().split(/\s+/)[0];
        const size = (text: string) => {
          const s = document.createElement("span");
          s.textContent = text;
          p.append(s);
          const r = s.getBoundingClientRect();
          s.remove();
          return { w: r.width, h: r.height };
        };
        // The same letters with a zero-width non-joiner between each: their isolated forms.
        return { mode: getComputedStyle(p).writingMode, joined: size(word), apart: size([...word].join("\u200c")) };
      });
      expect(m?.mode).toBe("vertical-lr");
      // A vertical word is taller than wide; joined, its letters take another length than apart.
      expect(m?.joined.h ?? 0).toBeGreaterThan(m?.joined.w ?? 0);
      expect(Math.abs((m?.joined.h ?? 0) - (m?.apart.h ?? 0))).toBeGreaterThan(1);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
