/** The fit report as build.json keeps it (flatplan.runs): one row per run of the flatplan, planned against used pages. */
export interface FitRow {
  articles: string[];
  titles: string[];
  plannedStart: number;
  actualStart: number | null;
  slotPages: number;
  usedPages: number;
  /** > 0: pages over the slot; < 0: space left (underfill), in pages. */
  over: number;
  fillerPages: number;
  tool: string;
  status: "fits" | "underfull" | "overfull" | "moved";
  /** The copyfit line (字 and 行 over or missing). */
  copyfit: string;
}
