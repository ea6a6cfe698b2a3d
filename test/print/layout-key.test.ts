/**
 * The layout cache's key covers everything a layout reads: print.html, every file next to it (a
 * style, a font, a photo, in any sub-folder), the Paged.js handlers; and the cache round-trips a pass
 * and its PDF, ignoring what is not a PDF.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layoutKey, openLayoutCache, type StoredPass } from "../../src/render/print/layout-cache.js";
import { present } from "../helpers/present.js";

function folder() {
  const root = mkdtempSync(path.join(tmpdir(), "folio-lkey-"));
  const html = path.join(root, "html");
  mkdirSync(path.join(html, "styles"), { recursive: true });
  mkdirSync(path.join(html, "images", "a"), { recursive: true });
  writeFileSync(path.join(html, "print.html"), "<p>正文</p>");
  writeFileSync(path.join(html, "styles", "page.css"), "@page { size: A4 }");
  writeFileSync(path.join(html, "images", "a", "photo.jpg"), "jpeg bytes");
  const handler = path.join(root, "grid-snap.js");
  writeFileSync(handler, "class GridSnap {}");
  return { file: path.join(html, "print.html"), html, handler };
}

describe("layout cache key", () => {
  it("is stable for the same files and changes with any file the layout reads", () => {
    const f = folder();
    const key = () => layoutKey(f.file, [f.handler]);
    const k0 = key();
    expect(key()).toBe(k0);
    const seen = new Set([k0]);
    const change = (file: string, text: string) => {
      writeFileSync(file, text);
      const k = key();
      expect(seen.has(k), file).toBe(false);
      seen.add(k);
    };
    change(f.file, "<p>正文。</p>");
    change(path.join(f.html, "styles", "page.css"), "@page { size: A5 }");
    change(path.join(f.html, "images", "a", "photo.jpg"), "other jpeg bytes");
    change(f.handler, "class GridSnap { x = 1 }");
    // A new file next to print.html (e.g. a font) counts too.
    change(path.join(f.html, "styles", "fonts.css"), "@font-face {}");
  });

  it("stores a pass and its PDF, and takes nothing that is not a PDF", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "folio-lcache-unit-"));
    const cache = openLayoutCache(dir);
    const pass = {
      pages: [],
      images: [],
      layout: { pagesOf: {} },
      warnings: ["w"],
      padding: { base: 4, kept: 0, removed: 0, available: 0 },
      ms: 1,
      pagedjsMs: 1,
      blocked: [],
    } as unknown as StoredPass;
    expect(cache.get("k")).toBeUndefined();
    cache.put("k", pass);
    expect(cache.get("k")).toEqual(pass);
    expect(cache.getPdf("k")).toBeUndefined();
    cache.putPdf("k", new TextEncoder().encode("%PDF-1.7 body"));
    expect(Buffer.from(present(cache.getPdf("k"), "the PDF stored under k")).toString("latin1")).toBe("%PDF-1.7 body");
    cache.putPdf("k", new TextEncoder().encode("<html>not a pdf"));
    expect(cache.getPdf("k")).toBeUndefined();
    const off = openLayoutCache(undefined);
    off.put("k", pass);
    expect(off.get("k")).toBeUndefined();
  });
});
