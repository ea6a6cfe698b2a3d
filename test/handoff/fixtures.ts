/**
 * Test material for the handoff: a small Chromium print PDF (RGB black CJK text in @fontsource
 * Noto Serif SC, a red heading, an RGB JPEG, the periodical bar code on the back cover) with
 * TrimBox/BleedBox set, and an Issue object around it. Page 3 (folio 1) carries the title in
 * FIXTURE_TOC. Stands in for the print renderer's PDF.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { PDFDocument, rgb } from "pdf-lib";
import sharp from "sharp";
import { periodicalBarcodeSvg } from "../../src/render/print/barcode.js";
import { DEFAULT_TYPE_SYSTEM } from "../../src/model/cascade.js";
import type { Issue, Palette } from "../../src/model/types.js";
import { placeholderSvg } from "../../scripts/make-placeholders.js";
import { baseEdition } from "../../src/model/edition-cascade.js";
import { PERIODICAL_RULES } from "../../src/rules/periodical.js";

/** The fixture's colours: its red heading and blue band (black and white are neutral: K only). */
export const PALETTE: Palette = [
  { name: "paper", cmyk: [0, 0, 0, 0], rgb: "#ffffff", solid: false },
  { name: "heading_red", cmyk: [0, 100, 100, 25], rgb: "#c00000", solid: false },
  { name: "band_blue", cmyk: [90, 50, 0, 0], rgb: "#1a5fa8", solid: false },
];

const run = promisify(execFile);

export const FIXTURE_TOC = [
  { section: "卷首语", title: "牢记领袖嘱托 勇挑担当之责", page: 1, articleId: "p001-juanshouyu" },
];
const MM = 72 / 25.4;
const SLUG_MM = 7; // room for crop marks outside the bleed

export function fixtureIssue(dir: string, pages = 4): Issue {
  const imprint = {
    supervisor: "中共新疆维吾尔自治区委员会组织部",
    sponsor: "中共新疆维吾尔自治区委员会组织部",
    publisher: "《党员之友》杂志社",
    masthead: [],
    address: "新疆乌鲁木齐市天山区中湾街388号",
    phone: "(0991)2698306",
    postcode: "830002",
    email: "xjdyzy@163.com",
    publicationDay: "每月25日",
    printer: "新疆新华印务有限责任公司",
    copyrightNotice: "",
    qrCodes: [],
  };
  return {
    id: "2022-08",
    dir,
    edition: baseEdition({ title: "党员之友", language: "zh-CN" }, "2022-08", dir),
    year: 2022,
    number: 8,
    totalNumber: 313,
    date: "2022-08-25",
    pages: pages - 4,
    magazine: {
      title: "党员之友",
      titleLatin: "DANGYUAN ZHIYOU",
      issn: "2096-7462",
      cn: "65-1309/D",
      price: "6.00元",
      language: "zh-CN",
      trim: { widthMm: 210, heightMm: 285, bleedMm: 3 },
      imprint,
      sections: [],
      press: { pdfx: "PDF/X-3" },
      palette: PALETTE,
      type: DEFAULT_TYPE_SYSTEM,
      // Synthetic pages with no 版权页 or 目次: the periodical rules are tested on issue pages
      // (test/handoff/periodical.test.ts); here their findings are listed as waived.
      waivers: Object.fromEntries(PERIODICAL_RULES.map((r) => [r.id, "synthetic test pages, not an issue"])),
    },
    cover: {},
    imprint,
    press: {
      paper: "80g 铜版纸",
      quantity: 5000,
      contact: "陆海涛 (0991)2698306",
      placeholders: [],
      binding: "saddle-stitch",
      colours: "4/4",
    },
    sections: [],
    articles: [],
    fillers: [],
  };
}

const fontCss = resolve("node_modules/@fontsource/noto-serif-sc/400.css");

