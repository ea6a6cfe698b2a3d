/* Reads the laid-out pages for the flatplan fitter (src/render/print/read-layout.ts): evaluated in
   the page as a script, its value is the measures (src/flatplan/measure.ts, Layout). Names from the
   layout contract (window.FolioNames). Not a handler; not loaded with them. */
(() => {
  const N = window.FolioNames;
  const MM = 25.4 / 96;
  const pages = Array.from(document.querySelectorAll(N.pages));
  const anyBody = document.querySelector(N.articleBody);
  const gridPx = anyBody ? parseFloat(getComputedStyle(anyBody).lineHeight) : 16;
  const bodyFont = anyBody ? parseFloat(getComputedStyle(anyBody).fontSize) : 12;
  const contentPage = pages.find((p) => p.querySelector(N.articleBody));
  const areaHeight = contentPage
    ? /** @type {Element} */ (contentPage.querySelector(N.pageContent)).getBoundingClientRect().height
    : 0;
  const linesPerColumn = Math.floor(areaHeight / gridPx + 0.02);
  /** @type {Record<string, number[]>} */
  const pagesOf = {};
  /** @type {number[]} */
  const fill = [];
  pages.forEach((p, index) => {
    const area = p.querySelector(N.pageContent);
    const box = area ? area.getBoundingClientRect() : null;
    let bottom = box ? box.top : 0;
    /** @type {NodeListOf<HTMLElement>} */ (p.querySelectorAll(N.article)).forEach((el) => {
      const id = /** @type {string} */ (el.dataset.articleId);
      if (!pagesOf[id]) pagesOf[id] = [];
      const list = pagesOf[id];
      if (!list.includes(index)) list.push(index);
      el.querySelectorAll("p, h1, h2, h3, h4, figure, li, blockquote, aside, table, .article-head").forEach((c) => {
        const r = c.getBoundingClientRect();
        if (r.height > 0) bottom = Math.max(bottom, r.bottom);
      });
    });
    fill.push(box && box.height > 0 ? Math.min(1, Math.max(0, (bottom - box.top) / box.height)) : 0);
  });
  // Columns of an article body: count, column width, characters of the body size per line.
  /** @param {Element} body */
  const columnsOf = (body) => {
    const cs = getComputedStyle(body);
    const count = parseInt(cs.columnCount, 10) || 1;
    const gap = count > 1 ? parseFloat(cs.columnGap) || 0 : 0;
    const width = body.getBoundingClientRect().width;
    const colWidth = (width - (count - 1) * gap) / count;
    return { count, width, colWidth, chars: Math.floor(colWidth / bodyFont + 0.02) };
  };
  // The head of an article (section label, head, lead) on its first page, in grid lines, without the
  // space the fitter added around it and without an opening photo.
  /** @param {Element} article @param {Element} body */
  const headLinesOf = (article, body) => {
    const top = article.getBoundingClientRect().top;
    const opener = article.querySelector(":scope > figure.opener");
    const extra = Math.max(0, parseFloat(getComputedStyle(article).getPropertyValue("--head-space")) || 0);
    const h =
      (body.getBoundingClientRect().top - top) / gridPx -
      (opener ? opener.getBoundingClientRect().height / gridPx : 0) -
      extra;
    return Math.max(0, Math.round(h));
  };
  /** @type {Record<string, { columns: number; charsPerLine: number; headLines: number }>} */
  const articles = {};
  document.querySelectorAll(`${N.article} > ${N.articleBody}`).forEach((body) => {
    const article = /** @type {HTMLElement} */ (body.parentElement);
    const id = /** @type {string} */ (article.dataset.articleId);
    if (articles[id]) return;
    const c = columnsOf(body);
    articles[id] = { columns: c.count, charsPerLine: c.chars, headLines: headLinesOf(article, body) };
  });
  const figures = Array.from(
    document.querySelectorAll(`${N.articleBody} > figure.figure[id], ${N.article} > figure.figure[id]`),
  ).map((fig) => {
    const article = /** @type {HTMLElement} */ (fig.closest(N.article));
    const body = article.querySelector(N.articleBody) || /** @type {Element} */ (fig.parentElement);
    const c = columnsOf(body);
    const img = fig.querySelector("img");
    const r = fig.getBoundingClientRect();
    const ir = img ? img.getBoundingClientRect() : { top: r.top, height: 0 };
    // The caption is set over the foot of the photo: the photo shows down to the caption.
    const cap = fig.querySelector("figcaption");
    const shown = cap ? cap.getBoundingClientRect().top - ir.top : ir.height;
    return {
      id: fig.id,
      articleId: article.dataset.articleId,
      lines: r.height / gridPx,
      wide: getComputedStyle(fig).columnSpan === "all" || fig.classList.contains("opener"),
      widthMm: r.width * MM,
      columnWidthMm: c.colWidth * MM,
      wideWidthMm: c.width * MM,
      chromeLines: (r.height - shown) / gridPx,
      px: { width: img ? img.naturalWidth : 0, height: img ? img.naturalHeight : 0 },
    };
  });
  // Body paragraphs (fragments split across columns or pages share data-ref): lines, last line.
  const range = document.createRange();
  /** @param {Element} el */
  const lastLineChars = (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    /** @type {Text[]} */
    const nodes = [];
    while (walker.nextNode()) nodes.push(/** @type {Text} */ (walker.currentNode));
    /** @type {number | null} */
    let top = null;
    let count = 0;
    for (let n = nodes.length - 1; n >= 0; n--) {
      const t = nodes[n].data;
      for (let i = t.length - 1; i >= 0; i--) {
        if (/\s/.test(t[i])) continue;
        range.setStart(nodes[n], i);
        range.setEnd(nodes[n], i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (top === null) top = rect.top;
        else if (Math.abs(rect.top - top) > gridPx / 2) return count;
        count++;
      }
    }
    return count;
  };
  /** @type {Map<string | undefined, { id: string; articleId: string | undefined; parts: HTMLElement[] }>} */
  const byRef = new Map();
  /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(`${N.articleBody} > p[data-ref]`)).forEach((p) => {
    const plain = !p.className || p.classList.contains("continued");
    if (!plain) return;
    const ref = p.dataset.ref;
    const entry = byRef.get(ref) || {
      id: p.id,
      articleId: /** @type {HTMLElement} */ (p.closest(N.article)).dataset.articleId,
      parts: [],
    };
    if (!entry.id && p.id) entry.id = p.id;
    entry.parts.push(p);
    byRef.set(ref, entry);
  });
  const paragraphs = Array.from(byRef.values())
    .filter((e) => e.id)
    .map((e) => ({
      id: e.id,
      articleId: e.articleId,
      lines: e.parts.reduce((s, p) => s + Math.round(p.getBoundingClientRect().height / gridPx), 0),
      lastChars: lastLineChars(e.parts[e.parts.length - 1]),
      chars: e.parts.reduce((s, p) => s + p.textContent.length, 0),
    }));
  const map = window[N.globals.pageMap] || [];
  return {
    pagesOf,
    fill,
    linesPerColumn,
    gridMm: gridPx * MM,
    articles,
    figures,
    paragraphs,
    pageStarts: pages.map((_, i) => map[i]?.start || null),
  };
})();
