/** An image as the layout placed it: its page and size on the page, read back from the laid-out pages. */
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
