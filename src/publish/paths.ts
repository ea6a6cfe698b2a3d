/** Where things go in the site folder (all links between them are relative). */
import type { PublishedIssue } from "./library.js";

/** The shelf's cover thumbnails: <id>/cover-320.jpg, 320 px wide. */
export const THUMB = {
  file: "cover-320.jpg",
  width: 320,
  height: (i: PublishedIssue) => {
    const cover = i.pkg.images.find((img) => img.path === i.coverPath);
    return cover ? Math.round((320 * cover.height) / cover.width) : 434;
  },
};
/** The issue page's cover: the EPUB's cover image, as it is. */
export const COVER = "cover.jpg";
/** The web edition's folder inside <id>/. */
export const READ = "read";

/** Web page of an EPUB content document: "p004-x.xhtml#page-5" → "p004-x.html#page-5". */
export function webPage(href: string): string {
  return href.replace(/\.xhtml(#|$)/, ".html$1");
}
