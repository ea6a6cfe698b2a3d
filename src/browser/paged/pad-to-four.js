/* Paged.js handler (runs in the page): saddle stitch needs a page count that is a multiple of 4.
   The HTML carries 3 planned notes pages ([data-page-role="pad"]) before 封三; after layout keep
   only as many as needed, then renumber the pages that follow (left/right, ids).
   Same arithmetic as src/render/print/padding.ts. */
class FolioPadToFour extends Paged.Handler {
  afterRendered() {
    const all = () => Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
    const pages = all();
    const pads = pages.filter((p) => p.querySelector('[data-page-role="pad"]'));
    const base = pages.length - pads.length;
    const needed = (4 - (base % 4)) % 4;
    const removed = pads.slice(needed);
    removed.forEach((p) => p.remove());
    all().forEach((page, i) => {
      const right = i % 2 === 0;
      page.classList.toggle("pagedjs_right_page", right);
      page.classList.toggle("pagedjs_left_page", !right);
      page.classList.toggle("pagedjs_first_page", i === 0);
      page.id = `page-${i + 1}`;
      page.dataset.pageNumber = String(i + 1);
    });
    window.folioPadding = { base, kept: Math.min(needed, pads.length), removed: removed.length, available: pads.length };
  }
}
Paged.registerHandlers(FolioPadToFour);
