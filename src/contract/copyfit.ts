/** The copyfit of one run of the flatplan as build.json lists it: copy over or missing, in 字 and 行. */
export interface Copyfit {
  /** Planned first page. */
  page: number;
  /** The run's first article: id and short title (its first phrase). */
  articleId: string;
  title: string;
  /** > 0: copy over the slot; < 0: space left on the run's pages (filler pages not counted). */
  lines: number;
  chars: number;
  /** Space left in whole columns (< 0 side only). */
  columns: number;
  /** Filler pages placed after the run (space the copy could not fill). */
  fillerPages: number;
  /** Characters in one line of the run's columns (converts lines to 字 for the copyfit proposals). */
  charsPerLine?: number;
  /** Lines in one column of the run's pages. */
  linesPerColumn?: number;
  status: "over" | "short" | "fits";
  /** The line as the report prints it. */
  text: string;
}
