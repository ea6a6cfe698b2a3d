/**
 * What the issue reader learns about issue.yaml's article list, for the flatplan rules
 * (src/plan/rules.ts): the reader gathers these entries and runs the rules it is given in its pass,
 * so their problems take their place among the others.
 */
import type { Problem } from "../contract/errors.js";
import type { CoverPlace } from "./places.js";

export interface Where {
  file: string;
  line: number;
  field: string;
}

/** One entry of issue.yaml `articles`, with what the reader learned about its article. */
export interface PlanEntry {
  id: string;
  /** Where the entry's id is written (issue.yaml). */
  at: Where;
  /** Planned first page (issue.yaml wins over front matter) and where it is written. */
  page?: number;
  pageAt?: Where;
  place?: CoverPlace;
  placeAt?: Where;
  /** From the article's front matter, when it could be read. */
  section?: string;
  editorial?: boolean;
  /** The article file exists. */
  hasFile: boolean;
}

export interface PlanInput {
  /** issue.yaml as the editor names it, e.g. issues/2022-09/issue.yaml. */
  issueFile: string;
  /** The articles folder as the editor names it, e.g. issues/2022-09/articles. */
  articlesDir: string;
  /** Inner pages (issue.yaml `pages`) and its line. */
  pages?: number;
  pagesLine?: number;
  entries: PlanEntry[];
  /** Stems of the .md files in articles/. */
  files: string[];
  /** Cover pages described as photo pages in issue.yaml (inside_back_cover: …), with their line. */
  coverBlocks: Partial<Record<CoverPlace, number>>;
}

/** The flatplan rules as the reader runs them: every problem of the plan, in order. */
export type PlanRules = (input: PlanInput) => Problem[];
