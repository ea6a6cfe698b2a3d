/**
 * Printed page starts → EPUB page-break markers.
 *
 * The print stage reports where each printed inner page begins, as a position in the shared block HTML
 * (every block has the same id in print HTML and EPUB). Offsets count the characters of the block's
 * text nodes in document order (markup skipped, entities decoded, whitespace nodes included), in
 * UTF-16 code units: exactly what a DOM Range offset over `element.textContent` counts.
 */
import { escapeHtml } from "../../text/escape.js";

export type { PageStart } from "../../contract/print-output.js";

/** The page-break marker for printed page `folio` (empty span: screen readers read its aria-label). */
export function pageBreakMarker(folio: number): string {
  const n = escapeHtml(folio);
  return `<span epub:type="pagebreak" role="doc-pagebreak" id="page-${n}" aria-label="${n}" title="${n}"></span>`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the entities sanitized HTML can hold (named basics and numeric references). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A tag (quoted attribute values may hold '>') or a run of text. */
const TOKEN = /<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;

interface TextRun {
  /** Index in the HTML string where the raw text run starts. */
  at: number;
  raw: string;
  /** Decoded text before this run, in UTF-16 code units. */
  start: number;
  length: number;
}

function textRuns(html: string): { runs: TextRun[]; contentStart: number } {
  const runs: TextRun[] = [];
  let count = 0;
  let contentStart = -1;
  for (const m of html.matchAll(TOKEN)) {
    if (m[0][0] === "<") {
      if (contentStart < 0) contentStart = m.index + m[0].length; // just inside the block's own opening tag
      continue;
    }
    const length = decodeEntities(m[0]).length;
    runs.push({ at: m.index, raw: m[0], start: count, length });
    count += length;
  }
  return { runs, contentStart: Math.max(contentStart, 0) };
}

/** Index in `raw` (entity-encoded) of decoded character `k`. */
function rawIndex(raw: string, k: number): number {
  let i = 0;
  for (let seen = 0; seen < k && i < raw.length; seen++) {
    const ent = raw[i] === "&" ? /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(raw.slice(i)) : null;
    i += ent ? ent[0].length : 1;
  }
  return i;
}

/**
 * Inserts markers into one block's HTML (the whole element, e.g. `<p id="a-3">…</p>`). Offset 0 goes
 * just inside the block's opening tag; an offset at or past the end goes before its closing tag; an
 * offset that lands in whitespace between elements (e.g. between list items) moves to the next text,
 * so a marker never becomes a child of <ul>, <ol> or <table>.
 */
export function insertMarkers(blockHtml: string, marks: { folio: number; charOffset: number }[]): string {
  if (!marks.length) return blockHtml;
  const { runs, contentStart } = textRuns(blockHtml);
  const closeAt = blockHtml.lastIndexOf("</");
  const end = closeAt > contentStart ? closeAt : blockHtml.length;
  const inserts: { at: number; html: string }[] = [];
  for (const { folio, charOffset } of marks) {
    inserts.push({ at: positionOf(runs, charOffset, contentStart, end), html: pageBreakMarker(folio) });
  }
  // Insert from the back so earlier positions stay valid; the stable sort keeps equal positions in given order.
  inserts.sort((a, b) => a.at - b.at);
  let out = blockHtml;
  for (let i = inserts.length - 1; i >= 0; i--) {
    const { at, html } = inserts[i];
    out = out.slice(0, at) + html + out.slice(at);
  }
  return out;
}

function positionOf(runs: TextRun[], offset: number, contentStart: number, end: number): number {
  if (offset <= 0) return contentStart;
  const i = runs.findIndex((r) => offset < r.start + r.length);
  if (i < 0) return end;
  const run = runs[i];
  if (!/\S/.test(decodeEntities(run.raw))) {
    const next = runs.slice(i + 1).find((r) => /\S/.test(decodeEntities(r.raw)));
    return next ? next.at : end;
  }
  return run.at + rawIndex(run.raw, offset - run.start);
}
