/* Paged.js handler (runs in the page): blocks whose height the stylesheets cannot make a whole number
   of grid lines (tables, lists, quotes: borders, cells, nested margins) are measured at their column
   width before layout and given a min-height of whole grid lines, so the text after them stays on the
   baseline grid (--grid, styles/typography.css). */
class FolioGridSnap extends Paged.Handler {
  /** @param {DocumentFragment} content */
  async beforeParsed(content) {
    const N = window.FolioNames;
    const blocks = Array.from(
      /** @type {NodeListOf<HTMLElement>} */ (
        content.querySelectorAll([".table", ".list", ".quote"].map((c) => `${N.articleBody} > ${c}`).join(", "))
      ),
    );
    if (!blocks.length) return;
    await document.fonts.ready;
    const root = getComputedStyle(document.documentElement);
    const probe = document.createElement("div");
    probe.style.cssText = "position:absolute;left:-10000px;top:0;visibility:hidden;";
    document.body.appendChild(probe);
    try {
      for (const block of blocks) {
        const article = block.closest(N.article);
        const cols = article?.classList.contains("cols-3") ? 3 : article?.classList.contains("cols-1") ? 1 : 2;
        const width = cols === 1 ? root.getPropertyValue("--type-width") : root.getPropertyValue(`--col-width-${cols}`);
        const shell = document.createElement("article");
        shell.className = article ? article.className : "article";
        const body = document.createElement("div");
        body.className = "article-body";
        body.style.cssText = `columns:auto;column-count:1;width:${width.trim() || "80mm"};`;
        body.appendChild(block.cloneNode(true));
        shell.appendChild(body);
        probe.appendChild(shell);
        const grid = parseFloat(getComputedStyle(body).lineHeight) || 22;
        const height = /** @type {Element} */ (body.firstElementChild).getBoundingClientRect().height;
        block.style.minHeight = `${Math.ceil(height / grid - 0.01) * grid}px`;
        block.style.boxSizing = "border-box";
        probe.removeChild(shell);
      }
    } finally {
      probe.remove();
    }
  }
}
Paged.registerHandlers(FolioGridSnap);
