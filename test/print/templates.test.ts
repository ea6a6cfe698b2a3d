import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderBlocks } from "../../src/render/html/blocks.js";
import type { Issue } from "../../src/model/types.js";
import { printGeometry } from "../../src/render/print/geometry.js";
import { createTemplates } from "../../src/render/print/templates.js";
import { buildPrintView, runsOn } from "../../src/render/print/view-model.js";
import { rewriteFontCss } from "../../src/render/print/fonts.js";
import { makeIssue } from "./fixtures/make-issue.js";

let issue: Issue;
let html: string;

beforeAll(async () => {
  issue = await makeIssue(mkdtempSync(path.join(tmpdir(), "folio-tpl-")));
  const view = buildPrintView(issue, printGeometry(issue.magazine.trim), ["styles/page.css"], (a, imageUrl) =>
    renderBlocks(a.blocks, { imageUrl }),
  );
  html = createTemplates().render("print", view);
});

describe("print templates", () => {
  it("puts the page geometry from the model in @page", () => {
    expect(html).toMatch(/@page \{ size: 210mm 285mm; bleed: 13mm; marks: crop cross; \}/);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<title>党员之友 2022年第8期（总第313期）</title>");
  });

  it("orders the pages: 封一, 封二, 卷首语, 版权页, 目录, articles, pads, 封三, 封四", () => {
    const order = [...html.matchAll(/data-page-role="([^"]+)"|data-article-id="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(order.slice(0, 5)).toEqual(["front-cover", "inside-front-cover", "p001-juanshouyu", "imprint", "toc"]);
    expect(order.slice(-5)).toEqual(["pad", "pad", "pad", "inside-back-cover", "back-cover"]);
  });

  it("links each 目录 entry to its article title, whose page target-counter() reads", () => {
    for (const a of issue.articles) {
      expect(html).toContain(`href="#t-${a.id}"`);
      expect(html).toMatch(new RegExp(`<h1 class="article-title" id="t-${a.id}"`));
    }
  });

  it("marks inner page 1, section starts, the 编者按 box and the barcode slot", () => {
    expect(html).toMatch(/class="article variant-editorial cols-1 section-juanshouyu section-start inner-start"/);
    expect(html).toMatch(/<aside class="lead-box"><span class="lead-label">编者按<\/span>/);
    expect(html).toContain('<div class="barcode-slot"');
    expect(html).toContain("［责任编辑：林庆霞］");
  });

  it("figures are block figures with caption and credit", () => {
    expect(html).toMatch(/<figure id="p010-f" class="figure"><img src="images\/p016-1.jpg"/);
    expect(html).toContain('<span class="credit">□韩亮/摄</span>');
  });

  it("draws an imprint QR code from its url; a code without a known url keeps the empty box", () => {
    const t = createTemplates();
    const qrCodes = [
      { caption: "扫描二维码", url: "https://example.org/a" },
      { caption: "未知", url: "unknown" },
      { caption: "无" },
    ];
    const view = buildPrintView(
      { ...issue, imprint: { ...issue.imprint, qrCodes } },
      printGeometry(issue.magazine.trim),
      [],
      () => "",
    );
    const imprint = /<div class="qr-row">[^]*?<\/div>\n<\/section>/.exec(t.render("print", view))?.[0] ?? "";
    expect(imprint.match(/<div class="qr-symbol"><svg /g)).toHaveLength(1);
    expect(imprint.match(/<div class="qr-placeholder"><\/div>/g)).toHaveLength(2);
  });

  it("escapes data", () => {
    const t = createTemplates();
    const view = buildPrintView(
      { ...issue, cover: { caption: "<b>&</b>" } },
      printGeometry(issue.magazine.trim),
      [],
      () => "",
    );
    expect(t.render("print", view)).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
  });
});

describe("run-on articles", () => {
  it("runs on when planned on the same page or in a series of briefs", () => {
    const [a, b] = [issue.articles[1], issue.articles[2]];
    expect(runsOn({ ...b, plannedPage: 4 }, { ...a, plannedPage: 4 })).toBe(true);
    expect(runsOn({ ...b, plannedPage: 5 }, { ...a, plannedPage: 4 })).toBe(false);
    const brief = { ...a, layout: { columns: 2 as const, variant: "briefs" as const }, plannedPage: 40 };
    expect(runsOn({ ...brief, plannedPage: 41 }, brief)).toBe(true);
    expect(runsOn({ ...brief, plannedPage: 41, section: { id: "x", name: "X" } }, brief)).toBe(false);
  });
});

describe("font CSS", () => {
  it("keeps woff2 only, next to the CSS", () => {
    const css =
      "@font-face { font-display: swap; src: url(./files/a-4-400-normal.woff2) format('woff2'), url(./files/a-4-400-normal.woff) format('woff'); unicode-range: U+1f1e9; }";
    const out = rewriteFontCss(css);
    expect(out.files).toEqual(["a-4-400-normal.woff2"]);
    expect(out.css).toContain("src: url(a-4-400-normal.woff2) format('woff2');");
    expect(out.css).not.toContain(".woff)");
    expect(out.css).toContain("font-display: block");
  });
});
