/** An image as the print layout placed it (window.folioImages, read back after a layout): for the image report and preflight. */
export interface PlacedImage {
  /** src attribute, relative to print.html. */
  src: string;
  /** 1-based PDF page. */
  page: number;
  widthMm: number;
  heightMm: number;
  /** id of the figure holding it (the block id), if any. */
  figureId: string | null;
  /** data-page-role of the section holding it (front-cover, inside-front-cover, …), if any. */
  role: string | null;
}
