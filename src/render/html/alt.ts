/**
 * Alt text that does not repeat the caption. A figure's caption is printed beside the image in a
 * <figcaption>; a screen reader reads it there. Copying it into alt made every caption heard twice.
 * Following WCAG technique G74 (a short text alternative that says where the longer description is)
 * and the DAISY Knowledge Base's figure examples (a short alt, the description in the caption), a
 * captioned image gets a short alt pointing to its caption; an image without a caption is named by
 * what holds it (the article's title), never left empty, since every photo here carries content.
 */
import type { ImageRef } from "../../model/types.js";
import { CHINESE_WORDS, fillWord, type Words } from "../../model/words.js";

/** Alt for a captioned image in Chinese: short, and pointing to the caption that follows. */
export const CAPTIONED_ALT = CHINESE_WORDS.figure_captioned;

/**
 * `context`: what the picture belongs to, for an image with no caption (e.g. an article title).
 * `words`: the edition's (issue.edition.words); the Chinese ones by default.
 */
export function figureAlt(image: Pick<ImageRef, "caption">, context?: string, words: Words = CHINESE_WORDS): string {
  if (image.caption) return words.figure_captioned;
  return context ? fillWord(words.figure_of, { title: context }) : words.figure;
}
