/**
 * Small synthetic press PDFs (pdf-lib) for preflight: `good` is an 8-page PDF/X-3 file that passes
 * every check; `faults` puts one deliberate mistake on each of its pages (and has 10 pages, two off a
 * multiple of four). Real photos come from test/fixtures/photos; text is Noto Sans SC from @fontsource.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import bwipjs from "bwip-js";
import { PDFDocument, PDFName, PDFString, cmyk, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import sharp from "sharp";
import type { Palette } from "../../src/model/types.js";
import { periodicalBarcodeSvg } from "../../src/render/print/barcode.js";
import { drawTextRuns, embedTextFonts } from "../../src/handoff/proof-stamp.js";
import { placeholderSvg } from "../../scripts/make-placeholders.js";
import { conditionProfile } from "../../src/handoff/condition-profile.js";
import { KNOWN_CONDITIONS } from "../../src/handoff/press-condition.js";
import { present } from "../helpers/present.js";

const MM = 72 / 25.4;
const SLUG = 7 * MM,
  BLEED = 3 * MM,
  W = 210 * MM,
  H = 285 * MM;
const PHOTOS = path.resolve(import.meta.dirname, "../fixtures/photos");
export const PROFILE = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

export const PALETTE: Palette = [
  { name: "paper", cmyk: [0, 0, 0, 0], rgb: "#ffffff", solid: false },
  { name: "text", cmyk: [0, 0, 0, 100], rgb: "#1a1a1a", solid: false },
  { name: "brand_red", cmyk: [0, 100, 90, 20], rgb: "#b3121d", solid: false },
  { name: "rich_black", cmyk: [50, 40, 40, 100], rgb: "#0d0d0d", solid: true },
];
const K = cmyk(0, 0, 0, 1);
const RED = cmyk(0, 1, 0.9, 0.2);
const TEXTS = [
  "党员之友 2022年第8期 Preflight fixture",
  "牢记领袖嘱托 勇挑担当之责",
  "做好新疆工作,关键在党。学习贯彻习近平总书记重要讲话精神。",
  "扫描二维码 订阅",
  "0123456789 ISSN CN",
];

interface Ctx {
  doc: PDFDocument;
  fonts: Map<string, PDFFont>;
}

function newPage({ doc }: Ctx): PDFPage {
  const page = doc.addPage([W + 2 * (SLUG + BLEED), H + 2 * (SLUG + BLEED)]);
  page.setBleedBox(SLUG, SLUG, W + 2 * BLEED, H + 2 * BLEED);
  page.setTrimBox(SLUG + BLEED, SLUG + BLEED, W, H);
  return page;
}

/** Trim-relative position in mm from the bottom left of the trim. */
const at = (xMm: number, yMm: number) => ({ x: SLUG + BLEED + xMm * MM, y: SLUG + BLEED + yMm * MM });

function textPage(ctx: Ctx, page: PDFPage, colour = K): void {
  drawTextRuns(page, TEXTS[1], { ...at(20, 250), size: 20, color: RED }, ctx.fonts);
  for (let i = 0; i < 12; i++)
    drawTextRuns(page, TEXTS[2], { ...at(20, 230 - 8 * i), size: 10, color: colour }, ctx.fonts);
  page.drawLine({ start: at(20, 240), end: at(190, 240), thickness: 0.5, color: K });
}

/** A real photo as a CMYK JPEG converted with the FOGRA39 profile (as the press PDF carries photos), cropped to `w` × `h` pixels. */
async function photo(name: string, w: number, h = w): Promise<Buffer> {
  const profile = (await conditionProfile(KNOWN_CONDITIONS.FOGRA39.recipe)).path;
  return sharp(path.join(PHOTOS, `${name}.jpg`))
    .resize(w, h, { fit: "cover" })
    .withIccProfile(profile, { attach: false })
    .jpeg({ quality: 88 })
    .toBuffer();
}

/** A full-bleed photo covering the BleedBox (300 ppi). */
async function bleedPhoto(ctx: Ctx, page: PDFPage, name = "coffee"): Promise<void> {
  const img = await ctx.doc.embedJpg(await photo(name, Math.round((216 / 25.4) * 300), Math.round((291 / 25.4) * 300)));
  page.drawImage(img, { x: SLUG, y: SLUG, width: W + 2 * BLEED, height: H + 2 * BLEED });
}

