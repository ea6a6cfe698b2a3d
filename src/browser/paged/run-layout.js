/* Lays out one run at a time in this page (src/render/print/run-pass.ts): the page was loaded with
   print.html's head, its fonts and folio's handlers, and Paged.js laid out its empty body, parsing
   the stylesheets; each run is a new flow of that previewer, with the run's own rules (its first
   folio, its fit, the 目录's numbers) outside Paged.js's CSS parser. Loaded after the handlers; not
   a handler itself. */
(() => {
  // One previewer for every run of the page: Paged.js parses the stylesheets once; each run is a
  // new flow of its chunker (Paged.js re-renders that way), its own rules outside the parser.
  /** @type {Paged.Previewer | null} */
  var previewer = null;
  var ruleCount = 0;
  /** @param {string} id */
  var ownStyle = (id) => {
    var el = document.getElementById(id);
    if (!el) {
      el = document.createElement("style");
      el.id = id;
      el.setAttribute("data-pagedjs-ignore", "");
      document.head.appendChild(el);
    }
    return el;
  };
  // The runs' pages, kept as each is laid out (or put back from the run cache) out of the document,
  // so that the handlers and the measures of the next run see only its own pages; shown together,
  // in issue order, for printing.
  /** @type {Record<number, HTMLElement>} */
  var kept = {};
  /**
   * The box of run `index` (made anew if it was kept before: the 目录 is laid out twice).
   * @param {number} index
   * @param {string} css
   * @param {number} counted
   */
  var keep = (index, css, counted) => {
    var oldStyle = document.querySelector(`style[data-folio-run="${index}"]`);
    if (oldStyle) oldStyle.remove();
    var style = document.createElement("style");
    style.setAttribute("data-pagedjs-ignore", "");
    style.setAttribute("data-folio-run", String(index));
    style.textContent = css;
    document.head.appendChild(style);
    var box = document.createElement("div");
    box.className = "pagedjs_pages";
    box.style.counterReset = `page ${counted}`;
    kept[index] = box;
    return box;
  };

  /**
   * body: the run's HTML; css: rules for this run only (its fit, the 目录's numbers); counted: the
   * folio pages before it in the issue (its first numbered page is counted + 1). Resolves with the
   * page count when laid out.
   */
  window.folioLayOutRun = (body, css, counted) => {
    window[window.FolioNames.globals.runLayout] = true;
    ownStyle("folio-run-counter").textContent = `html body .pagedjs_pages { counter-reset: page ${counted}; }`;
    ownStyle("folio-run-rules").textContent = css;
    var template = document.createElement("template");
    template.innerHTML = body;
    var flow;
    // The page's own previewer has parsed the stylesheets already (laying out its empty body).
    previewer = previewer || window.PagedPolyfill;
    ruleCount = previewer.polisher.styleSheet.cssRules.length;
    flow = previewer.chunker.flow(template.content, document.body);
    return flow.then((f) => f.total);
  };

  // Stylesheet texts already handed out, by SHA-256: every run of a page shares them.
  /** @type {Record<string, boolean>} */
  var sent = {};
  /** @param {ArrayBuffer} buf */
  var hex = (buf) =>
    Array.prototype.map.call(new Uint8Array(buf), (b) => (b < 16 ? "0" : "") + b.toString(16)).join("");
  var styleTexts = () =>
    Array.prototype.slice
      .call(document.querySelectorAll("style[data-pagedjs-inserted-styles]"))
      .map((s) => s.textContent);
  /**
   * The run just laid out, kept for printing (its spacer page left out) and described for the run
   * cache: its pages, Paged.js's stylesheets by hash (texts not handed out before), the rules Paged.js
   * added while laying it out.
   */
  window.folioKeepRun = (index, spacer, css, counted) => {
    // (folioLayOutRun has taken the page's previewer)
    var laidOut = /** @type {Paged.Previewer} */ (previewer);
    var area = laidOut.chunker.pagesArea;
    if (spacer && area.firstElementChild) area.firstElementChild.remove();
    var rules = Array.prototype.slice
      .call(laidOut.polisher.styleSheet.cssRules, ruleCount)
      .map((r) => r.cssText)
      .join("\n");
    var html = area.innerHTML;
    var box = keep(index, css, counted);
    while (area.firstChild) box.appendChild(area.firstChild);
    // The next flow starts from no pages (it would destroy these).
    laidOut.chunker.pages = [];
    laidOut.chunker.total = 0;
    var texts = styleTexts();
    return Promise.all(texts.map((t) => crypto.subtle.digest("SHA-256", new TextEncoder().encode(t)))).then(
      (digests) => {
        var hashes = digests.map(hex);
        /** @type {Record<string, string>} */
        var fresh = {};
        hashes.forEach((h, i) => {
          if (!sent[h]) {
            sent[h] = true;
            fresh[h] = texts[i];
          }
        });
        return { pages: html, styles: hashes, texts: fresh, rules: rules };
      },
    );
  };

  /** A run from the run cache, kept for printing: its pages, the rules Paged.js had added, its own rules. */
  window.folioPutRun = (index, pages, rules, css, counted) => {
    var box = keep(index, `${rules}\n${css}`, counted);
    box.innerHTML = pages;
  };

  /**
   * Every kept run's pages shown for printing, in order. `texts`: the stylesheets the cached runs
   * were laid out with, when this page laid out none (hash → text). Resolves with the page count.
   */
  window.folioPrintReady = (texts) => {
    var shown = previewer || window.PagedPolyfill;
    var area = shown?.chunker?.pagesArea;
    if (area) area.remove();
    // The runs' stylesheets: those Paged.js made in this page (the same files), and any other given.
    /** @type {Record<string, boolean>} */
    var have = {};
    styleTexts().forEach((t) => {
      have[t] = true;
    });
    Object.keys(texts || {}).forEach((h) => {
      if (!have[texts[h]]) {
        const s = document.createElement("style");
        s.setAttribute("data-folio-run", "");
        s.textContent = texts[h];
        document.head.appendChild(s);
      }
    });
    ownStyle("folio-run-rules").textContent = "";
    // Paged.js prints one container the height of a page; here every run has one (after its rules).
    var fit = document.createElement("style");
    fit.setAttribute("data-folio-run", "print");
    fit.textContent =
      "@media print { html, body, .pagedjs_pages { height: auto !important; max-height: none !important; } }";
    document.head.appendChild(fit);
    var all = document.createElement("div");
    all.id = "folio-runs";
    Object.keys(kept)
      .map(Number)
      .sort((a, b) => a - b)
      .forEach((i) => {
        all.appendChild(kept[i]);
      });
    document.body.appendChild(all);
    var imgs = Array.prototype.slice.call(document.images);
    return Promise.all(imgs.map((img) => img.decode().catch(() => {})))
      .then(() => document.fonts.ready)
      .then(() => document.querySelectorAll(window.FolioNames.pages).length);
  };
})();
