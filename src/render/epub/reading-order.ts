/**
 * The EPUB's reading order of the articles, the print edition's: an article printed on 封二, the
 * opening editorial (卷首语, when the issue has one), then the 版权页 and the 目录, then the inner
 * pages' articles, then an article printed on 封三.
 */
import type { Article } from "../../model/types.js";
import { leadLength } from "../../plan/front.js";

export interface ArticleOrder {
  /** The articles read before the 版权页 and the 目录. */
  front: Article[];
  /** The articles read after the 目录. */
  body: Article[];
}

export function articleOrder(articles: readonly Article[]): ArticleOrder {
  const inner = articles.filter((a) => !a.place);
  const lead = leadLength(inner.map((a) => ({ section: a.section.id, editorial: a.layout.variant === "editorial" })));
  const onFront = (a: Article) => a.place === "inside-front-cover";
  return {
    front: [...articles.filter(onFront), ...inner.slice(0, lead)],
    body: [...inner.slice(lead), ...articles.filter((a) => a.place && !onFront(a))],
  };
}

/** Every article once, in reading order. */
export function readingOrder(articles: readonly Article[]): Article[] {
  const { front, body } = articleOrder(articles);
  return [...front, ...body];
}
