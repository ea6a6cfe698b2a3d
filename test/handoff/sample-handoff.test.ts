/**
 * The handoff of the real sample build (issues/2022-08, shared with the other integration tests):
 * a PDF/X-3 press file that Ghostscript did not have to flatten, K-only black text, the barcode on
 * 封四 readable, preflight without failures, and a zip whose SHA256SUMS verify.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { transparencyPages } from "../../src/handoff/transparency.js";
import { sampleBuild, type SampleBuild } from "../helpers/sample-build.js";
import { readZip } from "../epub/unzip.js";

let build: SampleBuild;
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

describe("handoff of issues/2022-08 (sample build)", () => {
  beforeAll(async () => {
    build = await sampleBuild();
  }, 600_000);

  it("prints from a PDF without transparency, so nothing is flattened into images", async () => {
    const rgb = await PDFDocument.load(readFileSync(build.file("print-rgb-pdf")), { updateMetadata: false });
    expect(transparencyPages(rgb)).toEqual([]);
    expect((build.manifest.facts.press as { flattenedPages: number[] }).flattenedPages).toEqual([]);
  });

  it("is PDF/X-3 with 68 pages and no RGB left", () => {
    const press = build.file("print-pdf");
    // Structurally clean: qpdf --check exits 0 (no syntax or stream encoding problems).
    expect(sh("qpdf", ["--check", press])).toMatch(/No syntax or stream encoding errors found/);
    expect(sh("pdfinfo", [press])).toMatch(/PDF subtype:\s+PDF\/X-3:2002/);
    expect(sh("pdfinfo", [press])).toMatch(/Pages:\s+68/);
    const images = sh("pdfimages", ["-list", press]).split("\n").slice(2).filter(Boolean);
    for (const row of images) expect(row.split(/\s+/)[5], row).not.toMatch(/rgb|icc/);
  });

  it("sets body text in K only: no four-colour black in the content streams", () => {
    const qdf = path.join(mkdtempSync(path.join(tmpdir(), "folio-qdf-")), "press.pdf");
    sh("qpdf", ["--qdf", "--object-streams=disable", build.file("print-pdf"), qdf]);
    const text = readFileSync(qdf, "latin1");
    expect(text).not.toMatch(/DeviceRGB|CalRGB/);
    expect(text).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\s/m);
    expect(text).toMatch(/\b0 g\b/);
    const cmyk = [...text.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k\b/g)].map((m) => m.slice(1, 5).map(Number));
    const richBlack = cmyk.filter(([c, m, y, k]) => k > 0.85 && c + m + y > 0);
    expect(richBlack).toEqual([]);
  });

  it("passes preflight: no failures, barcode and 目录 read back", () => {
    const report = JSON.parse(readFileSync(path.join(build.outDir, "preflight.json"), "utf8"));
    const fails = report.results.filter((r: { status: string }) => r.status === "fail");
    expect(fails).toEqual([]);
    const byCheck = (c: string) => report.results.filter((r: { check: string }) => r.check === c);
    expect(byCheck("barcode").every((r: { status: string }) => r.status === "pass")).toBe(true);
    expect(byCheck("toc").every((r: { status: string }) => r.status === "pass")).toBe(true);
  });

  it("shows the flatplan's fit report beside the spreads", () => {
    const report = JSON.parse(readFileSync(path.join(build.outDir, "preflight.json"), "utf8"));
    const runs = (build.manifest.facts.flatplan as { runs: unknown[] }).runs;
    expect(report.flatplan).toEqual(runs);
    expect(runs.length).toBeGreaterThan(30);
    const html = readFileSync(path.join(build.outDir, "preflight.html"), "utf8");
    expect(html).toContain("Flatplan fit");
    expect(html).toMatch(/<a href="#p6">4<\/a>/); // 高端时论, planned on p.4 = PDF page 6
  });

  it("packs a zip whose SHA256SUMS verify every other file", () => {
    const items = readZip(readFileSync(build.file("handoff")));
    const names = items.map((i) => i.name);
    expect(names).toContain("SHA256SUMS");
    expect(names.some((n) => n.endsWith("-press.pdf"))).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), "folio-zip-"));
    for (const i of items) {
      const target = path.join(dir, i.name);
      execFileSync("mkdir", ["-p", path.dirname(target)]);
      writeFileSync(target, i.data);
    }
    const out = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir, encoding: "utf8" });
    const lines = out.trim().split("\n");
    expect(lines.length).toBe(items.length - 1);
    for (const line of lines) expect(line).toMatch(/: OK$/);
    // The low-resolution proof keeps the press colours (CMYK) at about 100 ppi.
    const proof = items.find((i) => i.name.endsWith("-proof.pdf"))!;
    const rows = sh("pdfimages", ["-list", path.join(dir, proof.name)]).split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      expect(cols[5], row).toBe("cmyk");
      expect(Number(cols[12]), row).toBeLessThanOrEqual(151);
    }
  });
});
