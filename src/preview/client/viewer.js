/* The preview viewer. Listens to the server's build states (Server-Sent Events); for each new good
   build, patches the changed articles' pages into the pages on show (see update()), or loads the
   whole issue in a hidden frame and swaps it in once Paged.js has laid it out (so the old pages
   stay visible meanwhile, and the reader keeps their place); shows problems as an overlay. */
"use strict";
/**
 * @typedef {import("../../contract/layout/preview-facts.js").FrameReport} FrameReport
 * @typedef {{
 *   frame: HTMLIFrameElement; version: number; html?: string | null; pages: number; folios: (number | null)[];
 *   patchedTo?: { version: number; html?: string | null };
 * }} Shown
 * @typedef {{ frame: HTMLIFrameElement; version: number; html?: string | null }} Pending
 * @typedef {{ frame: HTMLIFrameElement; version: number; html: string; head: string; first: number; count: number; spacer: boolean }} Slice
 * @typedef {{ status: string; issueId: string; lines: string[]; goodVersion?: number; compare?: string; direction?: string }} BuildState
 */
/** An element of viewer.html (they are all there). @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ ($(id));
/** A frame's window (a frame in the document has one). @param {HTMLIFrameElement} frame */
const win = (frame) => /** @type {Window} */ (frame.contentWindow);
const stage = $("stage");
const view = { spreads: false, zoom: Number(input("zoom").value) };
/** @type {Shown | null} */
let shown = null;
/** @type {Pending | null} */
let pending = null;
/** @type {BuildState | null} */
let lastState = null;
// For tests and measurements.
window.folioPreview = {
  shownVersion: 0,
  renders: 0,
  patches: 0,
  warmPatches: 0,
  warmedUp: 0,
  lastPatch: null,
  pages: 0,
  status: "loading",
  warnings: [],
  toc: [],
  errors: [],
  renderedAt: 0,
};

/** @param {string} status @param {string} text */
function setStatus(status, text) {
  document.body.dataset.status = status;
  window.folioPreview.status = status;
  $("status").textContent = text;
}

function frameDoc() {
  return shown?.frame.contentDocument;
}
function pageEls() {
  const doc = frameDoc();
  // The frame's own copy of folio's DOM names (src/contract/layout/names.cjs).
  const names = doc && win(/** @type {Shown} */ (shown).frame).FolioNames;
  return names
    ? Array.from(/** @type {NodeListOf<HTMLElement>} */ (/** @type {Document} */ (doc).querySelectorAll(names.pages)))
    : [];
}
function currentPage() {
  const pages = pageEls();
  const i = pages.findIndex((p) => p.getBoundingClientRect().bottom > 40);
  return i < 0 ? 1 : i + 1;
}
/** @param {number} n */
function goTo(n, mark = true) {
  const pages = pageEls();
  if (!pages.length) return;
  const page = pages[Math.min(Math.max(1, Math.round(n)), pages.length) - 1];
  pages.forEach((p) => p.classList.toggle("folio-current", mark && p === page));
  page.scrollIntoView({ block: "start" });
}
function showCurrent() {
  const n = currentPage();
  const folio = shown?.folios ? shown.folios[n - 1] : null;
  $("current-page").textContent = `当前：PDF 第 ${n} 页${folio != null ? `（页码 ${folio}）` : "（封面）"}`;
}
/** @param {HTMLIFrameElement} frame */
function applyView(frame) {
  const root = frame.contentDocument?.documentElement;
  if (!root) return;
  root.classList.toggle("folio-spreads", view.spreads);
  // A right-to-left edition is bound on its right: its spreads read from the right.
  root.classList.toggle("folio-rtl", lastState?.direction === "rtl");
  root.style.setProperty("--folio-zoom", String(view.zoom));
}

/** @param {number} version @param {string} [html] */
function load(version, html) {
  dropSlice();
  if (pending) pending.frame.remove();
  const frame = document.createElement("iframe");
  frame.className = "pending";
  frame.title = "paginated issue";
  frame.src = `/issue/${version}/print.html`;
  pending = { frame, version, html };
  stage.appendChild(frame);
  if (lastState?.status !== "error") setStatus("building", "正在排版…");
}

