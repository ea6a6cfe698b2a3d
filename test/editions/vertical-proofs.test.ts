/**
 * The two proofs of a vertical edition's print PDF, fed wrong PDFs: text set horizontally or with
 * its letters apart fails the rendering proof; a 目录 number that is not the folio of the page its
 * entry leads to fails the 目录 proof. The PDFs are printed here by Chromium's own pagination.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { printNatively } from "../../src/render/print/vertical/native-print.js";
import { isVerticalJoined, measureInk, proveVerticalText } from "../../src/render/print/vertical/vertical-proof.js";
import { proveTocFromPdf, readTocLinks } from "../../src/render/print/vertical/toc-proof.js";
import { tempDir } from "../reliability/helpers.js";

const ARTICLE = path.resolve("test/fixtures/editions/2022-12/editions/mn-Mong/articles/p003-tiaowen-01.md");
const FONT = "/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf";
let dir: string;
let text: string;

const textPage = (mode: string, t: string) =>
  `<!doctype html><html lang="mn-Mong"><style>@font-face{font-family:M;src:url(file://${FONT})}@page{size:210mm 285mm;margin:0}html{writing-mode:${mode};font:10pt/18pt M}body{margin:0;padding:22mm 18mm 24mm 20mm;box-sizing:border-box;width:210mm;height:285mm}.b{column-count:2;column-gap:8mm}</style><div class=b><p>${t}</p><p>${t}</p></div></html>`;

async function print(name: string, html: string): Promise<string> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  const pdf = path.join(dir, `${name}.pdf`);
  writeFileSync(pdf, (await printNatively(file)).pdf);
  return pdf;
}

beforeAll(() => {
  dir = tempDir("folio-vertical-proofs-");
  text = readFileSync(ARTICLE, "utf8").trim().split("\n").pop() ?? "";
});

describe("the proof of vertical, joined text by rendering", () => {
  it("counts stems and bars in an image: a vertical bar is a stem, a horizontal one a bar", () => {
    const w = 60;
    const px = new Uint8Array(w * w).fill(255);
    for (let y = 5; y < 50; y++) px[y * w + 10] = 0; // a stem of 45 px
    for (let x = 20; x < 40; x++) px[30 * w + x] = 0; // a bar of 20 px
    expect(measureInk(px, w, w, 10)).toEqual({ stems: 1, bars: 1 });
    expect(measureInk(px, w, w, 10, [[0, 0, 15, 60]])).toEqual({ stems: 0, bars: 1 });
    expect(isVerticalJoined({ stems: 12, bars: 3 })).toBe(true);
    expect(isVerticalJoined({ stems: 12, bars: 4 })).toBe(false);
  });

  it("passes vertical lines of joined letters, fails them set horizontally or with the letters apart", async () => {
    const good = await proveVerticalText(await print("vertical", textPage("vertical-lr", text)), 0, 10);
    expect(good.stems).toBeGreaterThanOrEqual(10);
    const across = await print("horizontal", textPage("horizontal-tb", text));
    await expect(proveVerticalText(across, 0, 10)).rejects.toThrow(
      /PDF page 1 is not set in vertical lines of joined letters/,
    );
    const apart = await print("apart", textPage("vertical-lr", [...text].join("\u200c")));
    await expect(proveVerticalText(apart, 0, 10)).rejects.toThrow(/not set in vertical lines of joined letters/);
  }, 120_000);
});

describe("the 目录 proof from the PDF", () => {
  // Six pages: two covers, a 目录 linking to the article on inner page 2, the article, two covers.
  const book = (printed: number) => `<!doctype html><html><style>@page{size:210mm 285mm;margin:0}
    body{margin:0;font:12pt sans-serif} section{width:210mm;height:285mm;position:relative;break-after:page}
    .folio{position:absolute;bottom:12mm;right:18mm} a{color:#000}</style>
    <section></section><section></section>
    <section><a href="#a">Article one ...... ${printed}</a><span class="folio">1</span></section>
    <section><h1 id="a">Article one</h1><span class="folio">2</span></section>
    <section></section><section></section></html>`;

  it("passes a number that is the folio of the page its entry leads to", async () => {
    const pdf = await print("toc-good", book(2));
    expect(await readTocLinks(pdf, [2])).toEqual([{ printed: 2, target: 3, folio: 2, cover: false }]);
    expect(await proveTocFromPdf(pdf, [2], "edition.yaml")).toBe(1);
  }, 60_000);

  it("fails a number that is not, naming what it prints and where it leads", async () => {
    const pdf = await print("toc-wrong", book(3));
    await expect(proveTocFromPdf(pdf, [2], "edition.yaml")).rejects.toThrow(
      /目录: an entry prints page 3 but leads to PDF page 4, whose folio is 2/,
    );
  }, 60_000);
});
