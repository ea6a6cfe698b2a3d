/** Cover pages (封一, 封二, 封三, 封四) from issue.yaml, with their images resolved. */
import type { CoverPage } from "./types.js";
import type { Problem } from "../contract/errors.js";
import { resolveImage, type ImageWhere } from "./images.js";

interface CoverYaml {
  image?: string;
  caption?: string;
  credit?: string;
  title?: string;
  text?: string;
  toc?: boolean;
}

export function resolveCover(c: CoverYaml | undefined, where: ImageWhere, problems: Problem[]): CoverPage | undefined {
  if (!c) return undefined;
  const credit = c.credit?.replace(/^□\s*/, "");
  const image = c.image ? resolveImage({ src: c.image, caption: c.caption, credit }, where, problems) : undefined;
  return { image, caption: c.caption, credit, title: c.title, text: c.text, ...(c.toc ? { toc: true } : {}) };
}
