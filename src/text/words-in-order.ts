/**
 * How much of a source text copies out of a PDF whole and in order: the longest run of the source's
 * words that appears, in the same order, in the extracted text (a longest common subsequence of
 * words), as a share of the source's words. Words are compared without punctuation, digits or
 * direction marks, compatibility-normalised, with lam-alef in either order (src/text/squash.ts).
 */
import { stripBidiControls } from "./bidi.js";

export function textWords(s: string): string[] {
  return stripBidiControls(s.normalize("NFKC"))
    .replace(/\u0627\u0644/g, "\u0644\u0627")
    .replace(/[\p{P}\p{S}\p{N}]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** Source words found whole and in order in the extracted text, and their share (0–1). */
export function wordsInOrder(source: string, extracted: string): { words: number; inOrder: number; share: number } {
  const a = textWords(source);
  const b = textWords(extracted);
  let prev = new Uint32Array(b.length + 1);
  for (const x of a) {
    const cur = new Uint32Array(b.length + 1);
    for (let j = 0; j < b.length; j++) cur[j + 1] = x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
    prev = cur;
  }
  const inOrder = prev[b.length];
  return { words: a.length, inOrder, share: a.length ? inOrder / a.length : 1 };
}
