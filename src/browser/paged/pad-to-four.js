/* Paged.js handler (runs in the page): saddle stitch needs a page count that is a multiple of 4.
   The HTML carries 3 planned notes pages ([data-page-role="pad"]) before 封三; after layout keep
   only as many as needed, then renumber the pages that follow (left/right, ids).
   Same arithmetic as src/render/print/padding.ts. */
class FolioPadToFour extends Paged.Handler {
  afterRendered() {
    const N = window.FolioNames;
    const all = () => Array.from(document.querySelectorAll(N.pages));
    const pages = all();
    // Laid out run by run, the build decides the notes pages from the count (run-pass.ts).
    if (window[N.globals.runLayout]) {
      window[N.globals.padding] = { base: pages.length, kept: 0, removed: 0, available: 0 };
      return;
    }
    const pads = pages.filter((p) => p.querySelector(N.pageRole.replace("]", `="${N.roles.pad}"]`)));
    const base = pages.length - pads.length;
    const needed = (4 - (base % 4)) % 4;
    const removed = pads.slice(needed);
    removed.forEach((p) => p.remove());
    /** @type {HTMLElement[]} */ (all()).forEach((page, i) => {
      const right = i % 2 === 0;
      page.classList.toggle(N.rightPage, right);
      page.classList.toggle(N.leftPage, !right);
      page.classList.toggle(N.firstPage, i === 0);
      page.id = `page-${i + 1}`;
      page.dataset.pageNumber = String(i + 1);
    });
    window[N.globals.padding] = {
      base,
      kept: Math.min(needed, pads.length),
      removed: removed.length,
      available: pads.length,
    };
  }
}
Paged.registerHandlers(FolioPadToFour);
