/**
 * The printed cover pages other than 封一, as EPUB documents: 封二 (inside front cover: a photo with its
 * caption), 封三 (inside back cover, when issue.yaml gives it as a cover page rather than an article)
 * and 封四 (back cover: a photo feature with a title and text). Each is a figure whose caption is read
 * once (the alt is short, alt.ts).
 */
import type { CoverPage, ImageRef, Issue } from "../../model/types.js";
import { fillWord } from "../../model/words.js";
import { fullWidthPunctuation } from "../../text/cjk-punctuation.js";
import { escapeHtml } from "../../text/escape.js";
import { documentLanguage, wordsOf } from "./labels.js";
import { manifestId, xhtmlDocument, type XhtmlPage } from "./xhtml.js";

export interface CoverPageSpec {
  key: "insideFrontCover" | "insideBackCover" | "backCover";
  /** The word naming the printed page (封二, 封三, 封四 in Chinese). */
  label: "inside_front_cover" | "inside_back_cover" | "back_cover";
  href: string;
  /** Where it goes: before the imprint (封二) or after the last article. */
  at: "front" | "back";
}

export const COVER_PAGES: CoverPageSpec[] = [
  { key: "insideFrontCover", label: "inside_front_cover", href: "inside-front-cover.xhtml", at: "front" },
  { key: "insideBackCover", label: "inside_back_cover", href: "inside-back-cover.xhtml", at: "back" },
  { key: "backCover", label: "back_cover", href: "back-cover.xhtml", at: "back" },
];

/** The cover pages this issue prints with content of their own, in order. */
export function coverPagesOf(issue: Issue): (CoverPageSpec & { page: CoverPage })[] {
  return COVER_PAGES.flatMap((spec) => {
    const page = issue[spec.key];
    return page && (page.image || page.text || page.title) ? [{ ...spec, page }] : [];
  });
}

export function coverPageDocument(
  issue: Issue,
  spec: CoverPageSpec & { page: CoverPage },
  imageHref: (image: ImageRef) => string,
): XhtmlPage {
  const { page } = spec;
  const w = wordsOf(issue);
  const label = w[spec.label];
  const e = escapeHtml;
  const t = (s: string) => e(fullWidthPunctuation(s));
  const name = spec.href.replace(/\.xhtml$/, ""); // "inside-front-cover"
  const titleId = `${name}-title`;
  const heading = page.title
    ? `<p class="cover-page-label">${e(label)}</p>\n<h1 id="${titleId}">${t(page.title)}</h1>`
    : `<h1 id="${titleId}" class="cover-page-label">${e(label)}</h1>`;
  const caption = page.caption ? `<span class="caption">${t(page.caption)}</span>` : "";
  const credit = page.credit ? `<span class="credit">□${e(page.credit)}</span>` : "";
  const figcaption = caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : "";
  // The alt points to what describes the photo: its caption, else the text below it, else it names
  // the photo by the page's title (or the page).
  const alt = page.caption
    ? w.figure_captioned
    : page.text
      ? w.figure_below
      : fillWord(w.figure_of, { title: page.title ? fullWidthPunctuation(page.title) : label });
  const figure = page.image
    ? `<figure class="figure cover-photo"><img src="${e(imageHref(page.image))}" alt="${e(alt)}" />${figcaption}</figure>`
    : "";
  const text = page.text ? `<p class="cover-page-text">${t(page.text)}</p>` : "";
  const body = `<section class="cover-page ${e(name)}" aria-labelledby="${titleId}">
${heading}
${[figure, text].filter(Boolean).join("\n")}
</section>`;
  const title = page.title ? `${label} ${fullWidthPunctuation(page.title)}` : label;
  return {
    href: spec.href,
    id: manifestId(spec.href),
    title,
    xhtml: xhtmlDocument({
      title,
      ...documentLanguage(issue),
      body,
      bodyType: spec.at === "front" ? "frontmatter" : "backmatter",
    }),
  };
}
