/**
 * End to end on the fixture print PDF: press PDF (PDF/X-3, CMYK, K-only text), preflight,
 * zip with checksums, byte-identical across two runs; a low-resolution image fails preflight.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber, PDFRawStream, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { StageContext, StageResult } from "../../src/contract/stage.js";
import { PreflightFailed, buildHandoff } from "../../src/handoff/index.js";
import { parsePdffonts } from "../../src/handoff/preflight/poppler.js";
import { checkPages, checkPdfxKeys } from "../../src/handoff/preflight/pdfx-check.js";
import { pageColours } from "../../src/handoff/preflight/colour.js";
import { makePressPdf } from "../../src/handoff/press-pdf.js";
import { keptPressPdf } from "../../src/handoff/press-kept.js";
import { FolioError } from "../../src/contract/errors.js";
import { checkDraftPress } from "../../src/handoff/draft-check.js";
import type { PreflightReport } from "../../src/handoff/preflight/types.js";
import { FIXTURE_TOC, fixtureIssue, makeLowResPdf, makePrintPdf } from "./fixtures.js";

const TRIM = { widthMm: 210, heightMm: 285, bleedMm: 3 };
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8" });
const ctx = (outDir: string, warnings: string[] = []): StageContext => ({
  outDir,
  log: () => {},
  warn: (m) => warnings.push(m),
});

let root: string;
let printPdf: string;
let runs: { dir: string; result: StageResult }[];
let press: string;
let qdf: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "folio-handoff-"));
  printPdf = await makePrintPdf(join(root, "fixture"));
  const issue = fixtureIssue(root);
  runs = [];
  for (const name of ["a", "b"]) {
    const dir = join(root, name);
    mkdirSync(dir);
    runs.push({
      dir,
      result: await buildHandoff(issue, { printPdf, screenPdf: printPdf, toc: FIXTURE_TOC }, ctx(dir)),
    });
  }
  press = join(runs[0].dir, "2022-08-press.pdf");
  qdf = join(root, "press-qdf.pdf");
  sh("qpdf", ["--qdf", "--object-streams=disable", press, qdf]);
}, 120_000);

describe("press PDF", () => {
  it("is PDF/X-3:2002 with a CMYK output intent", async () => {
    const doc = await PDFDocument.load(readFileSync(press), { updateMetadata: false });
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    expect((info.lookup(PDFName.of("GTS_PDFXVersion"), PDFString) as PDFString).asString()).toBe("PDF/X-3:2002");
    expect(info.get(PDFName.of("Trapped"))).toBe(PDFName.of("False"));
    const intent = doc.catalog.lookup(PDFName.of("OutputIntents"), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of("S"))).toBe(PDFName.of("GTS_PDFX"));
    const profile = doc.context.lookup(intent.get(PDFName.of("DestOutputProfile")));
    expect(profile).toBeInstanceOf(PDFRawStream);
    expect(((profile as PDFRawStream).dict.get(PDFName.of("N")) as PDFNumber).asNumber()).toBe(4);
    expect(sh("pdfinfo", [press])).toMatch(/PDF subtype:\s+PDF\/X-3:2002/);
  });

  it("keeps TrimBox and BleedBox on every page", () => {
    const boxes = sh("pdfinfo", ["-box", "-f", "1", "-l", "4", press]);
    expect(boxes.match(/TrimBox:\s+28\.35\s+28\.35\s+623\.73\s+836\.61/g)).toHaveLength(4);
    expect(boxes.match(/BleedBox:\s+19\.84\s+19\.84\s+632\.24\s+845\.12/g)).toHaveLength(4);
  });

  it("has no RGB left: images, colour spaces, operators", () => {
    const images = sh("pdfimages", ["-list", press]).split("\n").slice(2).filter(Boolean);
    expect(images.length).toBeGreaterThan(0);
    for (const row of images) expect(row.split(/\s+/).filter(Boolean)[5]).toMatch(/^(cmyk|gray)$/);
    const text = readFileSync(qdf, "latin1");
    expect(text).not.toMatch(/DeviceRGB|CalRGB/);
    expect(text).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\s/m);
  });

  it("prints black text on K only and keeps the red heading red", () => {
    const text = readFileSync(qdf, "latin1");
    expect(text).toMatch(/\b0 g\b/);
    const cmyk = [...text.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k\b/g)].map((m) => m.slice(1, 5).map(Number));
    const richBlack = cmyk.filter(([c, m, y, k]) => k > 0.85 && c + m + y > 0);
    expect(richBlack).toEqual([]);
    expect(cmyk.some(([c, m, y]) => c < 0.3 && m > 0.9 && y > 0.9)).toBe(true); // #c00000 heading
  });

  it("writes PDF/X-1a:2001 when magazine.yaml asks for it: its keys, and no ICC-based colour on any page", async () => {
    const dir = join(root, "x1a");
    mkdirSync(dir);
    const issue = fixtureIssue(root);
    issue.magazine.press.pdfx = "PDF/X-1a";
    const r = await makePressPdf(issue, printPdf, dir, join(dir, "press.pdf"));
    expect(r.pdfx).toBe("PDF/X-1a:2001");
    expect(sh("pdfinfo", [join(dir, "press.pdf")])).toMatch(/PDF subtype:\s+PDF\/X-1:2001/);
    const doc = await PDFDocument.load(readFileSync(join(dir, "press.pdf")), { updateMetadata: false });
    expect(checkPdfxKeys(doc, { version: "PDF/X-1:2001", conformance: "PDF/X-1a:2001", condition: "FOGRA39" })).toEqual(
      [expect.objectContaining({ status: "pass" })],
    );
    expect(checkPages(doc, pageColours(doc), { noIcc: true }).every((x) => x.status === "pass")).toBe(true);
  }, 120_000);

  it("stops with the colour and its page when the print PDF uses a colour in no palette", async () => {
    const dir = join(root, "nopalette");
    mkdirSync(dir);
    const issue = fixtureIssue(root);
    issue.magazine.palette = issue.magazine.palette.filter((c) => c.name !== "band_blue");
    const err = await makePressPdf(issue, printPdf, dir, join(dir, "press.pdf")).catch((e) => e);
    expect(err).toBeInstanceOf(FolioError);
    expect(err.message).toBe(
      "issues/magazine.yaml: palette: colour #1a5fa8 (PDF page 2) is in no palette colour: add it with its CMYK, or use a palette colour in the styles",
    );
    expect(existsSync(join(dir, "press.pdf"))).toBe(false);
  });

  it("embeds every font, none Type 3", () => {
    const fonts = parsePdffonts(sh("pdffonts", [press]));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatchObject({ embedded: true, type: expect.not.stringMatching(/Type 3/) });
  });

  it("is byte-identical across two builds", () => {
    expect(readFileSync(join(runs[1].dir, "2022-08-press.pdf")).equals(readFileSync(press))).toBe(true);
  });

  it("is kept by what makes it: the same print PDF and settings are copied, another print PDF or flavour converted", async () => {
    const cacheDir = join(root, "files");
    const convert = async (name: string, issue: ReturnType<typeof fixtureIssue>, from = printPdf) => {
      const dir = join(root, `kept-${name}`);
      mkdirSync(dir);
      const r = await keptPressPdf(issue, from, dir, join(dir, "press.pdf"), { cacheDir });
      return { r, bytes: readFileSync(join(dir, "press.pdf")) };
    };
    const first = await convert("first", fixtureIssue(root));
    const again = await convert("again", fixtureIssue(root));
    expect([first.r.kept, again.r.kept]).toEqual([false, true]);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(again.bytes.equals(readFileSync(press))).toBe(true);
    expect(again.r).toMatchObject({ pages: first.r.pages, pdfx: first.r.pdfx, toUnicode: first.r.toUnicode });
    const x1a = fixtureIssue(root);
    x1a.magazine.press.pdfx = "PDF/X-1a";
    const flavour = await convert("x1a", x1a);
    expect(flavour.r).toMatchObject({ kept: false, pdfx: "PDF/X-1a:2001" });
    mkdirSync(join(root, "other-print"));
    const other = await convert("other", fixtureIssue(root), await makeLowResPdf(join(root, "other-print")));
    expect(other.r.kept).toBe(false);
    expect(other.bytes.equals(first.bytes)).toBe(false);
  }, 120_000);
});

describe("preflight and handoff package", () => {
  it("passes preflight, including the bar code scan and TOC read-back", () => {
    const report: PreflightReport = JSON.parse(readFileSync(join(runs[0].dir, "preflight.json"), "utf8"));
    expect(report.summary.fail).toBe(0);
    expect(report.results.find((r) => r.check === "barcode")).toMatchObject({ status: "pass", page: 4 });
    expect(report.results.find((r) => r.check === "toc")?.status).toBe("pass");
    expect(runs[0].result.facts?.preflight).toMatchObject({
      failed: 0,
      warned: report.summary.warn,
      mode: "press",
      placeholders: 0,
    });
    expect(readFileSync(join(runs[0].dir, "preflight.html"), "utf8")).toContain("data:image/png;base64,");
  });

  it("zips every file with SHA256SUMS that verify", () => {
    const zip = join(runs[0].dir, "2022-08-handoff.zip");
    const out = join(root, "unzipped");
    sh("unzip", ["-q", zip, "-d", out]);
    expect(readdirSync(out).sort()).toEqual(
      [
        "2022-08-press.pdf",
        "2022-08-proof.pdf",
        "SHA256SUMS",
        "job-ticket.json",
        "job-ticket.txt",
        "job-ticket.html",
        "preflight.html",
        "preflight.json",
      ].sort(),
    );
    expect(execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: out, encoding: "utf8" }).match(/: OK/g)).toHaveLength(
      7,
    );
    const ticket = JSON.parse(readFileSync(join(out, "job-ticket.json"), "utf8"));
    expect(ticket).toMatchObject({
      status: "press",
      pages: { total: 4, inner: 4, cover: 0 },
      binding: "saddle-stitch",
      colours: "4/4",
      bleedMm: 3,
      paper: { text: { value: "80g 铜版纸", status: "confirmed" }, cover: { value: null, status: "unknown" } },
      quantity: { value: 5000, status: "confirmed" },
      delivery: { date: { status: "unknown" } },
    });
    expect(readFileSync(join(out, "job-ticket.txt"), "utf8")).toMatch(/交货日期 Delivery date\s+未定 not yet known/);
    expect(sh("zipinfo", ["-l", zip])).toMatch(/-rw-r--r-- .* 22-Aug-25 00:00 2022-08-press\.pdf/);
  });

  it("writes a byte-identical zip on a second run", () => {
    const a = readFileSync(join(runs[0].dir, "2022-08-handoff.zip"));
    expect(readFileSync(join(runs[1].dir, "2022-08-handoff.zip")).equals(a)).toBe(true);
  });

  it("fails the build on a low-resolution image, after writing the report", async () => {
    const dir = join(root, "lowres");
    mkdirSync(dir);
    const pdf = await makeLowResPdf(dir);
    const err = await buildHandoff(fixtureIssue(root), { printPdf: pdf, screenPdf: pdf, toc: [] }, ctx(dir)).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(PreflightFailed);
    expect(err.facts.preflight.failed).toBeGreaterThan(0);
    const images = (err as PreflightFailed).report.results.filter((r) => r.check === "images");
    expect(images).toEqual([expect.objectContaining({ status: "fail", page: 1 })]);
    expect(existsSync(join(dir, "preflight.html"))).toBe(true);
    expect(existsSync(join(dir, "2022-08-handoff.zip"))).toBe(false);
  });

  it("builds an issue with a placeholder photo as a draft, and fails it as a press build", async () => {
    const dir = join(root, "placeholder");
    const pdf = await makePrintPdf(join(dir, "src"), { placeholder: true });
    const draftDir = join(dir, "draft"),
      pressDir = join(dir, "press");
    mkdirSync(draftDir);
    mkdirSync(pressDir);
    const draft = await buildHandoff(
      fixtureIssue(root),
      { printPdf: pdf, screenPdf: pdf, toc: FIXTURE_TOC },
      ctx(draftDir),
    );
    expect(draft.facts?.preflight).toMatchObject({ failed: 0, mode: "draft", placeholders: 1 });
    const unzipped = join(dir, "unzipped");
    sh("unzip", ["-q", join(draftDir, "2022-08-handoff-草稿-DRAFT.zip"), "-d", unzipped]);
    const ticket = JSON.parse(readFileSync(join(unzipped, "job-ticket.json"), "utf8"));
    expect(ticket.status).toBe("draft");
    expect(ticket.placeholders).toEqual([{ page: "封一 (PDF 1)", what: expect.stringMatching(/placeholder photo/) }]);
    expect(readFileSync(join(unzipped, "job-ticket.txt"), "utf8")).toMatch(/草稿 · draft/);
    expect(readFileSync(join(unzipped, "preflight.html"), "utf8")).toMatch(/草稿 · draft/);
    const proofText = sh("pdftotext", ["-enc", "UTF-8", join(unzipped, "2022-08-proof.pdf"), "-"]);
    expect(proofText).toMatch(/校样 · 非印刷用 · 草稿 · draft/);
    expect(proofText).toMatch(/占位 placeholder: placeholder photo/);
    const err = await buildHandoff(
      fixtureIssue(root),
      { printPdf: pdf, screenPdf: pdf, toc: FIXTURE_TOC },
      { ...ctx(pressDir), press: true },
    ).catch((e) => e);
    // Nothing in the draft's folder or zip could pass as the final press file.
    expect(readdirSync(draftDir).filter((f) => f.endsWith(".pdf") || f.endsWith(".zip"))).toEqual([
      "2022-08-handoff-草稿-DRAFT.zip",
      "2022-08-press-草稿-DRAFT.pdf",
    ]);
    expect(readdirSync(unzipped).filter((f) => f.includes("press"))).toEqual(["2022-08-press-草稿-DRAFT.pdf"]);
    expect(await checkDraftPress(join(unzipped, "2022-08-press-草稿-DRAFT.pdf"), TRIM)).toEqual([]);
    expect(draft.files.find((f) => f.kind === "print-pdf")?.path).toBe(join(draftDir, "2022-08-press-草稿-DRAFT.pdf"));
    expect(ticket.files.press).toBe("2022-08-press-草稿-DRAFT.pdf");
    expect(JSON.parse(readFileSync(join(unzipped, "preflight.json"), "utf8")).file).toBe(
      "2022-08-press-草稿-DRAFT.pdf",
    );
    expect(readFileSync(join(unzipped, "job-ticket.html"), "utf8")).toContain("草稿 · 非印刷用 — DRAFT, NOT FOR PRESS");
    expect(err).toBeInstanceOf(PreflightFailed);
    expect(
      (err as PreflightFailed).report.results.filter((r) => r.status === "fail").map((r) => [r.check, r.page]),
    ).toEqual([["placeholders", 1]]);
    expect(readdirSync(pressDir).some((f) => f.endsWith(".pdf"))).toBe(false);
    expect(existsSync(join(pressDir, "2022-08-handoff.zip"))).toBe(false);
  }, 180_000);

  it("writes the clean PDF/X press file and the plain zip name in a --press build of a complete issue", async () => {
    const dir = join(root, "press-build");
    mkdirSync(dir);
    const r = await buildHandoff(
      fixtureIssue(root),
      { printPdf, screenPdf: printPdf, toc: FIXTURE_TOC },
      { ...ctx(dir), press: true },
    );
    expect(r.facts?.preflight).toMatchObject({ failed: 0, mode: "press" });
    expect(readdirSync(dir).filter((f) => /\.(pdf|zip)$/.test(f))).toEqual([
      "2022-08-handoff.zip",
      "2022-08-press.pdf",
    ]);
    expect(sh("pdfinfo", [join(dir, "2022-08-press.pdf")])).toMatch(/PDF subtype:\s+PDF\/X-3:2002/);
    expect(readFileSync(join(dir, "2022-08-press.pdf")).equals(readFileSync(press))).toBe(true);
    expect(readFileSync(join(dir, "job-ticket.html"), "utf8")).not.toContain("草稿");
  }, 120_000);

  it("marks the proof 校样 · 非印刷用 outside the trim on every page", () => {
    const proof = join(root, "unzipped", "2022-08-proof.pdf");
    for (let p = 1; p <= 4; p++) {
      // Text in the slug: the crop box cut to the TrimBox leaves it out.
      expect(sh("pdftotext", ["-f", String(p), "-l", String(p), "-enc", "UTF-8", proof, "-"])).toContain(
        "校样 · 非印刷用",
      );
    }
    const inside = sh("pdftotext", [
      "-f",
      "1",
      "-l",
      "1",
      "-x",
      "80",
      "-y",
      "80",
      "-W",
      "460",
      "-H",
      "680",
      "-enc",
      "UTF-8",
      proof,
      "-",
    ]);
    expect(inside).not.toContain("校样");
  });
});