async function barcode(page: PDFPage, scale = 1): Promise<void> {
  const svg = periodicalBarcodeSvg({ issn: "2096-7462", year: 2022, number: 8 });
  const unit = 0.33 * MM * scale; // viewBox unit = one module
  const origin = at(scale > 1 ? 20 : 140, 10 + 26 * scale);
  for (const m of svg.matchAll(/<path ([^>]*)d="([^"]+)"/g)) {
    const width = Number(/stroke-width="(\d+)"/.exec(m[1])?.[1] ?? 0); // bars: one path per bar width, in modules (pdf-lib scales the width too)
    page.drawSvgPath(m[2], {
      x: origin.x,
      y: origin.y,
      scale: unit,
      ...(width ? { borderColor: K, borderWidth: width } : { color: K }),
    });
  }
}

async function qrCodes(ctx: Ctx, page: PDFPage, withCodes: boolean): Promise<void> {
  for (const [i, text] of ["https://example.org/a", "https://example.org/b"].entries()) {
    const x = 20 + 40 * i;
    if (withCodes) {
      const png = await bwipjs.toBuffer({ bcid: "qrcode", text, scale: 8 });
      const grey = await sharp(png)
        .flatten({ background: "#ffffff" })
        .toColourspace("b-w")
        .jpeg({ quality: 95 })
        .toBuffer();
      page.drawImage(await ctx.doc.embedJpg(grey), { ...at(x, 200), width: 24 * MM, height: 24 * MM });
    }
    page.drawRectangle({ ...at(x, 200), width: 24 * MM, height: 24 * MM, borderColor: K, borderWidth: 0.5 });
    drawTextRuns(page, TEXTS[3], { ...at(x, 194), size: 7, color: K }, ctx.fonts);
  }
}

function pdfx(doc: PDFDocument): void {
  doc.setTitle("党员之友 2022年第8期 fixture");
  const info = doc.context.lookup(doc.context.trailerInfo.Info) as unknown as { set: (k: PDFName, v: unknown) => void };
  info.set(PDFName.of("GTS_PDFXVersion"), PDFString.of("PDF/X-3:2002"));
  info.set(PDFName.of("Trapped"), PDFName.of("False"));
  const profile = doc.context.register(doc.context.flateStream(readFileSync(PROFILE), { N: 4 }));
  const intent = doc.context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFX",
    OutputConditionIdentifier: PDFString.of("FOGRA39"),
    RegistryName: PDFString.of("http://www.color.org"),
    DestOutputProfile: profile,
  });
  doc.catalog.set(PDFName.of("OutputIntents"), doc.context.obj([intent]));
}

async function create(): Promise<Ctx> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  return { doc, fonts: await embedTextFonts(doc, TEXTS) };
}

async function save(ctx: Ctx, file: string): Promise<string> {
  pdfx(ctx.doc);
  writeFileSync(file, await ctx.doc.save({ useObjectStreams: false }));
  return file;
}

/** Eight pages that pass every check. */
export async function goodPdf(file: string): Promise<string> {
  const ctx = await create();
  await bleedPhoto(ctx, newPage(ctx));
  for (let i = 0; i < 2; i++) textPage(ctx, newPage(ctx));
  await qrCodes(ctx, newPage(ctx), true);
  const p5 = newPage(ctx);
  textPage(ctx, p5);
  p5.drawImage(await ctx.doc.embedJpg(await photo("astronaut", 900)), {
    ...at(20, 20),
    width: 70 * MM,
    height: 70 * MM,
  });
  for (let i = 0; i < 2; i++) textPage(ctx, newPage(ctx));
  const back = newPage(ctx);
  await bleedPhoto(ctx, back, "chelsea");
  back.drawRectangle({ x: SLUG, y: SLUG, width: W + 2 * BLEED, height: BLEED + 55 * MM, color: cmyk(0, 0, 0, 0) }); // white panel into the bleed
  await barcode(back);
  // Folios on the inner pages (PDF pages 3–6 are pp. 1–4), on the outer edge of a book bound on the left.
  ctx.doc.getPages().forEach((page, i) => {
    const folio = i - 1;
    if (i < 2 || i > 5) return;
    drawTextRuns(page, String(folio), { ...at(folio % 2 ? 188 : 20, 10), size: 9, color: K }, ctx.fonts);
  });
  return save(ctx, file);
}

/** The page each deliberate mistake of faultsPdf is on. */
export const FAULT_PAGE = {
  fourColourText: 2,
  link: 3,
  placeholder: 4,
  lowRes: 5,
  shortBleed: 6,
  rgb: 7,
  type3: 8,
  nearTrim: 9,
  heavyInk: 9,
  /** Text-only pages (no image: their ink and bleed come from the vector render): a 2 mm 400 % square, a grey band short of the bleed. */
  smallHeavyInk: 3,
  textPageShortBleed: 8,
  emptyQr: 10,
  smallBarcode: 10,
} as const;

