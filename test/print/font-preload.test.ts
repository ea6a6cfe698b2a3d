/**
 * The font preload (src/browser/paged/preload-fonts.js) in a real layout: the unicode-range files
 * the text and the styles' generated content need are loaded before layout, and only those — not
 * every face of fonts.css, which Paged.js's own Chunker.loadFonts would load (all ~500 CJK files).
 * Counted, not timed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installFonts } from "../../src/render/print/fonts.js";
import { openPaginator, type LayoutPass, type Paginator } from "../../src/render/print/paginate.js";

/** 龘 and 驫 appear only in CSS generated content (a margin box and ::after), never in the text. */
const HTML = `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>t</title>
<link rel="stylesheet" href="fonts/fonts.css" data-pagedjs-ignore="" />
<style>
@page { size: 148mm 210mm; margin: 20mm; @bottom-center { content: "龘" counter(page); font-family: "Noto Sans SC"; } }
body { font-family: "Noto Serif SC"; font-size: 10pt; }
.note::after { content: "驫"; }
</style></head><body>
<article data-article-id="a"><p>党员之友，二〇二二年第八期。</p><p class="note">注</p></article>
</body></html>`;

interface FaceState {
  declared: number;
  loaded: number;
  /** Loaded faces covering each code point, by family. */
  covering: Record<string, string[]>;
}

let dir: string;
let paginator: Paginator;
let pass: LayoutPass;
let state: FaceState;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "folio-fontpre-"));
  await installFonts(path.join(dir, "fonts"));
  writeFileSync(path.join(dir, "print.html"), HTML);
  paginator = await openPaginator();
  pass = await paginator.layout(path.join(dir, "print.html"));
  // The faces loaded when the preload ended, before Paged.js laid out the first page.
  state = (await pass.page.evaluate(`(() => {
    const covers = (range, cp) => range.split(",").some((r) => {
      const [a, b] = r.trim().replace(/^U\\+/i, "").split("-");
      const lo = parseInt(a, 16);
      return cp >= lo && cp <= (b ? parseInt(b, 16) : lo);
    });
    const pre = window.folioFontPreload;
    const out = { declared: pre.declared, loaded: pre.loaded.length, covering: {} };
    for (const ch of ["党", "龘", "驫"]) out.covering[ch] = [];
    for (const face of pre.loaded) {
      const [family1, family2, family3, weight, ...range] = face.split(" ");
      for (const ch of Object.keys(out.covering)) if (covers(range.join(" "), ch.codePointAt(0))) out.covering[ch].push([family1, family2, family3, weight].join(" "));
    }
    return out;
  })()`)) as FaceState;
}, 120_000);

afterAll(async () => {
  await paginator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("font preload before layout", () => {
  it("loads the files for the text, and for strings only the styles generate", () => {
    expect(state.covering["党"]).toContain("Noto Serif SC 400");
    expect(state.covering["龘"]).toContain("Noto Sans SC 400");
    expect(state.covering["驫"]).toContain("Noto Serif SC 400");
  });

  it("loads only those: a small part of the declared faces, not all of them", () => {
    expect(state.declared).toBeGreaterThan(400);
    expect(state.loaded).toBeGreaterThan(0);
    expect(state.loaded).toBeLessThan(state.declared / 10);
  });

  it("no face the pages did not need was loaded during layout either (Paged.js's own load of every face is skipped)", async () => {
    const now = (await pass.page.evaluate(
      "(() => { let n = 0; document.fonts.forEach((f) => (n += f.status === 'loaded' ? 1 : 0)); return n; })()",
    )) as number;
    expect(now).toBeLessThan(state.declared / 10);
  });
});
