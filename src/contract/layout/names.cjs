// @ts-check
/* The layout contract's names, in one place: Paged.js's page boxes, folio's markup (templates/, the
   page roles and the run mark), and what folio's handlers leave on window for the build and the
   preview to read. Loaded first into the page (window.FolioNames: PAGED_HANDLERS in
   src/render/print/paginate.ts) and required by TypeScript (src/contract/layout/dom.ts, whose type
   is this object's). The page's window is typed in window.d.ts beside this file. */
var FolioNames = (() => {
  // The page roles (data-page-role) the templates give the pages that are not articles
  var roles = Object.freeze(
    /** @type {const} */ ({
      frontCover: "front-cover",
      insideFrontCover: "inside-front-cover",
      imprint: "imprint",
      toc: "toc",
      filler: "filler",
      pad: "pad",
      insideBackCover: "inside-back-cover",
      backCover: "back-cover",
    }),
  );
  return Object.freeze(
    /** @type {const} */ ({
      // Paged.js 0.4.3's boxes
      pages: ".pagedjs_pages > .pagedjs_page",
      page: ".pagedjs_page",
      pageContent: ".pagedjs_page_content",
      rightPage: "pagedjs_right_page",
      leftPage: "pagedjs_left_page",
      firstPage: "pagedjs_first_page",
      runningString: "--pagedjs-string-",
      // folio's markup
      article: "[data-article-id]",
      articleBody: ".article-body",
      articleTitle: "[data-article-title]",
      pageRole: "[data-page-role]",
      innerStart: ".inner-start",
      splitFrom: "[data-split-from]",
      unbreakable: "figure.figure, .pull-quote",
      // A photo laid out and printed as its stand-in keeps its own address here (print-proxies.js)
      fullSrc: "data-full-src",
      // The running-head strings of the whole issue (set once, on the front cover)
      issueStrings: ".rh-magazine, .rh-issue, .rh-latin",
      // Opens a run in print.html: pages that can be laid out on their own (src/render/print/runs.ts)
      runMark: "<!--folio:run-->",
      roles: roles,
      // The four cover pages: no folio, not counted (styles/page.css)
      coverRoles: Object.freeze(
        /** @type {const} */ ([roles.frontCover, roles.insideFrontCover, roles.insideBackCover, roles.backCover]),
      ),
      // What folio's handlers leave on window once the pages are laid out
      globals: Object.freeze(
        /** @type {const} */ ({
          pageMap: "folioPageMap",
          images: "folioImages",
          padding: "folioPadding",
          warnings: "folioWarnings",
          fontPreload: "folioFontPreload",
          // Set by the build before layout (src/render/print/proxies.ts): photo address → its stand-in
          proxies: "folioProxies",
          // The photo addresses laid out as their stand-ins (print-proxies.js)
          proxied: "folioProxied",
          // Set while runs are laid out one by one (run-layout.js): the issue's pages are not all here
          runLayout: "folioRunLayout",
        }),
      ),
    }),
  );
})();
// In the page, the script's top-level var is window.FolioNames; in Node, the module's export.
if (typeof module === "object" && module.exports) module.exports = FolioNames;
