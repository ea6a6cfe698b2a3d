/* The names the page and folio share, in one place: Paged.js's page boxes, folio's markup
   (templates/partials), and what folio's handlers leave on window for the build and the preview to
   read. Loaded first into the page (window.FolioNames: PAGED_HANDLERS in src/render/print/paginate.ts)
   and required by TypeScript (src/render/print/layout-facts.ts, which types them). */
(function (root, names) {
  if (typeof module === "object" && module.exports) module.exports = names;
  else root.FolioNames = names;
})(typeof self !== "undefined" ? self : this, Object.freeze({
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
  // What folio's handlers leave on window once the pages are laid out
  globals: Object.freeze({
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
}));