/* Patching in place. When the new build differs from the one on show only in articles, those
   articles — with every article sharing a page with them — are laid out alone in a hidden frame
   (same styles, same handlers, the issue's running-head strings, a blank first page when they start
   on a left page), and their pages replace the old ones, if there are as many; the folios follow
   from the page counter of the issue on show. Anything else loads the whole issue. */
/** @type {Slice | null} */
let slice = null;
// The frame of the last patch, kept (hidden) to lay out the next one in the same document: its
// fonts are loaded and its scripts run. Used only while the new build's <head> is the same.
/** @type {{ frame: HTMLIFrameElement; head: string } | null} */
let warm = null;

function dropSlice() {
  if (slice) slice.frame.remove();
  slice = null;
}

/** The blank first page a frame lays out (a blank cover, as 封二 is when it has nothing). */
const BLANK_PAGE = '<section class="cover blank-cover" aria-hidden="true"></section>';

/** A hidden frame's document: the issue's <head> (its files from build `version`) over `body`.
 * @param {Document} issue @param {number} version @param {string} body */
function frameDocument(issue, version, body) {
  const base = new URL(`/issue/${version}/`, location.href).href;
  const doc = `<!DOCTYPE html><html lang="${issue.documentElement.lang}"><head><base href="${base}">${issue.head.innerHTML}</head><body>${body}</body></html>`;
  return { doc, base };
}

/* Warming up. A frame laid out once has its fonts loaded and Paged.js parsed: the first patch in a
   fresh frame took about 0.4 s more than the next ones. So once a whole issue is on show, a hidden
   frame with the same <head> lays out one blank page, and the first edit's patch uses it. */
/** @type {{ frame: HTMLIFrameElement; head: string } | null} */
let warming = null;

/** @param {number} version @param {string | null | undefined} html */
function warmUp(version, html) {
  if (!html || slice) return;
  const now = new DOMParser().parseFromString(html, "text/html");
  const head = now.head.innerHTML;
  if ((warm && warm.head === head) || (warming && warming.head === head)) return;
  if (warming) warming.frame.remove();
  const frame = document.createElement("iframe");
  frame.className = "pending";
  frame.title = "pages laid out ahead of the next edit";
  frame.srcdoc = frameDocument(now, version, BLANK_PAGE).doc;
  warming = { frame, head };
  stage.appendChild(frame);
}

/** @param {number} version */
async function update(version) {
  const html = await fetch(`/issue/${version}/print.html`).then(
    (r) => (r.ok ? r.text() : null),
    () => null,
  );
  if (lastState && lastState.goodVersion !== version) return; // a newer build came meanwhile
  const plan = html && shown?.html && !pending ? planPatch(shown.html, html, version) : null;
  if (!plan) return load(version, html || undefined);
  dropSlice();
  const reuse =
    warm &&
    warm.head === plan.head &&
    warm.frame.contentWindow &&
    /** @type {Partial<Window>} */ (warm.frame.contentWindow).folioRelayout
      ? warm.frame
      : null;
  if (warm && !reuse) warm.frame.remove();
  warm = null;
  if (warming) warming.frame.remove(); // not ready in time, or for another <head>
  warming = null;
  const frame = reuse || document.createElement("iframe");
  slice = {
    frame,
    version,
    html: /** @type {string} */ (html),
    head: plan.head,
    first: plan.first,
    count: plan.count,
    spacer: plan.spacer,
  };
  if (reuse) {
    window.folioPreview.warmPatches++;
    win(frame).folioRelayout(plan.body, plan.base);
  } else {
    frame.className = "pending";
    frame.title = "pages being laid out";
    frame.srcdoc = plan.doc;
    stage.appendChild(frame);
  }
  if (lastState?.status !== "error") setStatus("building", "正在排版…");
}

