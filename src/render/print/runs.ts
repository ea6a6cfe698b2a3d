/**
 * print.html as runs: pieces that start on a fresh page and can be laid out on their own (a cover,
 * the 版权页, the 目录, an article with the short pieces run on after it, a filler, a notes page).
 * The template opens each with RUN_MARK; a run's document is the head of print.html, the issue's
 * running-head strings and, when the run starts on a left page, a blank page first. Pure.
 */

import { InternalError } from "../../contract/errors.js";

export const RUN_MARK = "<!--folio:run-->";

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
  return [...cover.matchAll(/<span class="rh-(?:magazine|issue|latin)">[^<]*<\/span>/g)].map((m) => m[0]).join("");
}

/** A blank cover page (no folio, not counted): put first when a run starts on a left page. */
export const SPACER = '<section class="cover blank-cover" data-run-spacer="" aria-hidden="true"></section>';

/**
 * The body of a run's document: the strings inside its first element (a box of their own would
 * take a page), after the spacer when it starts on a left page (an odd 0-based page index).
 */
export function runBody(run: string, strings: string, startsLeft: boolean): string {
  const withStrings = run.replace(/^(<[^>]*>)/, `$1${strings}`);
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
