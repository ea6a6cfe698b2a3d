/* Paged.js handler (runs in the page): layout warnings the build reports (window.folioWarnings):
   a one-page profile or a cover/photo page that ran onto a second page, and text that lies
   outside the type area (it would be cut off). */
class FolioFitCheck extends Paged.Handler {
  afterRendered() {
    const N = window.FolioNames;
    const warnings = [];
    const pagesOf = new Map();
    document.querySelectorAll(N.pages).forEach((page, index) => {
      /** @type {NodeListOf<HTMLElement>} */ (page.querySelectorAll(`${N.article}, ${N.pageRole}`)).forEach((el) => {
        const key = el.dataset.articleId ? `article ${el.dataset.articleId}` : `${el.dataset.pageRole} page`;
        const single = el.classList.contains("variant-profile") || el.classList.contains("cover");
        if (!pagesOf.has(key)) pagesOf.set(key, { single, pages: new Set() });
        pagesOf.get(key).pages.add(index);
      });
      // Text that lies outside the type area is cut off in print (e.g. a multicol box that
      // overflowed into a column to the right of the page).
      const content = page.querySelector(N.pageContent);
      if (!content || page.querySelector(".cover")) return;
      const area = content.getBoundingClientRect();
      const out = Array.from(content.querySelectorAll("p, h1, h2, h3, h4, figure, li")).find((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > area.right + 2 || r.bottom > area.bottom + 2 || r.left < area.left - 2);
      });
      if (out)
        warnings.push(
          `page ${index + 1}: text outside the type area: “${(out.textContent || "").trim().slice(0, 20)}…”`,
        );
    });
    for (const [key, { single, pages }] of pagesOf) {
      if (single && pages.size > 1) warnings.push(`${key} should fit one page but takes ${pages.size}`);
    }
    window[N.globals.warnings] = warnings;
  }
}
Paged.registerHandlers(FolioFitCheck);