/** @param {string} oldHtml @param {string} newHtml @param {number} version */
function planPatch(oldHtml, newHtml, version) {
  const N = win(/** @type {Shown} */ (shown).frame).FolioNames;
  if (!N) return null;
  /** @param {string} h */
  const parse = (h) => new DOMParser().parseFromString(h, "text/html");
  const was = parse(oldHtml);
  const now = parse(newHtml);
  if (was.head.innerHTML !== now.head.innerHTML) return null;
  const before = Array.from(was.body.children);
  const after = /** @type {HTMLElement[]} */ (Array.from(now.body.children));
  if (before.length !== after.length) return null;
  /** @param {Element} el @returns {string[]} */
  const idsOf = (el) =>
    /** @type {HTMLElement[]} */ ([el, ...el.querySelectorAll(N.article)])
      .filter((e) => e.matches(N.article))
      .map((e) => /** @type {string} */ (e.dataset.articleId));
  const changed = after.filter((el, i) => el.outerHTML !== before[i].outerHTML);
  if (!changed.length || changed.some((el) => !idsOf(el).length)) return null;
  // The pages on show that hold the changed articles, grown until no article on them runs beyond.
  const pages = pageEls();
  /** @param {string} id */
  const on = (id) =>
    pages.flatMap((p, i) => (p.querySelector(N.article.replace("]", `="${CSS.escape(id)}"]`)) ? [i] : []));
  let ids = new Set(changed.flatMap(idsOf));
  let first = Infinity;
  let last = -1;
  for (let grown = true; grown; ) {
    grown = false;
    for (const id of ids) {
      for (const i of on(id)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    for (let i = first; i <= last; i++) {
      for (const el of /** @type {NodeListOf<HTMLElement>} */ (pages[i].querySelectorAll(N.article))) {
        if (!ids.has(/** @type {string} */ (el.dataset.articleId))) {
          ids = new Set([...ids, /** @type {string} */ (el.dataset.articleId)]);
          grown = true;
        }
      }
    }
  }
  if (last < 0) return null;
  // Those articles in the new build (and any filler page between them); nothing else may be in between.
  const index = after.map((el) => idsOf(el).some((id) => ids.has(id)));
  const lo = index.indexOf(true);
  const hi = index.lastIndexOf(true);
  const kids = after.slice(lo, hi + 1);
  if (kids.some((el, k) => !index[lo + k] && el.dataset.pageRole !== N.roles.filler)) return null;
  const strings = Array.from(now.querySelectorAll(N.issueStrings))
    .map((e) => e.outerHTML)
    .join("");
  const spacer = first % 2 === 1; // PDF page index odd: a left page, so lay out after one blank page
  // The strings go inside the first article (a box of their own would take a page); the blank first
  // page is a blank cover, as 封二 is when it has nothing.
  const body =
    (spacer ? BLANK_PAGE : "") +
    kids.map((k, i) => (i === 0 ? k.outerHTML.replace(/^(<[^>]*>)/, `$1${strings}`) : k.outerHTML)).join("");
  const { doc, base } = frameDocument(now, version, body);
  return { doc, body, base, head: now.head.innerHTML, first, count: last - first + 1, spacer };
}

/** @param {BuildState} s */
function showState(s) {
  lastState = s;
  $("issue-id").textContent = `folio 预览 ${s.issueId}`;
  const compare = /** @type {HTMLAnchorElement} */ ($("compare"));
  compare.hidden = !(s.compare && s.goodVersion);
  if (s.compare && s.goodVersion) compare.href = `/issue/${s.goodVersion}/${s.compare}`;
  document.title = `${s.issueId} · folio 预览`;
  window.folioPreview.errors = s.lines;
  $("errors").hidden = s.status !== "error";
  $("error-list").replaceChildren(
    ...s.lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })),
  );
  if (s.status === "error") setStatus("error", `${s.lines.length} 个错误`);
  const want = pending ? pending.version : slice ? slice.version : shown ? shown.version : 0;
  if (s.goodVersion && s.goodVersion !== want) {
    if (slice || pending) dropSlice();
    update(s.goodVersion);
  } else if (s.status === "ok" && !pending && !slice && shown) setStatus("ok", "已更新");
}

/**
 * @param {string} text
 * @param {string | number | null} [page]
 * @param {(() => void) | null} [onClick]
 */
function listItem(text, page, onClick) {
  const li = document.createElement("li");
  li.textContent = text;
  if (page)
    li.appendChild(Object.assign(document.createElement("span"), { className: "page", textContent: String(page) }));
  if (onClick) li.addEventListener("click", onClick);
  return li;
}

