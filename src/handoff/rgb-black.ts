/**
 * Pure RGB black → DeviceGray black, on content-stream text. Chromium paints black text as
 * `0 0 0 rg`; through Ghostscript's CMYK conversion that becomes four-colour black, while `0 g`
 * stays K only. Only `rg`/`RG` are rewritten: they set their own colour space, so `0 g`/`0 G` is
 * an exact replacement. `sc`/`scn` in an RGB space are left alone (a following `sc` could depend
 * on the space), and so is anything that is not exactly zero in all three channels.
 */
import { tokenize, type Token } from "./content-tokens.js";

export interface Edit {
  start: number;
  end: number;
  text: string;
}

const isZero = (t: Token | undefined) => t?.kind === "number" && Number(t.text) === 0;

/** Plans the edits; never changes anything else in the stream. */
export function planBlackRewrites(stream: string): Edit[] {
  const edits: Edit[] = [];
  const last: Token[] = [];
  for (const tok of tokenize(stream)) {
    if (tok.kind === "operator" && (tok.text === "rg" || tok.text === "RG")) {
      const [a, b, c] = last.slice(-3);
      const fourth = last.at(-4);
      if (last.length >= 3 && isZero(a) && isZero(b) && isZero(c) && fourth?.kind !== "number") {
        edits.push({ start: a.start, end: tok.end, text: tok.text === "rg" ? "0 g" : "0 G" });
      }
    }
    last.push(tok);
    if (last.length > 4) last.shift();
  }
  return edits;
}

/** Applies non-overlapping edits (as planned above) to the stream text. */
export function applyEdits(stream: string, edits: Edit[]): string {
  let out = "";
  let pos = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    out += stream.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + stream.slice(pos);
}

export function rewriteRgbBlack(stream: string): { text: string; count: number } {
  const edits = planBlackRewrites(stream);
  return { text: edits.length ? applyEdits(stream, edits) : stream, count: edits.length };
}
