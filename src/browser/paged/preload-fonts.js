/* Paged.js handler (runs in the page): load, before layout starts, every web-font file the
   content needs. The CJK faces come as ~100 unicode-range files per weight; left to themselves
   they load while Paged.js measures pages, so breaks can be computed with fallback metrics and
   each late font forces relayout. document.fonts.load(font, text) fetches only the ranges that
   `text` touches: the content's text, the strings of every `content:` in the styles (margin
   boxes, ::before/::after), and the digits of folios and 目录 numbers.
   Paged.js itself would then load every face of the document before its first page (its
   Chunker.loadFonts): all ~500 unicode-range files, 15 MB, about 3.5 s per layout, for glyphs the
   pages never show. Once the faces the pages need are loaded, that step is skipped. */
function generatedStrings() {
  /** @type {string[]} */
  const out = [];
  /** @param {CSSRuleList} rules */
  const visit = (rules) => {
    for (const rule of rules) {
      const r = /** @type {CSSRule & { cssRules?: CSSRuleList; style?: CSSStyleDeclaration }} */ (rule);
      if (r.cssRules) visit(r.cssRules);
      const content = r.style?.content;
      if (content) for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"/g)) out.push(m[1]);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // a sheet whose rules cannot be read adds no strings
    }
  }
  return out.join("");
}

class FolioPreloadFonts extends Paged.Handler {
  /** @param {DocumentFragment} content */
  async beforeParsed(content) {
    const text = [...new Set(`${content.textContent || ""}${generatedStrings()}0123456789·目录 MULU`)].join("");
    const faces = new Set();
    document.fonts.forEach((f) => faces.add(`${f.style} ${f.weight} 12px "${f.family.replace(/"/g, "")}"`));
    const started = performance.now();
    await Promise.all([...faces].map((font) => document.fonts.load(font, text).catch(() => [])));
    await document.fonts.ready;
    if (this.chunker) this.chunker.loadFonts = () => Promise.resolve([]);
    // What was loaded before layout (the faces, by family, weight and range), for tests and logs.
    /** @type {string[]} */
    const loaded = [];
    document.fonts.forEach(
      (f) => f.status === "loaded" && loaded.push(`${f.family.replace(/"/g, "")} ${f.weight} ${f.unicodeRange}`),
    );
    window[window.FolioNames.globals.fontPreload] = {
      faces: faces.size,
      files: loaded.length,
      declared: document.fonts.size,
      ms: Math.round(performance.now() - started),
      loaded,
    };
  }
}
Paged.registerHandlers(FolioPreloadFonts);