/**
 * @param {HTMLIFrameElement} frame
 * @param {number} version
 * @param {FrameReport} info
 * @param {string | null} [html]
 */
function rendered(frame, version, info, html) {
  const patched = shown && shown.frame === frame;
  const keep = shown ? currentPage() : 1;
  if (shown && !patched) shown.frame.remove();
  frame.classList.remove("pending");
  shown = { frame, version, html, pages: info.pages, folios: info.folios };
  if (!patched) {
    pending = null;
    applyView(frame);
    win(frame).addEventListener("scroll", showCurrent, { passive: true });
    goTo(Math.min(keep, info.pages), false);
    warmUp(version, html);
  }
  showCurrent();
  $("page-count").textContent = String(info.pages);
  input("goto").max = String(info.pages);
  /** @type {string | null} */
  let section = null;
  /** @type {HTMLLIElement[]} */
  const toc = [];
  for (const e of info.toc) {
    if (e.section && e.section !== section) toc.push(Object.assign(listItem(e.section), { className: "section" }));
    section = e.section;
    const li = listItem(e.title, e.folio != null ? e.folio : `PDF ${e.page}`, () => goTo(e.page));
    li.title = `printed page ${e.folio}, PDF page ${e.page}`;
    toc.push(li);
  }
  $("toc").replaceChildren(...toc);
  /** @param {number} n */
  const label = (n) => (info.folios[n - 1] != null ? info.folios[n - 1] : `PDF ${n}`);
  const warnings = info.warnings.map((w) =>
    listItem(w.text, w.pages.length ? label(w.pages[0]) : "", w.pages.length ? () => goTo(w.pages[0]) : null),
  );
  $("warnings").replaceChildren(
    ...(warnings.length ? warnings : [Object.assign(listItem("无"), { className: "none" })]),
  );
  $("warning-count").textContent = String(warnings.length);
  $("warning-count").classList.toggle("has", warnings.length > 0);
  const fits = (info.copyfit || []).filter((c) => c.status !== "fits");
  const copyfit = fits.map((c) => listItem(c.text, c.page ? label(c.page) : "", c.page ? () => goTo(c.page) : null));
  $("copyfit").replaceChildren(
    ...(copyfit.length
      ? copyfit
      : [
          Object.assign(listItem(info.copyfit?.length ? "全部合适" : "无（尚无排版记录：运行 folio build）"), {
            className: "none",
          }),
        ]),
  );
  Object.assign(window.folioPreview, {
    shownVersion: version,
    pages: info.pages,
    warnings: info.warnings,
    toc: info.toc,
    copyfit: info.copyfit || [],
    renderedAt: Date.now(),
  });
  window.folioPreview.renders++;
  markSinceRound();
  if (lastState?.status !== "error") setStatus("ok", "已更新");
}

/**
 * Outlines the pages whose articles or photos changed since the last proof round (`folio proof`),
 * every page when a file every page shares changed (magazine.yaml, issue.yaml, templates, styles).
 */
async function markSinceRound() {
  /** @type {{ label: string; articles: string[]; photos: string[]; shared: string[] } | null} */
  const since = await fetch("/_folio/proof")
    .then((r) => r.json())
    .catch(() => null);
  const frame = shown?.frame;
  const N = frame && win(frame).FolioNames;
  /** @type {number[]} */
  const marked = [];
  pageEls().forEach((p, i) => {
    const hit =
      !!since &&
      !!N &&
      (since.shared.length > 0 ||
        since.articles.some((id) => p.querySelector(N.article.replace("]", `="${CSS.escape(id)}"]`))) ||
        Array.from(p.querySelectorAll("img")).some((img) =>
          since.photos.some((f) => decodeURIComponent(img.getAttribute("src") || "").endsWith(f)),
        ));
    p.classList.toggle("folio-proof-changed", hit);
    if (hit) marked.push(i + 1);
  });
  const el = $("proof-since");
  el.hidden = !since;
  el.textContent = since ? `自${since.label}以来改动 ${marked.length} 页` : "";
  window.folioPreview.sinceRound = since ? { label: since.label, pages: marked } : null;
}

