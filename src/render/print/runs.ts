/**
 * print.html as runs: pieces that start on a fresh page and can be laid out on their own (a cover,
 * the 版权页, the 目录, an article with the short pieces run on after it, a filler, a notes page).
 * The template opens each with the layout contract's run mark; a run's document is the head of
 * print.html, the issue's running-head strings and, when the run starts on a left page, a blank
 * page first. A run is known by its first element (its tag, its page role). Pure.
 */
import { attributeOf, DOM, RUN_MARK } from "../../contract/layout/dom.js";
import { startTag } from "./start-tag.js";

import { InternalError } from "../../contract/errors.js";

export { RUN_MARK };

/** The page role of a run: the data-page-role of its first element (undefined for an article). */
export const runRole = (run: string): string | undefined => startTag(run)?.attributes.get(attributeOf(DOM.pageRole));

/** The flatplan's fit rules in print.html's head (templates/print.hbs). */
const FIT_STYLE_OPEN = '<style id="folio-fit">';

/** The fit rules' text and print.html without their element (the first of that id). */
export function takeFitStyle(html: string): { fitCss: string; html: string } {
  const at = html.indexOf(FIT_STYLE_OPEN);
  const close = at < 0 ? -1 : html.indexOf("</style>", at + FIT_STYLE_OPEN.length);
  if (close < 0) return { fitCss: "", html };
  return {
    fitCss: html.slice(at + FIT_STYLE_OPEN.length, close),
    html: html.slice(0, at) + html.slice(close + "</style>".length),
  };
}

export interface SplitHtml {
  /** Everything up to and with <body>. */
  head: string;
  runs: string[];
  /** </body></html> and what follows. */
  tail: string;
}

export function splitRuns(html: string): SplitHtml {
  const open = html.indexOf("<body>");
  const close = html.lastIndexOf("</body>");
  if (open < 0 || close < 0) throw new InternalError("print: print.html has no <body>");
  const head = html.slice(0, open + "<body>".length);
  const body = html.slice(open + "<body>".length, close);
  const parts = body.split(RUN_MARK);
  if (parts[0].trim()) throw new InternalError("print: print.html has content before its first run");
  return { head, runs: parts.slice(1).map((p) => p.trim()), tail: html.slice(close) };
}

/** The issue's running-head strings (magazine, issue, latin title): the spans of the front cover. */
export function issueStrings(runs: readonly string[]): string {
  const cover = runs[0] ?? "";
  // DOM.issueStrings: ".rh-magazine, .rh-issue, .rh-latin", each a <span> of text alone.
  const found: [number, string][] = [];
  for (const cls of DOM.issueStrings.split(",").map((s) => s.trim().slice(1))) {
    const open = `<span class="${cls}">`;
    for (let at = cover.indexOf(open); at >= 0; at = cover.indexOf(open, at + open.length)) {
      const close = cover.indexOf("</span>", at + open.length);
      if (close >= 0 && !cover.slice(at + open.length, close).includes("<"))
        found.push([at, cover.slice(at, close + "</span>".length)]);
    }
  }
  return found
    .sort((a, b) => a[0] - b[0])
    .map(([, span]) => span)
    .join("");
}

/** A blank cover page (no folio, not counted): put first when a run starts on a left page. */
export const SPACER = '<section class="cover blank-cover" data-run-spacer="" aria-hidden="true"></section>';

/**
 * The body of a run's document: the strings inside its first element (a box of their own would
 * take a page), after the spacer when it starts on a left page (an odd 0-based page index).
 */
export function runBody(run: string, strings: string, startsLeft: boolean): string {
  const end = startTag(run)?.end;
  const withStrings = end === undefined ? run : run.slice(0, end) + strings + run.slice(end);
  return (startsLeft ? SPACER : "") + withStrings;
}

/**
 * The flatplan's fit rules (one per line, each selecting an article or a figure by its id) that
 * concern a run: so that a run's document, and its key, change only with its own fit.
 */
export function fitCssFor(fitCss: string, run: string): string {
  return fitCss
    .split("\n")
    .filter((line) => {
      const m = /^\[(?:data-article-id|id)="([^"]+)"\]/.exec(line);
      return m ? run.includes(`data-article-id="${m[1]}"`) || run.includes(`id="${m[1]}"`) : line.trim() !== "";
    })
    .join("\n");
}
