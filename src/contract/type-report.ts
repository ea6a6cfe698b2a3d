/** The type report (the screen PDF read back page by page) as build.json and preflight read it. */

/** What the layout's page map says a page is, for the type report. */
export interface PageRole {
  /** Printed folio, null on covers. */
  folio: number | null;
  roles: string[];
  /** Articles with content on the page, and those whose title is on it. */
  articles: string[];
  articleStarts: string[];
}

export interface TypeCheck {
  check: string;
  status: "pass" | "warn" | "fail";
  /** 1-based PDF page. */
  page?: number;
  message: string;
}

export interface TypePageReport {
  page: number;
  folio: number | null;
  bodyPt?: number;
  leadingPt?: number;
  lines: number;
  /** Share of the type area left empty at the foot. */
  empty: number;
  lastOfArticle: boolean;
}

export interface TypeReport {
  expected: { bodyPt: number; leadingPt: number };
  /** Distinct body sizes and leadings measured over all inner pages. */
  bodySizes: number[];
  leadings: number[];
  pages: TypePageReport[];
  runts: { page: number; text: string }[];
  fillers: { page: number; folio: number | null; kind: string }[];
  checks: TypeCheck[];
}

/** build.json facts.type: the report, and the page map it was read against (which page holds what). */
export interface TypeFacts extends TypeReport {
  layout: PageRole[];
}
