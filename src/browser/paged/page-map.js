/* Paged.js handler (runs in the page, after pad-to-four): what each laid-out page holds, for the
   build (window.folioPageMap; read by src/render/print/layout-facts.ts). */
class FolioPageMap extends Paged.Handler {
  afterRendered() {
    const N = window.FolioNames;
    const pages = Array.from(document.querySelectorAll(N.pages));
    // Where each page's text starts, as (block id, character offset): article blocks are the children
    // of .article-body; a block split across pages keeps its data-ref on every fragment.
    // The continued part of a paragraph (an article continued on a later page) names the block and
    // the offset it continues (data-block, data-offset).
    const refToId = new Map();
    const refOffset = new Map();
    /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(`${N.articleBody} > [data-ref][id]`)).forEach(
      (el) => {
        if (refToId.has(el.dataset.ref)) return;
        refToId.set(el.dataset.ref, el.dataset.block || el.id);
        if (el.dataset.offset) refOffset.set(el.dataset.ref, Number(el.dataset.offset));
      },
    );
    const charsSoFar = new Map();
    /** @param {Element} p */
    const startOf = (p) => {
      /** @type {{ blockId: string; charOffset: number } | null} */
      let start = null;
      /** @type {NodeListOf<HTMLElement>} */ (p.querySelectorAll(`${N.articleBody} > [data-ref]`)).forEach((el) => {
        const id = refToId.get(el.dataset.ref);
        if (!id) return;
        const key = el.dataset.ref;
        const before = (charsSoFar.get(key) || 0) + (refOffset.get(key) || 0);
        if (!start && el.textContent.length > 0) start = { blockId: id, charOffset: before };
        charsSoFar.set(key, (charsSoFar.get(key) || 0) + el.textContent.length);
      });
      return start;
    };
    window[N.globals.pageMap] = pages.map((p, index) => {
      /** @param {string} sel @param {string} key */
      const data = (sel, key) => [
        ...new Set(
          Array.from(/** @type {NodeListOf<HTMLElement>} */ (p.querySelectorAll(sel))).map((e) => e.dataset[key] || ""),
        ),
      ];
      return {
        index,
        right: p.classList.contains(N.rightPage),
        roles: data(N.pageRole, "pageRole"),
        innerStart: p.querySelector(`${N.innerStart}:not(${N.splitFrom})`) !== null,
        articleStarts: data(`${N.articleTitle}:not(${N.splitFrom})`, "articleTitle"),
        articles: data(N.article, "articleId"),
        start: startOf(p),
      };
    });
    // Every image as laid out (window.folioImages; read by src/render/print/layout-facts.ts): its used
    // size in CSS px (computed style: not affected by a preview's zoom) → mm at 96 px/in.
    /** @param {string} v */
    const mm = (v) => Math.round(((parseFloat(v) || 0) * 25.4 * 100) / 96) / 100;
    window[N.globals.images] = pages.flatMap((p, index) =>
      Array.from(p.querySelectorAll("img"))
        .map((img) => {
          const style = getComputedStyle(img);
          const role = /** @type {HTMLElement | null} */ (img.closest(N.pageRole));
          return {
            src: img.getAttribute(N.fullSrc) || img.getAttribute("src") || "",
            page: index + 1,
            widthMm: mm(style.width),
            heightMm: mm(style.height),
            figureId: img.closest("figure[id]")?.id || null,
            role: role ? (role.dataset.pageRole ?? null) : null,
          };
        })
        .filter((i) => i.widthMm > 0 && i.heightMm > 0),
    );
  }
}
Paged.registerHandlers(FolioPageMap);
