/**
 * Alt text that does not repeat the caption. A figure's caption is printed beside the image in a
 * <figcaption>; a screen reader reads it there. Copying it into alt made every caption heard twice.
 * Following WCAG technique G74 (a short text alternative that says where the longer description is)
 * and the DAISY Knowledge Base's figure examples (a short alt, the description in the caption), a
 * captioned image gets a short alt pointing to its caption; an image without a caption is named by
 * what holds it (the article's title), never left empty, since every photo here carries content.
 */
import type { ImageRef } from "../../model/types.js";

/** Alt for a captioned image: short, and pointing to the caption that follows. */
export const CAPTIONED_ALT = "图片（说明见图注）";

/**
 * `context`: what the picture belongs to, for an image with no caption (e.g. an article title).
 */
export function figureAlt(image: Pick<ImageRef, "caption">, context?: string): string {
  if (image.caption) return CAPTIONED_ALT;
  return context ? `配图：${context}` : "图片";
}
