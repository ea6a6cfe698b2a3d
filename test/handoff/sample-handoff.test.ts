/**
 * The handoff of the real sample build (issues/2022-08, shared with the other integration tests),
 * checked as a printer's prepress department would: separations of every page (text on K only or in
 * palette colours), the brand red as the palette's CMYK, a registered output intent, Ghostscript
 * re-processing in PDF/X mode without a warning, the text layer, preflight (a 草稿 · draft: the issue
 * still has placeholder photos and empty QR boxes) and a zip whose SHA256SUMS verify.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFName } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import type { Palette } from "../../src/model/types.js";
import { transparencyPages } from "../../src/handoff/transparency.js";
import { present } from "../helpers/present.js";
import { SAMPLE_ISSUE, sampleBuild, type SampleBuild } from "../helpers/sample-build.js";
import { readZip } from "../epub/unzip.js";

let build: SampleBuild;
let palette: Palette;
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
/** Runs gs; returns everything it printed (stdout and stderr). */
const gsAll = (args: string[]) => {
  const r = spawnSync("gs", args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`gs failed: ${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
};

describe("handoff of issues/2022-08 (sample build)", () => {
  beforeAll(async () => {
    build = await sampleBuild();
    palette = (await loadIssue(SAMPLE_ISSUE)).magazine.palette;
  }, 900_000);

  it("prints from a PDF without transparency, so nothing is flattened into images", async () => {
    const rgb = await PDFDocument.load(readFileSync(build.file("print-rgb-pdf")), { updateMetadata: false });
    expect(transparencyPages(rgb)).toEqual([]);
    expect((build.manifest.facts.press as { flattenedPages: number[] }).flattenedPages).toEqual([]);
  });

  it("is a 草稿 draft press file of 68 pages, CMYK photos only, that no PDF/X workflow takes: its conversion was PDF/X-3 for FOGRA39", async () => {
    const press = build.file("print-pdf");
    expect(path.basename(press)).toBe("2022-08-press-草稿-DRAFT.pdf");
    expect(sh("qpdf", ["--check", press])).toMatch(/No syntax or stream encoding errors found/);
    const info = sh("pdfinfo", ["-enc", "UTF-8", press]);
    expect(info).not.toMatch(/PDF subtype/);
    expect(info).toMatch(/Title:\s+草稿 · 非印刷用 DRAFT/);
    expect(info).toMatch(/Pages:\s+68/);
    const images = sh("pdfimages", ["-list", press]).split("\n").slice(2).filter(Boolean);
    // The three photo covers, the figures and the 公益广告 filler: 25 images, all CMYK.
    expect(images.length).toBe(25);
    for (const row of images) expect(row.split(/\s+/).filter(Boolean)[5], row).toBe("cmyk");
    const doc = await PDFDocument.load(readFileSync(press), { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("OutputIntents"))).toBeUndefined();
    // Preflight read the PDF/X conversion before the draft marks: its output intent named FOGRA39.
    const report = JSON.parse(readFileSync(path.join(build.outDir, "preflight.json"), "utf8"));
    expect(report.results.find((r: { check: string }) => r.check === "pdfx")).toMatchObject({
      status: "pass",
      message: expect.stringContaining("output intent FOGRA39"),
    });
    expect(build.manifest.facts.press).toMatchObject({ draft: true, pdfx: "PDF/X-3:2002" });
  });

  it("prints every text pixel of every page on K only or in a palette colour, from the separations", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "folio-sep-"));
    gsAll([
      "-q",
      "-dNOPAUSE",
      "-dBATCH",
      "-dSAFER",
      "-sDEVICE=pamcmyk32",
      "-r72",
      "-dFILTERIMAGE",
      "-dFILTERVECTOR",
      `-sOutputFile=${dir}/p%03d.pam`,
      build.file("print-pdf"),
    ]);
    const allowed = new Set(
      palette.filter((c) => !c.solid).map((c) => c.cmyk.map((p) => Math.round((p / 100) * 255)).join(",")),
    );
    const near = (v: number[]) =>
      [...allowed].some((a) => a.split(",").every((x, i) => Math.abs(Number(x) - v[i]) <= 1));
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(68);
    let textPages = 0,
      kOnly = 0,
      coloured = 0;
    const foreign: string[] = [];
    files.forEach((f, page) => {
      const buf = readFileSync(path.join(dir, f));
      const start = buf.indexOf("ENDHDR\n") + 7;
      let inked = 0;
      const seen = new Set<string>();
      for (let i = start; i + 3 < buf.length; i += 4) {
        const [c, m, y, k] = [buf[i], buf[i + 1], buf[i + 2], buf[i + 3]];
        if (!(c | m | y | k)) continue;
        inked++;
        if (!(c | m | y)) {
          kOnly++;
          continue;
        }
        const key = `${c},${m},${y},${k}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (near([c, m, y, k])) coloured++;
        else foreign.push(`page ${page + 1}: ${key}`);
      }
      if (inked) textPages++;
    });
    expect(foreign).toEqual([]);
    expect(textPages).toBeGreaterThan(60);
    expect(kOnly).toBeGreaterThan(1_000_000);
    expect(coloured).toBeGreaterThan(0); // the red heads, in the palette's brand red
  });

  it("writes the brand red as the palette's CMYK and greys as K only in the content streams", () => {
    const qdf = path.join(mkdtempSync(path.join(tmpdir(), "folio-qdf-")), "press.pdf");
    sh("qpdf", ["--qdf", "--object-streams=disable", build.file("print-pdf"), qdf]);
    const text = readFileSync(qdf, "latin1");
    expect(text).not.toMatch(/DeviceRGB|CalRGB/);
    expect(text).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\s/m);
    const cmyk = [...text.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k\b/g)].map((m) => m.slice(1, 5).map(Number));
    const red = present(
      palette.find((c) => c.name === "brand_red"),
      "brand_red in the palette",
    ).cmyk.map((p) => p / 100);
    expect(red).toEqual([0, 1, 0.9, 0.2]);
    const reds = cmyk.filter((v) => v.every((x, i) => Math.abs(x - red[i]) < 0.001));
    expect(reds.length).toBeGreaterThan(100);
    const fourColourGrey = cmyk.filter(([c, m, y]) => c > 0 && Math.abs(c - m) < 0.1 && Math.abs(m - y) < 0.1);
    expect(fourColourGrey).toEqual([]);
  });

  it("prints no PDF/X warning when Ghostscript re-processes it in PDF/X mode (and would for the print PDF's links)", () => {
    const rerun = (input: string) => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), "folio-gs-")), "out.pdf");
      return gsAll([
        "-dNOPAUSE",
        "-dBATCH",
        "-dSAFER",
        "-dPDFX",
        "-sDEVICE=pdfwrite",
        "-sColorConversionStrategy=CMYK",
        "-sProcessColorModel=DeviceCMYK",
        "-sstdout=%stderr",
        `-sOutputFile=${out}`,
        input,
      ]);
    };
    // 2022-08 is a draft: its press file carries the slug marks (pdf-lib fonts, about which gs 10.0
    // notes "circular reference to indirect object" once); no PDF/X message, though.
    const press = rerun(build.file("print-pdf"));
    expect(press).toMatch(/Processing pages 1 through 68/);
    expect(press).not.toMatch(/PDF\/X|PDFX|reverting to normal PDF|Warning/i);
    expect(rerun(build.file("print-rgb-pdf"))).toMatch(/not permitted in PDF\/X, reverting to normal PDF output/);
  }, 300_000);

  it("copies out 99 % or more of the print PDF's 10-character text runs unchanged", () => {
    const pages = (f: string) =>
      sh("pdftotext", ["-enc", "UTF-8", "-raw", f, "-"])
        .split("\f")
        .map((t) => t.replace(/\s+/g, ""));
    const a = pages(build.file("print-rgb-pdf")),
      b = pages(build.file("print-pdf"));
    let runs = 0,
      found = 0;
    a.forEach((t, i) => {
      for (let j = 0; j + 10 <= t.length; j += 10, runs++) if (b[i].includes(t.slice(j, j + 10))) found++;
    });
    expect(runs).toBeGreaterThan(7000);
    expect(found / runs).toBeGreaterThanOrEqual(0.99);
  });

  it("passes preflight as a 草稿 · draft that lists every placeholder with its page", () => {
    const report = JSON.parse(readFileSync(path.join(build.outDir, "preflight.json"), "utf8"));
    expect(report.results.filter((r: { status: string }) => r.status === "fail")).toEqual([]);
    expect(report.mode).toBe("draft");
    const byCheck = (c: string) => report.results.filter((r: { check: string }) => r.check === c);
    for (const c of ["plates", "ink", "bleed", "safety", "pdfx", "annotations", "barcode", "toc", "text-layer"]) {
      expect(
        byCheck(c).every((r: { status: string }) => r.status === "pass"),
        c,
      ).toBe(true);
    }
    // 25 placeholder photos (covers, figures, the filler) and the 版权页's two empty QR boxes (one finding).
    expect(report.placeholders).toHaveLength(26);
    expect(report.placeholders).toContainEqual({
      page: 4,
      what: expect.stringMatching(/empty QR-code box: 2 caption/),
    });
    expect(report.pageNames[3]).toBe("p. 2 (PDF 4)");
    const ticket = JSON.parse(readFileSync(path.join(build.outDir, "job-ticket.json"), "utf8"));
    expect(ticket.status).toBe("draft");
    expect(ticket.placeholders).toHaveLength(report.placeholders.length);
    expect(ticket.paper.text).toEqual({ value: "80g 铜版纸", status: "placeholder" });
    expect(ticket.delivery.date.status).toBe("unknown");
  });

  it("shows the flatplan's fit report beside the spreads", () => {
    const report = JSON.parse(readFileSync(path.join(build.outDir, "preflight.json"), "utf8"));
    const runs = (build.manifest.facts.flatplan as { runs: unknown[] }).runs;
    expect(report.flatplan).toEqual(runs);
    const html = readFileSync(path.join(build.outDir, "preflight.html"), "utf8");
    expect(html).toContain("Flatplan fit");
    expect(html).toMatch(/<a href="#p6">4<\/a>/); // 高端时论, planned on p.4 = PDF page 6
  });

  it("packs a zip whose SHA256SUMS verify every other file", () => {
    const items = readZip(readFileSync(build.file("handoff")));
    expect(items.map((i) => i.name)).toContain("SHA256SUMS");
    const dir = mkdtempSync(path.join(tmpdir(), "folio-zip-"));
    for (const i of items) writeFileSync(path.join(dir, i.name), i.data);
    const lines = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
    expect(lines.length).toBe(items.length - 1);
    for (const line of lines) expect(line).toMatch(/: OK$/);
    // The low-resolution proof keeps the press colours (CMYK) at about 100 ppi and says what it is.
    const proof = present(
      items.find((i) => i.name.endsWith("-proof.pdf")),
      "the proof PDF in the handoff zip",
    );
    const rows = sh("pdfimages", ["-list", path.join(dir, proof.name)])
      .split("\n")
      .slice(2)
      .filter(Boolean);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      expect(cols[5], row).toBe("cmyk");
      expect(Number(cols[12]), row).toBeLessThanOrEqual(151);
    }
    expect(sh("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", path.join(dir, proof.name), "-"])).toMatch(
      /校样 · 非印刷用 · 草稿 · draft/,
    );
  });
});
