/* The preview viewer. Listens to the server's build states (Server-Sent Events), loads each new
   good build in a hidden frame and swaps it in once Paged.js has laid it out (so the old pages
   stay visible meanwhile, and the reader keeps their place), and shows problems as an overlay. */
"use strict";
const $ = (id) => document.getElementById(id);
const stage = $("stage");
const view = { spreads: false, zoom: Number($("zoom").value) };
let shown = null; // { frame, version, pages, folios }
let pending = null; // { frame, version }
let lastState = null;
// For tests and measurements.
window.folioPreview = { shownVersion: 0, renders: 0, pages: 0, status: "loading", warnings: [], toc: [], errors: [], renderedAt: 0 };

function setStatus(status, text) {
  document.body.dataset.status = status;
  window.folioPreview.status = status;
  $("status").textContent = text;
}

function frameDoc() {
  return shown && shown.frame.contentDocument;
}
function pageEls() {
  const doc = frameDoc();
  // The frame's own copy of folio's DOM names (src/browser/paged/names.js).
  const names = doc && shown.frame.contentWindow.FolioNames;
  return names ? Array.from(doc.querySelectorAll(names.pages)) : [];
}
function currentPage() {
  const pages = pageEls();
  const i = pages.findIndex((p) => p.getBoundingClientRect().bottom > 40);
  return i < 0 ? 1 : i + 1;
}
function goTo(n, mark = true) {
  const pages = pageEls();
  if (!pages.length) return;
  const page = pages[Math.min(Math.max(1, Math.round(n)), pages.length) - 1];
  pages.forEach((p) => p.classList.toggle("folio-current", mark && p === page));
  page.scrollIntoView({ block: "start" });
}
function showCurrent() {
  const n = currentPage();
  const folio = shown && shown.folios ? shown.folios[n - 1] : null;
  $("current-page").textContent = `当前：PDF 第 ${n} 页` + (folio != null ? `（页码 ${folio}）` : "（封面）");
}
function applyView(frame) {
  const root = frame.contentDocument && frame.contentDocument.documentElement;
  if (!root) return;
  root.classList.toggle("folio-spreads", view.spreads);
  root.style.setProperty("--folio-zoom", String(view.zoom));
}

function load(version) {
  if (pending) pending.frame.remove();
  const frame = document.createElement("iframe");
  frame.className = "pending";
  frame.title = "paginated issue";
  frame.src = `/issue/${version}/print.html`;
  pending = { frame, version };
  stage.appendChild(frame);
  if (!lastState || lastState.status !== "error") setStatus("building", "正在排版…");
}

function showState(s) {
  lastState = s;
  $("issue-id").textContent = `folio 预览 ${s.issueId}`;
  document.title = `${s.issueId} · folio 预览`;
  window.folioPreview.errors = s.lines;
  $("errors").hidden = s.status !== "error";
  $("error-list").replaceChildren(...s.lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
  if (s.status === "error") setStatus("error", `${s.lines.length} 个错误`);
  const want = pending ? pending.version : shown ? shown.version : 0;
  if (s.goodVersion && s.goodVersion !== want) load(s.goodVersion);
  else if (s.status === "ok" && !pending && shown) setStatus("ok", "已更新");
}

function listItem(text, page, onClick) {
  const li = document.createElement("li");
  li.textContent = text;
  if (page) li.appendChild(Object.assign(document.createElement("span"), { className: "page", textContent: String(page) }));
  if (onClick) li.addEventListener("click", onClick);
  return li;
}

function rendered(frame, version, info) {
  const keep = shown ? currentPage() : 1;
  if (shown) shown.frame.remove();
  frame.classList.remove("pending");
  shown = { frame, version, pages: info.pages, folios: info.folios };
  pending = null;
  applyView(frame);
  frame.contentWindow.addEventListener("scroll", showCurrent, { passive: true });
  goTo(Math.min(keep, info.pages), false);
  showCurrent();
  $("page-count").textContent = String(info.pages);
  $("goto").max = String(info.pages);
  let section = null;
  const toc = [];
  for (const e of info.toc) {
    if (e.section && e.section !== section) toc.push(Object.assign(listItem(e.section), { className: "section" }));
    section = e.section;
    const li = listItem(e.title, e.folio != null ? e.folio : `PDF ${e.page}`, () => goTo(e.page));
    li.title = `printed page ${e.folio}, PDF page ${e.page}`;
    toc.push(li);
  }
  $("toc").replaceChildren(...toc);
  const label = (n) => (info.folios[n - 1] != null ? info.folios[n - 1] : `PDF ${n}`);
  const warnings = info.warnings.map((w) => listItem(w.text, w.pages.length ? label(w.pages[0]) : "", w.pages.length ? () => goTo(w.pages[0]) : null));
  $("warnings").replaceChildren(...(warnings.length ? warnings : [Object.assign(listItem("无"), { className: "none" })]));
  $("warning-count").textContent = String(warnings.length);
  $("warning-count").classList.toggle("has", warnings.length > 0);
  const fits = (info.copyfit || []).filter((c) => c.status !== "fits");
  const copyfit = fits.map((c) => listItem(c.text, c.page ? label(c.page) : "", c.page ? () => goTo(c.page) : null));
  $("copyfit").replaceChildren(...(copyfit.length ? copyfit : [Object.assign(listItem(info.copyfit && info.copyfit.length ? "全部合适" : "无（尚无排版记录：运行 folio build）"), { className: "none" })]));
  Object.assign(window.folioPreview, { shownVersion: version, pages: info.pages, warnings: info.warnings, toc: info.toc, copyfit: info.copyfit || [], renderedAt: Date.now() });
  window.folioPreview.renders++;
  if (!lastState || lastState.status !== "error") setStatus("ok", "已更新");
}

window.addEventListener("message", (e) => {
  if (e.origin !== location.origin || !e.data) return;
  if (pending && e.source === pending.frame.contentWindow) {
    if (e.data.type === "folio:rendered") rendered(pending.frame, pending.version, e.data);
    else if (e.data.type === "folio:frame-error") $("warnings").prepend(listItem(`预览出错：${e.data.message}`));
  }
});

const events = new EventSource("/_folio/events");
let lost = false;
events.addEventListener("state", (e) => showState(JSON.parse(e.data)));
events.addEventListener("building", () => {
  if (!lastState || lastState.status !== "error") setStatus("building", "正在更新…");
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
function setSpreads(on) {
  const keep = currentPage();
  view.spreads = on;
  $("view-single").setAttribute("aria-pressed", String(!on));
  $("view-spreads").setAttribute("aria-pressed", String(on));
  if (shown) applyView(shown.frame), goTo(keep, false);
}
$("zoom").addEventListener("change", () => {
  const keep = currentPage();
  view.zoom = Number($("zoom").value);
  if (shown) applyView(shown.frame), goTo(keep, false);
});
$("goto").addEventListener("change", () => goTo(Number($("goto").value)));
