/**
 * Saddle stitch: the page count with the four covers must be a multiple of 4. The HTML carries
 * MAX_PAD_PAGES planned notes pages before 封三; after pagination the browser-side handler
 * (src/browser/paged/pad-to-four.js, same arithmetic) keeps only as many as needed.
 */

import { InternalError } from "../../contract/errors.js";
export const MAX_PAD_PAGES = 3;

/** Pad pages needed so that `pagesWithoutPads` (covers included) becomes a multiple of 4. */
export function padsNeeded(pagesWithoutPads: number): number {
  if (!Number.isInteger(pagesWithoutPads) || pagesWithoutPads < 0) {
    throw new InternalError(`invalid page count ${pagesWithoutPads}`);
  }
  return (4 - (pagesWithoutPads % 4)) % 4;
}

/** Total after padding. */
export function paddedTotal(pagesWithoutPads: number): number {
  return pagesWithoutPads + padsNeeded(pagesWithoutPads);
}
