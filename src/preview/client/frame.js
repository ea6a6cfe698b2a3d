/* Runs inside the preview frame, before the Paged.js polyfill. When Paged.js has laid out the
   issue (and folio's handlers have run), mark the pages named by window.folioWarnings and tell
   the viewer what there is: page count, articles and the pages they start on, warnings. */
(() => {
  "use strict";
  // The DOM names shared with folio's handlers (src/contract/layout/names.cjs, loaded after this file).
  var N = () => window.FolioNames;
  /**
   * [data-x] → [data-x="value"]
   * @param {string} attr
   * @param {string} value
   */
  var withValue = (attr, value) => attr.replace("]", `="${CSS.escape(value)}"]`);
  /** @returns {HTMLElement[]} */
  var pagesOf = () => Array.prototype.slice.call(document.querySelectorAll(N().pages));
  /** @param {import("../../contract/layout/preview-facts.js").FrameReport | { type: "folio:frame-error"; message: string }} message */
  var report = (message) => {
    // A frame laid out from srcdoc (a patch) has the viewer's origin but reports "null" as its own.
    if (window.parent !== window)
      window.parent.postMessage(message, location.origin === "null" ? window.parent.location.origin : location.origin);
  };

  /**
   * Which pages a fit-check warning is about (see src/browser/paged/fit-check.js for the texts).
   * @param {string} text
   * @param {HTMLElement[]} pages
   * @returns {number[]}
   */
  function pagesFor(text, pages) {
    var m = /^page (\d+):/.exec(text);
    if (m) return [Number(m[1])];
    var article = /^article (\S+) /.exec(text);
    var role = /^(\S+) page /.exec(text);
    /** @type {string | null} */
    var sel = null;
    if (article) sel = withValue(N().article, article[1]);
    else if (role) sel = withValue(N().pageRole, role[1]);
    if (!sel) return [];
    /** @type {number[]} */
    var out = [];
    pages.forEach((p, i) => {
      if (p.querySelector(/** @type {string} */ (sel))) out.push(i + 1);
    });
    return out;
  }

  /** @param {HTMLElement} page @param {string} text */
  function mark(page, text) {
    page.classList.add("folio-warn");
    var label = page.querySelector(":scope > .folio-warn-label");
    if (!label) {
      label = document.createElement("div");
      label.className = "folio-warn-label";
      page.appendChild(label);
    }
    var line = document.createElement("div");
    line.textContent = `⚠ ${text}`;
    label.appendChild(line);
  }

  /**
   * Printed folio of each page, null on covers (same rule as folios() in src/render/print/page-map.ts).
   * @param {HTMLElement[]} pages
   * @returns {(number | null)[]}
   */
  function foliosOf(pages) {
    var n = 0;
    return pages.map((p) => {
      var cover = N().coverRoles.some((r) => p.querySelector(withValue(N().pageRole, r)));
      return cover ? null : ++n;
    });
  }

  // The copyfit of the last build (copyfit.json next to print.html, written by the preview build):
  // each run over or short gets a label on the page its first article starts on.
  /**
   * @param {HTMLElement[]} pages
   * @param {{ entries?: { articleId: string; status: string; text: string }[]; stale?: boolean }} data
   * @returns {import("../../contract/layout/preview-facts.js").FrameCopyfit[]}
   */
  function markCopyfit(pages, data) {
    /** @type {import("../../contract/layout/preview-facts.js").FrameCopyfit[]} */
    var out = [];
    (data.entries || []).forEach((c) => {
      var title = document.querySelector(withValue(N().articleTitle, c.articleId));
      var page = title ? /** @type {HTMLElement | null} */ (title.closest(N().page)) : null;
      var n = page ? pages.indexOf(page) + 1 : 0;
      if (c.status !== "fits" && page) {
        page.classList.add(`folio-copyfit-${c.status}`);
        const label = document.createElement("div");
        label.className = `folio-copyfit-label ${c.status}`;
        label.textContent = `字数 ${c.text}${data.stale ? "（稿件已改，重新 folio build 后更新）" : ""}`;
        page.appendChild(label);
      }
      out.push({ text: c.text, status: c.status, page: n });
    });
    return out;
  }

  /**
   * Labels this file put on the pages (removed before a new report: a patched issue is reported again).
   * @param {HTMLElement[]} pages
   */
  function unmark(pages) {
    pages.forEach((p) => {
      Array.prototype.slice
        .call(p.querySelectorAll(":scope > .folio-warn-label, :scope > .folio-copyfit-label"))
        .forEach((l) => {
          l.remove();
        });
      p.classList.remove("folio-warn", "folio-copyfit-over", "folio-copyfit-short");
    });
  }

  // What there is, for the viewer (after Paged.js, and again by the viewer after it patched pages in).
  window.folioReport = () => {
    var pages = pagesOf();
    unmark(pages);
    var warnings = (window[N().globals.warnings] || []).map((text) => {
      var on = pagesFor(text, pages);
      on.forEach((n) => {
        if (pages[n - 1]) mark(pages[n - 1], text);
      });
      return { text: text, pages: on };
    });
    var folios = foliosOf(pages);
    var toc = Array.prototype.slice
      .call(document.querySelectorAll(`${N().articleTitle}:not(${N().splitFrom})`))
      .map(
        /** @param {HTMLElement} h @returns {import("../../contract/layout/preview-facts.js").FrameTocLine} */ (h) => {
          var article = h.closest(N().article);
          return {
            id: h.getAttribute("data-article-title"),
            title: h.textContent.trim(),
            section: article ? article.getAttribute("data-section") : "",
            page: pages.indexOf(/** @type {HTMLElement} */ (h.closest(N().page))) + 1,
          };
        },
      )
      .map((e) => {
        e.folio = e.page > 0 ? folios[e.page - 1] : null;
        return e;
      });
    /** @param {import("../../contract/layout/preview-facts.js").FrameCopyfit[]} copyfit */
    var done = (copyfit) => {
      document.documentElement.classList.add("folio-rendered");
      report({
        type: "folio:rendered",
        pages: pages.length,
        folios: folios,
        toc: toc,
        warnings: warnings,
        copyfit: copyfit,
        padding: window[N().globals.padding] || null,
      });
    };
    fetch("copyfit.json")
      .then((r) => (r.ok ? r.json() : { entries: [] }))
      .then((data) => {
        done(markCopyfit(pages, data));
      })
      .catch(() => {
        done([]);
      });
  };

  // The stylesheets Paged.js takes (the same choice as its Previewer.removeStyles, which removes
  // them from the page): kept for laying out again in this document (folioRelayout).
  /** @typedef {{ href?: string | null; text?: string | null }} TakenStyle */
  /** @type {TakenStyle[] | null} */
  var stylesheets = null;
  /** @returns {TakenStyle[]} */
  function pagedStylesheets() {
    var els = Array.prototype.slice.call(
      document.querySelectorAll(
        "link[rel='stylesheet']:not([data-pagedjs-ignore], [media~='screen']), style:not([data-pagedjs-inserted-styles], [data-pagedjs-ignore], [media~='screen'])",
      ),
    );
    return els.map((el) => {
      if (el.nodeName === "LINK") return { href: el.getAttribute("href") };
      return { text: el.textContent };
    });
  }
  // As Paged.js's polisher takes them: a URL, or { [page URL]: text }; links resolved against the
  // given base (a relayout lays out a newer build's files).
  /**
   * @param {TakenStyle[]} list
   * @param {string} base
   * @returns {(string | Record<string, string>)[]}
   */
  function forPolisher(list, base) {
    return list.map((s) => {
      if (s.href !== undefined) return new URL(/** @type {string} */ (s.href), base).href;
      /** @type {Record<string, string>} */
      var o = {};
      o[window.location.href] = /** @type {string} */ (s.text);
      return o;
    });
  }

  window.PagedConfig = {
    auto: true,
    before: () => {
      stylesheets = pagedStylesheets();
    },
    after: () => {
      window.folioReport();
    },
  };

  // Lay out other content in this document, with the same styles and handlers: the faces already
  // loaded here stay loaded, so a patch does not load a new page, fonts.css and the fonts again.
  /** @type {Paged.Previewer | null} */
  var previewer = null;
  window.folioRelayout = (bodyHtml, baseHref) => {
    var last = previewer || window.PagedPolyfill;
    // The document's <base> stays: changing it makes the browser load fonts.css again, with new
    // (unloaded) faces. Addresses in the new content and the stylesheets resolve against baseHref.
    var at = baseHref || document.baseURI;
    document.documentElement.classList.remove("folio-rendered");
    if (last?.polisher) last.polisher.destroy();
    if (last?.chunker?.pagesArea) last.chunker.destroy();
    var template = document.createElement("template");
    template.innerHTML = bodyHtml;
    Array.prototype.slice.call(template.content.querySelectorAll("[src]")).forEach((el) => {
      el.setAttribute("src", new URL(el.getAttribute("src"), at).href);
    });
    previewer = new window.Paged.Previewer();
    previewer
      .preview(template.content, forPolisher(/** @type {TakenStyle[]} */ (stylesheets), at), document.body)
      .then(() => {
        window.folioReport();
      })
      .catch((e) => {
        report({ type: "folio:frame-error", message: String(e?.message || e) });
      });
  };

  window.addEventListener("error", (e) => {
    report({ type: "folio:frame-error", message: String(e.message || e) });
  });
  window.addEventListener("unhandledrejection", (e) => {
    report({ type: "folio:frame-error", message: String(e.reason?.message || e.reason) });
  });
})();