function type3Font(doc: PDFDocument) {
  const glyph = doc.context.register(doc.context.stream("500 0 0 0 500 700 d1 0 0 500 700 re f"));
  return doc.context.register(
    doc.context.obj({
      Type: "Font",
      Subtype: "Type3",
      FontBBox: [0, 0, 500, 700],
      FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
      CharProcs: { a: glyph },
      Encoding: { Type: "Encoding", Differences: [97, PDFName.of("a")] },
      FirstChar: 97,
      LastChar: 97,
      Widths: [500],
      Resources: {},
    }),
  );
}

/** Ten pages, one mistake on each (FAULT_PAGE): every one must fail preflight, named by its page. */
export async function faultsPdf(file: string): Promise<string> {
  const ctx = await create();
  const { doc } = ctx;
  await bleedPhoto(ctx, newPage(ctx));
  textPage(ctx, newPage(ctx), cmyk(0.7, 0.67, 0.66, 0.78)); // 2: body text in four-colour black
  const p3 = newPage(ctx); // 3: a link left in
  textPage(ctx, p3);
  const link = doc.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: [100, 100, 200, 120],
    Border: [0, 0, 0],
    A: { S: "URI", URI: PDFString.of("https://example.org") },
  });
  p3.node.set(PDFName.of("Annots"), doc.context.obj([doc.context.register(link)]));
  p3.drawRectangle({ ...at(150, 100), width: 2 * MM, height: 2 * MM, color: cmyk(1, 1, 1, 1) }); // 3: a small 400 % solid
  const p4 = newPage(ctx); // 4: a placeholder photo, 300 ppi
  textPage(ctx, p4);
  const ph = await sharp(
    Buffer.from(placeholderSvg({ src: "images/p.jpg", caption: "图片说明", widthPx: 1200, heightPx: 800 })),
  )
    .flatten({ background: "#c8c8c8" })
    .toColourspace("cmyk")
    .jpeg()
    .toBuffer();
  p4.drawImage(await doc.embedJpg(ph), { ...at(20, 20), width: 101.6 * MM, height: 67.7 * MM });
  const p5 = newPage(ctx); // 5: a photo at 120 ppi
  p5.drawImage(await doc.embedJpg(await photo("astronaut", 472)), { ...at(20, 20), width: 100 * MM, height: 100 * MM });
  const p6 = newPage(ctx); // 6: a white panel that stops at the trim over a full-bleed photo
  await bleedPhoto(ctx, p6, "chelsea");
  p6.drawRectangle({ x: SLUG, y: SLUG + BLEED, width: W + 2 * BLEED, height: 55 * MM, color: cmyk(0, 0, 0, 0) });
  const p7 = newPage(ctx); // 7: RGB left in
  textPage(ctx, p7);
  p7.drawRectangle({ ...at(20, 20), width: 50 * MM, height: 20 * MM, color: rgb(0.2, 0.5, 0.8) });
  const p8 = newPage(ctx); // 8: a Type 3 font
  textPage(ctx, p8);
  // 8: a grey band across the head that stops at the top trim edge (a page with no image)
  p8.drawRectangle({ ...at(0, 270), width: W, height: 15 * MM, color: cmyk(0, 0, 0, 0.3) });
  const resources = present(p8.node.Resources(), "the resources of a page pdf-lib made");
  resources.set(PDFName.of("Font"), resources.lookup(PDFName.of("Font")) ?? doc.context.obj({}));
  (resources.lookup(PDFName.of("Font")) as unknown as { set: (k: PDFName, v: unknown) => void }).set(
    PDFName.of("T3"),
    type3Font(doc),
  );
  p8.node.addContentStream(doc.context.register(doc.context.stream("BT /T3 24 Tf 100 100 Td (aaa) Tj ET")));
  const p9 = newPage(ctx); // 9: text 2 mm from the trim, and a 400 % solid
  textPage(ctx, p9);
  drawTextRuns(p9, TEXTS[2], { ...at(2, 100), size: 10, color: K }, ctx.fonts);
  p9.drawRectangle({ ...at(120, 20), width: 40 * MM, height: 30 * MM, color: cmyk(1, 1, 1, 1) });
  const back = newPage(ctx); // 10: empty QR boxes and a bar code at 220 %
  await qrCodes(ctx, back, false);
  await barcode(back, 2.2);
  return save(ctx, file);
}
