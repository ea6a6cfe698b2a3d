/* Paged.js handler (runs in the page, after pad-to-four): what each laid-out page holds, for the
   build (window.folioPageMap; read by src/render/print/page-map.ts). */
class FolioPageMap extends Paged.Handler {
  afterRendered() {
    const pages = Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
    window.folioPageMap = pages.map((p, index) => {
      const data = (sel, key) => [...new Set(Array.from(p.querySelectorAll(sel)).map((e) => e.dataset[key] || ""))];
      return {
        index,
        right: p.classList.contains("pagedjs_right_page"),
        roles: data("[data-page-role]", "pageRole"),
        innerStart: p.querySelector(".inner-start:not([data-split-from])") !== null,
        articleStarts: data("[data-article-title]:not([data-split-from])", "articleTitle"),
        articles: data("[data-article-id]", "articleId"),
      };
    });
  }
}
Paged.registerHandlers(FolioPageMap);
