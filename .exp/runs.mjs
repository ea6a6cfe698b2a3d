import { openPaginator } from "/work/main/lib/render/print/paginate.js";
import { writeFileSync } from "node:fs";
const file = "/work/main/dist/2022-08/html/print.html";
const p = await openPaginator({});
try {
  const t0 = performance.now();
  const pass = await p.layout(file, ["/work/main/dist/2022-08/html/proxies/proxies.js", "/work/main/.exp/capture.js"]);
  console.log("whole issue", pass.pages.length, "pages", Math.round(performance.now() - t0), "ms");
  const page = pass.page;
  // groups of top-level elements: a new group at every element that is not a run-on
  const groups = await page.evaluate(() => {
    const t = document.createElement("template"); t.innerHTML = window.__source;
    const kids = Array.from(t.content.children).filter((e) => e.nodeName !== "TEMPLATE" && e.nodeName !== "SCRIPT");
    const out = [];
    for (const k of kids) { if (!out.length || !k.classList.contains("run-on")) out.push([]); out[out.length - 1].push(k.outerHTML); }
    return out.map((g) => g.join(""));
  });
  console.log("runs", groups.length);
  let layoutMs = 0, pdfMs = 0, pages = 0; const rows = [];
  for (let i = 0; i < groups.length; i++) {
    const t1 = performance.now();
    const n = await page.evaluate(async (html) => {
      const last = window.__prev || window.PagedPolyfill;
      if (last && last.polisher) last.polisher.destroy();
      if (last && last.chunker && last.chunker.pagesArea) last.chunker.destroy();
      const t = document.createElement("template"); t.innerHTML = html;
      const prev = new window.Paged.Previewer(); window.__prev = prev;
      const flow = await prev.preview(t.content, window.__sheets, document.body);
      return document.querySelectorAll(".pagedjs_pages > .pagedjs_page").length;
    }, groups[i]);
    const t2 = performance.now();
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, tagged: true });
    const t3 = performance.now();
    layoutMs += t2 - t1; pdfMs += t3 - t2; pages += n;
    rows.push([i, n, Math.round(t2 - t1), Math.round(t3 - t2), pdf.length]);
  }
  console.log(rows.map((r) => r.join("\t")).join("\n"));
  console.log("sum: pages", pages, "layout", Math.round(layoutMs), "pdf", Math.round(pdfMs));
} finally { await p.close(); }
