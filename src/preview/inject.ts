import { PAGED_HANDLERS } from "../render/print/paginate.js";
import { InternalError } from "../contract/errors.js";

/**
 * Turns the print HTML into a live preview: the Paged.js polyfill paginates it in the browser,
 * folio's Paged.js handlers run as in the PDF build (same list, same order), and frame.js reports the
 * result to the viewer. The screen stylesheet is media="screen", so Paged.js leaves it alone.
 */
export const PREVIEW_HEAD = [
  '<link rel="stylesheet" media="screen" href="/_folio/frame.css" />',
  '<script src="/_folio/frame.js"></script>',
  '<script src="/_folio/paged.polyfill.js"></script>',
  ...PAGED_HANDLERS.map((f) => `<script src="/_folio/paged/${f}"></script>`),
].join("\n");

/**
 * Insert the preview scripts before </head>. The fonts are the same in every build, so they are
 * linked from one stable address (/fonts/) that the browser may cache: a rebuild then does not
 * fetch the ~200 CJK font files again.
 */
export function injectPreview(html: string): string {
  const at = html.search(/<\/head>/i);
  if (at < 0) throw new InternalError("print.html has no </head>");
  const head = html.slice(0, at).replace(/(<link\b[^>]*\bhref=")fonts\/fonts\.css"/, '$1/fonts/fonts.css"');
  return `${head}${PREVIEW_HEAD}\n${html.slice(at)}`;
}
