/**
 * Integration: render the sample issue (issues/2022-08) ONCE through the print stage and check the
 * outputs: page count, fonts, boxes, outline, metadata, links, the 目录 read back, known pages.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFNumber,
  PDFRawStream,
  PDFString,
} from "pdf-lib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Issue } from "../../src/model/types.js";
import { readBox } from "../../src/render/print/boxes.js";
import { mmToPt } from "../../src/render/print/geometry.js";
import { readPdfText, verifyToc } from "../../src/render/print/verify-toc.js";
import { present } from "../helpers/present.js";
import { SAMPLE_ISSUE, sampleBuild, type SampleBuild } from "../helpers/sample-build.js";

let issue: Issue;
let build: SampleBuild;
let result: { toc: SampleBuild["manifest"]["toc"]; facts: SampleBuild["manifest"]["facts"] };
/** The print stage's own PDFs: after the handoff, "print-pdf" is the PDF/X press file. */
const file = (kind: string) => build.file(kind === "print-pdf" ? "print-rgb-pdf" : kind);

beforeAll(async () => {
  issue = await loadIssue(SAMPLE_ISSUE);
  build = await sampleBuild();
  result = { toc: build.manifest.toc, facts: build.manifest.facts };
}, 600_000);

const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.05);

describe("print stage on the sample issue", () => {
  it("writes every output kind, with a page count that is a multiple of 4", () => {
    const kinds = new Set(build.manifest.files.map((f) => f.kind));
    for (const k of ["print-html", "print-rgb-pdf", "screen-pdf", "thumbnails"])
      expect(kinds.has(k as never), k).toBe(true);
    const rgbPdf = present(
      build.manifest.files.find((f) => f.kind === "print-rgb-pdf"),
      "print-rgb-pdf in build.json",
    );
    const pages = present(rgbPdf.pages, "the page count of print-rgb-pdf");
    expect(pages % 4).toBe(0);
    expect(result.facts?.pages).toBe(pages);
    for (const f of build.manifest.files) expect(existsSync(path.join(build.outDir, f.path))).toBe(true);
    expect(existsSync(path.join(build.outDir, "thumbnails", "page-001.png"))).toBe(true);
    expect(existsSync(path.join(build.outDir, "thumbnails", "spreads.png"))).toBe(true);
  });

  it("follows the flatplan: 64 inner pages, 68 with covers, every 目录 entry on its planned page (read back from the PDF)", async () => {
    expect(result.facts?.innerPages).toBe(64);
    expect(result.facts?.pages).toBe(68);
    const planned = new Map(issue.articles.map((a) => [a.id, a.plannedPage]));
    expect(result.toc.length).toBe(issue.articles.filter((a) => a.inToc).length);
    for (const e of result.toc) expect(e.page, e.articleId).toBe(planned.get(e.articleId));
    // The same numbers, as printed in the 目录 and on the pages of the PDF:
    const text = await readPdfText(file("screen-pdf"), { width: mmToPt(210), height: mmToPt(285) }, mmToPt(18));
    const tocPages = present(result.facts.tocPdfPages, "the 目录's PDF pages in build.json").map((n) => n - 1);
    const byId = new Map(issue.articles.map((a) => [a.id, a]));
    const article = (id: string) => present(byId.get(id), `article ${id} in the issue`);
    const entries = result.toc.map((e) => ({
      ...e,
      page: present(planned.get(e.articleId), `the planned page of ${e.articleId}`),
      between: [article(e.articleId).subtitle ?? "", article(e.articleId).authors.join(" ")],
    }));
    expect(verifyToc(entries, text, tocPages)).toEqual([]);
  });

  it("embeds every font, and none is Type 3 (no system CJK font)", () => {
    for (const kind of ["print-pdf", "screen-pdf"]) {
      const rows = execFileSync("pdffonts", [file(kind)], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).not.toMatch(/Type 3/);
        expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
        expect(row).toMatch(/Noto(Serif|Sans)SC/);
      }
    }
  });

  it("sets TrimBox (210×285 mm) and BleedBox (3 mm) on every print page; screen pages are the trim", async () => {
    const print = await PDFDocument.load(readFileSync(file("print-pdf")));
    for (const page of print.getPages()) {
      const [media, trim, bleed] = (["MediaBox", "TrimBox", "BleedBox"] as const).map((b) =>
        present(readBox(page, b), `the ${b} of a print page`),
      );
      near(trim[2] - trim[0], mmToPt(210));
      near(trim[3] - trim[1], mmToPt(285));
      near(trim[0] - bleed[0], mmToPt(3));
      near(bleed[3] - trim[3], mmToPt(3));
      expect(media[2] - media[0]).toBeGreaterThan(bleed[2] - bleed[0] + mmToPt(10)); // room for the marks
    }
    const screen = await PDFDocument.load(readFileSync(file("screen-pdf")));
    expect(screen.getPageCount()).toBe(print.getPageCount());
    for (const page of screen.getPages()) {
      const media = present(readBox(page, "MediaBox"), "the MediaBox of a screen page");
      near(media[2] - media[0], mmToPt(210));
      near(media[3] - media[1], mmToPt(285));
    }
  });

  it("has reproducible metadata from the issue date", () => {
    const info = execFileSync("pdfinfo", ["-isodates", file("print-pdf")], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+党员之友 2022年第8期（总第313期）/);
    expect(info).toMatch(/Author:\s+《党员之友》杂志社/);
    expect(info).toMatch(/CreationDate:\s+2022-08-2[45]/);
    expect(info).toMatch(/ModDate:\s+2022-08-2[45]/);
    expect(info).toMatch(/Keywords:\s+.*卷首语/);
    expect(info).toMatch(/Metadata Stream:\s+no/);
  });

  it("has an outline of sections → articles, and the document language", async () => {
    const doc = await PDFDocument.load(readFileSync(file("screen-pdf")));
    expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("zh-CN");
    const titles = (first: unknown): { title: string; kids: number }[] => {
      const out: { title: string; kids: number }[] = [];
      let node = first instanceof PDFDict ? first : undefined;
      while (node) {
        const kidsFirst = node.lookup(PDFName.of("First"));
        out.push({
          title: node.lookup(PDFName.of("Title"), PDFHexString).decodeText(),
          kids: kidsFirst ? titles(kidsFirst).length : 0,
        });
        const next = node.lookup(PDFName.of("Next"));
        node = next instanceof PDFDict ? next : undefined;
      }
      return out;
    };
    const outline = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    const top = titles(outline.lookup(PDFName.of("First")));
    expect(top[0].title).toBe("封面");
    expect(top.map((t) => t.title)).toContain("目录");
    expect(top.find((t) => t.title === "天山先锋")?.kids).toBe(6);
    expect(top.reduce((n, t) => n + t.kids, 0)).toBe(issue.articles.length);
  });

  it("links every 目录 entry in the screen PDF", async () => {
    const doc = await PDFDocument.load(readFileSync(file("screen-pdf")));
    const tocPages = present(result.facts.tocPdfPages, "the 目录's PDF pages in build.json").map((n) => n - 1);
    const links = tocPages.reduce(
      (n, i) => n + (doc.getPages()[i].node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.size() ?? 0),
      0,
    );
    expect(links).toBeGreaterThanOrEqual(issue.articles.filter((a) => a.inToc).length);
  });

  it("each 目录 link jumps to the page of its article (covers 封一, 封二 come first)", async () => {
    const mupdf = await import("mupdf");
    const doc = mupdf.Document.openDocument(readFileSync(file("screen-pdf")), "application/pdf");
    const tocPages = present(result.facts.tocPdfPages, "the 目录's PDF pages in build.json").map((n) => n - 1);
    const targets = new Map<string, number>();
    for (const i of tocPages) {
      for (const link of doc.loadPage(i).getLinks()) {
        const id = link.getURI().match(/nameddest=t-(.+)$/)?.[1];
        if (id) targets.set(id, doc.resolveLink(link));
      }
    }
    for (const e of result.toc)
      expect(targets.get(e.articleId), e.articleId).toBe(present(e.page, `the page of ${e.articleId}`) + 1);
  });

  it("returns a 目录 that is true when read back from the PDF", async () => {
    const toc = result.toc;
    expect(toc.map((e) => e.articleId)).toEqual(issue.articles.filter((a) => a.inToc).map((a) => a.id));
    expect(toc[0]).toMatchObject({ articleId: "p001-juanshouyu", page: 1 });
    for (let i = 1; i < toc.length; i++)
      expect(toc[i].page).toBeGreaterThanOrEqual(present(toc[i - 1].page, `the page of ${toc[i - 1].articleId}`));
    const text = await readPdfText(file("screen-pdf"), { width: mmToPt(210), height: mmToPt(285) }, mmToPt(18));
    const tocPages = present(result.facts.tocPdfPages, "the 目录's PDF pages in build.json").map((n) => n - 1);
    expect(tocPages.length).toBeGreaterThan(0);
    expect(text.pages[tocPages[0]]).toMatch(/目\s*录/);
    expect(
      verifyToc(
        toc.map((e) => {
          const article = present(
            issue.articles.find((a) => a.id === e.articleId),
            `article ${e.articleId} in the issue`,
          );
          return { ...e, between: [article.subtitle ?? "", article.authors.join(" ")] };
        }),
        text,
        tocPages,
      ),
    ).toEqual([]);
  });

  it("prints known pages: covers unnumbered, the 卷首语 on inner page 1, notes pads before 封三", async () => {
    const text = await readPdfText(file("screen-pdf"), { width: mmToPt(210), height: mmToPt(285) }, mmToPt(18));
    expect(text.pages[0]).toMatch(/党员之友/);
    expect(text.pages[0].replace(/\s/g, "")).toContain("DANGYUANZHIYOU");
    expect(text.pages[0].match(/多晶硅园区/g)).toHaveLength(1); // printed once (no text-shadow copies)
    expect(text.folioStrips[0].trim()).not.toMatch(/^\d+$/);
    expect(text.folioStrips[1].trim()).not.toMatch(/^\d+$/);
    expect(text.folioStrips[2].trim()).toBe("1");
    expect(text.pages[2].replace(/\s/g, "")).toContain(issue.articles[0].title.replace(/\s/g, ""));
    const last = text.pages.length - 1;
    expect(text.pages[last]).toMatch(/ISSN 2096-7462/);
    expect(text.pages[last]).toMatch(/6\.00元/);
    const pads = Number(result.facts?.padPages ?? 0);
    for (let i = 0; i < pads; i++) expect(text.pages[last - 2 - i]).toMatch(/学\s*习\s*笔\s*记/);
  });

  it("writes an HTML that opens on its own: fonts and images next to it", () => {
    const html = readFileSync(file("print-html"), "utf8");
    const dir = path.dirname(file("print-html"));
    const refs = [...html.matchAll(/(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(existsSync(path.join(dir, ref)), ref).toBe(true);
    const fonts = readFileSync(path.join(dir, "fonts", "fonts.css"), "utf8");
    const urls = [...fonts.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(300);
    for (const u of urls) expect(existsSync(path.join(dir, "fonts", u)), u).toBe(true);
    expect(html).toContain('class="barcode-slot"');
  });

  it("prints every photo with its own JPEG data: no stand-in is left in the print or screen PDF", async () => {
    // Read from the PDFs: every image XObject, its data and size, against the photos next to print.html.
    const dir = path.dirname(file("print-html"));
    const photos = new Map<string, { w: number; h: number }>();
    for (const f of readdirSync(path.join(dir, "images"))) {
      const bytes = readFileSync(path.join(dir, "images", f));
      if (!/\.jpe?g$/.test(f)) continue;
      const meta = await sharp(bytes).metadata();
      photos.set(createHash("sha256").update(bytes).digest("hex"), {
        w: present(meta.width, `the width of ${f}`),
        h: present(meta.height, `the height of ${f}`),
      });
    }
    for (const kind of ["print-pdf", "screen-pdf"]) {
      const doc = await PDFDocument.load(readFileSync(file(kind)), { updateMetadata: false });
      const images = [...doc.context.enumerateIndirectObjects()].flatMap(([, o]) =>
        o instanceof PDFRawStream && o.dict.get(PDFName.of("Subtype")) === PDFName.of("Image") ? [o] : [],
      );
      for (const img of images) {
        const photo = photos.get(createHash("sha256").update(img.contents).digest("hex"));
        expect(photo, `${kind}: an image that is not a photo's own JPEG (${img.contents.length} bytes)`).toBeTruthy();
        const own = present(photo, `the photo of a ${kind} image`);
        expect([
          (img.dict.get(PDFName.of("Width")) as PDFNumber).asNumber(),
          (img.dict.get(PDFName.of("Height")) as PDFNumber).asNumber(),
        ]).toEqual([own.w, own.h]);
      }
      expect(images.length, kind).toBeGreaterThanOrEqual(20);
    }
  });

  it("records timings and the flatplan's fit report", () => {
    expect(result.facts?.timingsMs).toBeTruthy();
    const fit = result.facts?.flatplan as { passes: number; runs: { status: string }[] };
    expect(fit.passes).toBeGreaterThanOrEqual(1);
    expect(fit.runs.every((r) => r.status === "fits" || r.status === "underfull")).toBe(true);
  });
});
