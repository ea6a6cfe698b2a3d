/**
 * The rare-character faces (src/render/print/rare-fonts.ts): the characters of an issue the web
 * fonts lack are cut from Noto CJK SC per family and weight, with TrueType outlines, and Chromium
 * prints them as CID TrueType subsets, never as Type 3 — in regular, bold and black text alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/browser/launch.js";
import { pdffonts } from "../../src/handoff/preflight/poppler.js";
import { installFonts } from "../../src/render/print/fonts.js";
import { htmlText, writeRareFaces } from "../../src/render/print/rare-fonts.js";
import { fallbackNeeds } from "../../src/type/fonts/edition.js";
import { chinesePrintFonts, PRINT_FONTS } from "../../src/type/fonts/print-fonts.js";

const fontkit = createRequire(import.meta.url)("fontkit") as typeof import("fontkit");
/** 吉 is in the web fonts; 龥 U+9FA5, 𠮷 U+20BB7 and 𬱖 U+2CC56 are not; no font here has 😀. */
const TEXT = "吉龥𠮷𬱖😀 ";
const RARE = "龥𠮷𬱖";

let tmp: string;
const saved = process.env.FOLIO_CACHE_DIR;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "folio-rare-"));
  process.env.FOLIO_CACHE_DIR = path.join(tmp, "cache");
});
afterAll(() => {
  if (saved === undefined) delete process.env.FOLIO_CACHE_DIR;
  else process.env.FOLIO_CACHE_DIR = saved;
  rmSync(tmp, { recursive: true, force: true });
});

describe("rare-character faces", () => {
  it("carry, per family and weight, what the web fonts lack and Noto CJK SC has", () => {
    const needs = fallbackNeeds(chinesePrintFonts(), TEXT);
    expect(needs.map((n) => `${n.face.family} ${n.face.weight} ${n.face.face}: ${n.chars}`)).toEqual([
      `Folio Rare Serif 400 NotoSerifCJKsc-Regular: ${RARE}`,
      `Folio Rare Serif 700 NotoSerifCJKsc-Bold: ${RARE}`,
      `Folio Rare Sans 400 NotoSansCJKsc-Regular: ${RARE}`,
      `Folio Rare Sans 700 NotoSansCJKsc-Bold: ${RARE}`,
    ]);
    expect(fallbackNeeds(chinesePrintFonts(), "党员之友 2022")).toEqual([]);
  });

  it("are cut to the text the page prints: its body, not its scripts, styles or markup", () => {
    const html = `<html><head><title>𠀀</title></head><body><style>p::after { content: "𠀁" }</style>
<p data-x="𠀂">吉&#x20BB7;<b>𬱖</b>&amp;</p><script>"𠀃"</script></body></html>`;
    expect(htmlText(html).replace(/\s+/g, "")).toBe("吉𠮷𬱖&");
  });

  it("are written with TrueType outlines, the same bytes each time", async () => {
    const a = await writeRareFaces(path.join(tmp, "a"), chinesePrintFonts(), TEXT);
    expect(a.faces.map((f) => f.file)).toEqual([
      "rare-serif-400.ttf",
      "rare-serif-700.ttf",
      "rare-sans-400.ttf",
      "rare-sans-700.ttf",
    ]);
    expect(a.css).toContain(
      '@font-face { font-family: "Folio Rare Serif"; font-style: normal; font-weight: 700; font-display: block; src: url(rare-serif-700.ttf) format("truetype"); }',
    );
    for (const f of a.faces) {
      const font = fontkit.openSync(path.join(tmp, "a", f.file));
      expect("fonts" in font).toBe(false);
      const tables = readFileSync(path.join(tmp, "a", f.file)).toString("latin1", 0, 4);
      expect(tables).toBe("\0\u0001\0\0"); // a TrueType sfnt, not OTTO (CFF)
      if (!("fonts" in font))
        expect([...RARE].every((c) => font.characterSet.includes(c.codePointAt(0) ?? 0))).toBe(true);
    }
    rmSync(path.join(tmp, "cache"), { recursive: true, force: true }); // made again, not from the cache
    await writeRareFaces(path.join(tmp, "b"), chinesePrintFonts(), TEXT);
    for (const f of a.faces)
      expect(readFileSync(path.join(tmp, "b", f.file)).equals(readFileSync(path.join(tmp, "a", f.file)))).toBe(true);
  }, 60_000);

  it("print as CID TrueType subsets in regular, bold and black text: no Type 3 font", async () => {
    const dir = path.join(tmp, "html");
    await installFonts(path.join(dir, "fonts"), PRINT_FONTS, { fonts: chinesePrintFonts(), text: TEXT });
    const css = readFileSync(path.join(dir, "fonts", "fonts.css"), "utf8");
    expect(css.match(/Folio Rare/g)).toHaveLength(4);
    const line = (font: string, weight: number) =>
      `<p style="font-family: ${font}; font-weight: ${weight}">吉${RARE}</p>`;
    writeFileSync(
      path.join(dir, "t.html"),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="fonts/fonts.css"></head><body>
${line("'Noto Serif SC', 'Folio Rare Serif'", 400)}${line("'Noto Serif SC', 'Folio Rare Serif'", 700)}
${line("'Noto Sans SC', 'Folio Rare Sans'", 400)}${line("'Noto Sans SC', 'Folio Rare Sans'", 700)}${line("'Noto Sans SC', 'Folio Rare Sans'", 900)}
</body></html>`,
    );
    const chromium = await launchChromium("rare-fonts test");
    try {
      const page = await chromium.browser.newPage();
      await page.goto(pathToFileURL(path.join(dir, "t.html")).href, { waitUntil: "networkidle0" });
      await page.evaluate("document.fonts.ready");
      await page.pdf({ path: path.join(dir, "t.pdf"), width: "148mm", height: "210mm" });
    } finally {
      await chromium.close();
    }
    const fonts = await pdffonts(path.join(dir, "t.pdf"));
    expect(fonts.filter((f) => f.type.startsWith("Type 3"))).toEqual([]);
    const rare = fonts.filter((f) => /CJKsc/.test(f.name)).map((f) => `${f.name.replace(/^[A-Z]{6}\+/, "")} ${f.type}`);
    expect([...new Set(rare)].sort()).toEqual([
      "NotoSansCJKsc-Bold CID TrueType",
      "NotoSansCJKsc-Regular CID TrueType",
      "NotoSerifCJKsc-Bold CID TrueType",
      "NotoSerifCJKsc-Regular CID TrueType",
    ]);
  }, 120_000);
});
