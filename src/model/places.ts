/**
 * Cover places an article can be printed on instead of the inner pages (issue.yaml `place`), with
 * the names the magazine prints for them. In a saddle-stitched issue the covers are fixed sheets
 * of the PDF: 封二 is its second page, 封三 its second to last, 封四 its last.
 */
import { COVER_PLACES, type CoverPlace } from "../contract/cover-place.js";
import type { Words } from "./words.js";

export { COVER_PLACES, type CoverPlace };

/** As printed in the 目录 where a page number would stand. */
export const PLACE_LABEL: Record<CoverPlace, string> = {
  "inside-front-cover": "封二",
  "inside-back-cover": "封三",
  "back-cover": "封四",
};

/** The issue.yaml block describing the same cover page as a photo page. */
export const PLACE_YAML_KEY: Record<CoverPlace, "inside_front_cover" | "inside_back_cover" | "back_cover"> = {
  "inside-front-cover": "inside_front_cover",
  "inside-back-cover": "inside_back_cover",
  "back-cover": "back_cover",
};

/** The Issue model's field for the same cover page. */
export const PLACE_ISSUE_KEY: Record<CoverPlace, "insideFrontCover" | "insideBackCover" | "backCover"> = {
  "inside-front-cover": "insideFrontCover",
  "inside-back-cover": "insideBackCover",
  "back-cover": "backCover",
};

/** Places an article can take: 封四 carries the bar code and the imprint panel, so only its photo. */
export const ARTICLE_PLACES = ["inside-front-cover", "inside-back-cover"] as const satisfies readonly CoverPlace[];

/** 0-based index of a cover place's page in a PDF of `pageCount` pages. */
export function placePdfIndex(place: CoverPlace, pageCount: number): number {
  return place === "inside-front-cover" ? 1 : place === "inside-back-cover" ? pageCount - 2 : pageCount - 1;
}

/** The place printed as `label` (封二, 封三, 封四), if any. */
export function placeOfLabel(label: string): CoverPlace | undefined {
  return COVER_PLACES.find((p) => PLACE_LABEL[p] === label);
}

/** A cover page's name as an edition prints it in its 目录 (封二 … in Chinese). */
export function coverNames(
  words: Pick<Words, "inside_front_cover" | "inside_back_cover" | "back_cover">,
): Record<CoverPlace, string> {
  return {
    "inside-front-cover": words.inside_front_cover,
    "inside-back-cover": words.inside_back_cover,
    "back-cover": words.back_cover,
  };
}
