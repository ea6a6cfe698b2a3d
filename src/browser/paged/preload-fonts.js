/* Paged.js handler (runs in the page): load, before layout starts, every web-font file the
   content needs. The CJK faces come as ~100 unicode-range files per weight; left to themselves
   they load while Paged.js measures pages, so breaks can be computed with fallback metrics and
   each late font forces relayout. document.fonts.load(font, text) fetches only the ranges that
   `text` touches. */
class FolioPreloadFonts extends Paged.Handler {
  async beforeParsed(content) {
    const text = `${content.textContent || ""}0123456789·目录 MULU`;
    const faces = new Set();
    document.fonts.forEach((f) => faces.add(`${f.style} ${f.weight} 12px "${f.family.replace(/"/g, "")}"`));
    const started = performance.now();
    await Promise.all([...faces].map((font) => document.fonts.load(font, text).catch(() => [])));
    await document.fonts.ready;
    window[window.FolioNames.globals.fontPreload] = { faces: faces.size, ms: Math.round(performance.now() - started) };
  }
}
Paged.registerHandlers(FolioPreloadFonts);