/** The slice is laid out: its pages replace those on show, or the whole issue loads. */
function patch() {
  const { frame, version, html, first, count, spacer } = /** @type {Slice} */ (slice);
  const N = win(frame).FolioNames;
  const laid = Array.from(/** @type {Document} */ (frame.contentDocument).querySelectorAll(N.pages)).slice(
    spacer ? 1 : 0,
  );
  if (laid.length !== count) return load(version, html);
  const doc = /** @type {Document} */ (/** @type {Shown} */ (shown).frame.contentDocument);
  const old = pageEls();
  laid.forEach((p, i) => {
    // Absolute addresses: the issue on show resolves relative ones against its own build.
    /** @type {NodeListOf<HTMLImageElement>} */ (p.querySelectorAll("img[src]")).forEach((img) =>
      img.setAttribute("src", img.src),
    );
    const fresh = /** @type {HTMLElement} */ (doc.importNode(p, true));
    const target = old[first + i];
    fresh.id = target.id;
    fresh.dataset.pageNumber = target.dataset.pageNumber;
    for (const c of [N.rightPage, N.leftPage, N.firstPage]) fresh.classList.toggle(c, target.classList.contains(c));
    target.replaceWith(fresh);
  });
  warm = { frame: /** @type {Slice} */ (slice).frame, head: /** @type {Slice} */ (slice).head };
  slice = null;
  window.folioPreview.patches++;
  window.folioPreview.lastPatch = { first: first + 1, last: first + count };
  // Report the issue again (contents, warnings, copyfit marks), as a new version on show.
  /** @type {Shown} */ (shown).patchedTo = { version, html };
  win(/** @type {Shown} */ (shown).frame).folioReport();
}

window.addEventListener("message", (e) => {
  if (e.origin !== location.origin || !e.data) return;
  if (pending && e.source === pending.frame.contentWindow) {
    if (e.data.type === "folio:rendered") rendered(pending.frame, pending.version, e.data, pending.html);
    else if (e.data.type === "folio:frame-error") $("warnings").prepend(listItem(`预览出错：${e.data.message}`));
  } else if (slice && e.source === slice.frame.contentWindow) {
    if (e.data.type === "folio:rendered") patch();
    else if (e.data.type === "folio:frame-error") load(slice.version, slice.html);
  } else if (warming && e.source === warming.frame.contentWindow) {
    if (e.data.type === "folio:rendered") {
      if (warm) warm.frame.remove();
      warm = warming;
      window.folioPreview.warmedUp++;
    } else warming.frame.remove();
    warming = null;
  } else if (shown?.patchedTo && e.source === shown.frame.contentWindow && e.data.type === "folio:rendered") {
    const { version, html } = shown.patchedTo;
    rendered(shown.frame, version, e.data, html);
  }
});

const events = new EventSource("/_folio/events");
let lost = false;
events.addEventListener("state", (e) => showState(JSON.parse(e.data)));
events.addEventListener("building", () => {
  if (lastState?.status !== "error") setStatus("building", "正在更新…");
});
events.addEventListener("open", () => {
  // The server came back (restarted): its build numbers start again, so reload what it has.
  if (lost && shown) shown.version = -1;
  lost = false;
});
events.addEventListener("error", () => {
  lost = true;
  setStatus("error", "与预览服务器断开（folio preview 是否已停止？）");
});

$("view-single").addEventListener("click", () => setSpreads(false));
$("view-spreads").addEventListener("click", () => setSpreads(true));
/** @param {boolean} on */
function setSpreads(on) {
  const keep = currentPage();
  view.spreads = on;
  $("view-single").setAttribute("aria-pressed", String(!on));
  $("view-spreads").setAttribute("aria-pressed", String(on));
  if (shown) {
    applyView(shown.frame);
    goTo(keep, false);
  }
}
$("zoom").addEventListener("change", () => {
  const keep = currentPage();
  view.zoom = Number(input("zoom").value);
  if (shown) {
    applyView(shown.frame);
    goTo(keep, false);
  }
});
$("goto").addEventListener("change", () => goTo(Number(input("goto").value)));
