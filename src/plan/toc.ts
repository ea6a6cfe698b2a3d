/**
 * What the 目录 lists, in printed order: a cover photo page listed on 封二 first, then the articles
 * in reading order (an article printed on 封二 or 封三 where issue.yaml lists it), then cover photo
 * pages listed on 封三 and 封四. One list for the print view (what is printed) and for the proof
 * (what is checked against the PDF). Pure.
 */
import { PLACE_ISSUE_KEY, PLACE_LABEL, PLACE_YAML_KEY, type CoverPlace } from "../model/places.js";
import type { Article, CoverPage, Issue } from "../model/types.js";

export type TocItem =
  | { kind: "article"; article: Article; place?: CoverPlace }
  | { kind: "cover"; place: CoverPlace; cover: CoverPage & { title: string } };

export function tocItems(issue: Issue): TocItem[] {
  const covers = (places: CoverPlace[]): TocItem[] =>
    places.flatMap((place) => {
      const cover = issue[PLACE_ISSUE_KEY[place]];
      return cover?.toc && cover.title
        ? [{ kind: "cover" as const, place, cover: { ...cover, title: cover.title } }]
        : [];
    });
  return [
    ...covers(["inside-front-cover"]),
    ...issue.articles.filter((a) => a.inToc).map((a): TocItem => ({ kind: "article", article: a, place: a.place })),
    ...covers(["inside-back-cover", "back-cover"]),
  ];
}

/** The id a 目录 item goes by (build.json `articleId`): the article id, or the cover's issue.yaml key. */
export function tocItemId(item: TocItem): string {
  return item.kind === "article" ? item.article.id : PLACE_YAML_KEY[item.place];
}

export const tocItemTitle = (item: TocItem): string =>
  item.kind === "article" ? item.article.title : item.cover.title;

/** What stands where a page number would: the cover's name for items on a cover. */
export const tocItemLabel = (item: TocItem): string | undefined => (item.place ? PLACE_LABEL[item.place] : undefined);