function html(jpeg: string): string {
  const page = (body: string) => `<section class="page">${body}</section>`;
  const para =
    "做好新疆工作,关键在党。学习贯彻习近平总书记视察新疆重要讲话重要指示精神,完整准确贯彻新时代党的治疆方略。".repeat(
      6,
    );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${fontCss}">
<style>
@page { size: ${210 + 2 * (3 + SLUG_MM)}mm ${285 + 2 * (3 + SLUG_MM)}mm; margin: 0 }
body { margin: 0; font-family: "Noto Serif SC"; font-size: 10.5pt; color: #000 }
.page { box-sizing: border-box; width: ${210 + 2 * (3 + SLUG_MM)}mm; height: ${285 + 2 * (3 + SLUG_MM)}mm;
  padding: ${SLUG_MM + 18}mm; break-after: page; overflow: hidden; position: relative }
h1 { color: #c00000; font-size: 24pt; font-weight: 400 } img { width: 60mm; display: block }
.band { background: #1a5fa8; color: #fff; padding: 4mm }
.barcode-slot { position: absolute; right: ${SLUG_MM + 20}mm; bottom: ${SLUG_MM + 20}mm; background: #fff }
</style></head><body>
${page(`<h1>党员之友 2022·8</h1><p>${para}</p><img src="file://${jpeg}">`)}
${page(`<div class="band">要闻要论</div><p>${para}</p>`)}
${page(`<h1>牢记领袖嘱托 勇挑担当之责</h1><p>${para}</p><p>${para}</p>`)}
${page(`<p>ISSN 2096-7462 CN 65-1309/D</p><div class="barcode-slot">${periodicalBarcodeSvg({ issn: "2096-7462", year: 2022, number: 8 })}</div>`)}
</body></html>`;
}

/** Sets TrimBox/BleedBox on every page, as the print renderer is meant to. */
async function setBoxes(pdfPath: string): Promise<void> {
  const doc = await PDFDocument.load(readFileSync(pdfPath), { updateMetadata: false });
  for (const p of doc.getPages()) {
    const slug = SLUG_MM * MM,
      bleed = 3 * MM;
    const { width, height } = p.getMediaBox();
    p.setBleedBox(slug, slug, width - 2 * slug, height - 2 * slug);
    p.setTrimBox(slug + bleed, slug + bleed, width - 2 * (slug + bleed), height - 2 * (slug + bleed));
  }
  writeFileSync(pdfPath, await doc.save({ useObjectStreams: false }));
}

/** Renders the fixture print PDF with Chromium; returns its path. About 2 s. */
/** `placeholder`: the photo is one of folio's placeholder pictures instead. */
export async function makePrintPdf(
  dir = mkdtempSync(join(tmpdir(), "folio-fixture-")),
  opts: { placeholder?: boolean } = {},
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const jpeg = join(dir, "photo.jpg");
  // 720 px across 60 mm ≈ 305 ppi: passes the resolution check.
  const svg = opts.placeholder
    ? placeholderSvg({ src: "images/photo.jpg", caption: "图片说明", widthPx: 720, heightPx: 480 })
    : `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480"><defs><linearGradient id="g">
<stop offset="0" stop-color="#e03c31"/><stop offset="1" stop-color="#2a7de1"/></linearGradient></defs>
<rect width="720" height="480" fill="url(#g)"/><circle cx="360" cy="240" r="150" fill="#f5c400"/></svg>`;
  await sharp(Buffer.from(svg)).flatten({ background: "#c8c8c8" }).jpeg({ quality: 85 }).toFile(jpeg);
  const htmlPath = join(dir, "fixture.html");
  writeFileSync(htmlPath, html(jpeg));
  const pdf = join(dir, "2022-08-print.pdf");
  await run(
    "/usr/bin/chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      `--user-data-dir=${join(dir, "chromium-profile")}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${pdf}`,
      `file://${htmlPath}`,
    ],
    { timeout: 60_000 },
  );
  await setBoxes(pdf);
  return pdf;
}

/** A one-page PDF whose photo is placed far too large for its pixels (≈ 48 ppi). */
export async function makeLowResPdf(dir: string): Promise<string> {
  const doc = await PDFDocument.create();
  const jpeg = await sharp({ create: { width: 200, height: 150, channels: 3, background: "#3a7" } })
    .jpeg()
    .toBuffer();
  const page = doc.addPage([216 * MM, 291 * MM]);
  page.setTrimBox(3 * MM, 3 * MM, 210 * MM, 285 * MM);
  page.setBleedBox(0, 0, 216 * MM, 291 * MM);
  page.drawImage(await doc.embedJpg(jpeg), { x: 20 * MM, y: 100 * MM, width: 106 * MM, height: 79 * MM });
  page.drawRectangle({ x: 0, y: 0, width: 10, height: 10, color: rgb(1, 1, 1) });
  const out = join(dir, "lowres.pdf");
  writeFileSync(out, await doc.save({ useObjectStreams: false }));
  return out;
}
