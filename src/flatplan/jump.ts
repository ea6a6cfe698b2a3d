/**
 * Continuations (转页): an article that may not fit its pages continues on a later page, as the
 * printed magazine does ("（下转第10页）" … "（上接第9页）"). The cut is a block and a character
 * offset in it; moving it by characters walks the article's blocks. Pure.
 */
import type { JumpPlan } from "./plan.js";

export interface BlockLength {
  id: string;
  /** Characters of text in the block (0 for figures). */
  chars: number;
  /** Only paragraphs can be cut inside; other blocks move whole. */
  splittable: boolean;
}

/** Keep at least this many characters on each side of a cut inside a paragraph. */
const MIN_SPLIT = 8;

/** The cut moved by `delta` characters (negative: earlier); undefined when it leaves the article. */
export function moveCut(jump: JumpPlan, blocks: BlockLength[], delta: number): JumpPlan | undefined {
  const index = blocks.findIndex((b) => b.id === jump.blockId);
  if (index < 0) return undefined;
  const pos = blocks.slice(0, index).reduce((s, b) => s + b.chars, 0) + jump.charOffset + delta;
  const total = blocks.reduce((s, b) => s + b.chars, 0);
  if (pos <= 0 || pos >= total) return undefined;
  let before = 0;
  const at = (b: BlockLength | undefined, charOffset: number) =>
    b ? { ...jump, blockId: b.id, charOffset } : undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const end = before + b.chars;
    if (pos < end) {
      const offset = pos - before;
      if (!b.splittable || offset < MIN_SPLIT) return i === 0 ? undefined : at(b, 0);
      // Too little would be left for the continuation: cut before the next block.
      if (b.chars - offset < MIN_SPLIT) return at(blocks[i + 1], 0);
      return at(b, offset);
    }
    before = end;
  }
  return undefined;
}
