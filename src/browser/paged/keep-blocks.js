/* Paged.js handler (runs in the page): a figure or pull quote is one unbreakable block. In a column
   at a page end, Paged.js 0.4.3 neither splits nor moves a block that starts on the page and ends
   below it (its overflow test looks at where boxes start): the block then runs off the page. When
   such a block crosses the foot of the page, break before it, so it goes whole to the next page. */
class FolioKeepBlocks extends Paged.Handler {
  /**
   * @param {Range | undefined} overflow
   * @param {Element} rendered
   * @param {DOMRect} bounds
   */
  onOverflow(overflow, rendered, bounds) {
    const blocks = rendered.querySelectorAll(window.FolioNames.unbreakable);
    for (const block of blocks) {
      const r = block.getBoundingClientRect();
      if (!(r.top < bounds.bottom - 1 && r.bottom > bounds.bottom + 1)) continue;
      // An overflow that already starts before this block wins.
      if (
        overflow?.startContainer &&
        block.compareDocumentPosition(overflow.startContainer) & Node.DOCUMENT_POSITION_PRECEDING
      )
        return overflow;
      const range = document.createRange();
      range.setStartBefore(block);
      range.setEndAfter(/** @type {Node} */ (rendered.lastChild));
      return range;
    }
    return overflow;
  }
}
Paged.registerHandlers(FolioKeepBlocks);
