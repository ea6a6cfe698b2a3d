/* Paged.js handler (runs in the page): Paged.js 0.4.3 sets each running string as
   `--pagedjs-string-*: "text` without the closing quote (string-sets.js). One string() alone in a
   margin box survives that, but `string(a) " " string(b)` turns into an invalid `content`, and the
   running head disappears. Close the quotes after each page is laid out. */
class FolioStringSetQuotes extends Paged.Handler {
  /** @param {HTMLElement} pageElement */
  afterPageLayout(pageElement) {
    const style = pageElement.style;
    for (let i = 0; i < style.length; i++) {
      const name = style[i];
      if (!name.startsWith(window.FolioNames.runningString)) continue;
      const value = style.getPropertyValue(name).trim();
      if (value.startsWith('"') && (value.length === 1 || !value.endsWith('"') || value.endsWith('\\"'))) {
        style.setProperty(name, `${value}"`);
      }
    }
  }
}
Paged.registerHandlers(FolioStringSetQuotes);
