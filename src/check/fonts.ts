/**
 * Characters no font of the edition has, named where they are written. Chromium would take such a
 * character from whatever font the machine has: the system's Noto CJK (rare CJK characters) prints as
 * a Type 3 font, which the press check refuses at the very end of the build; anything else prints in
 * a face foreign to the page (an Arabic or Mongolian letter from another font also breaks the joining
 * of its word), or as an empty box. So each is an error, found before anything is laid out: one
 * problem per character and file, at its first line, naming the other lines.
 */
import type { Problem } from "../contract/errors.js";
import { type PrintFonts, editionCovers, fontNames, type FontStack } from "../type/fonts/edition.js";
import { uPlus } from "../type/fonts/font-face.js";
import { uncovered } from "../type/fonts/uncovered.js";
import type { SourceLines } from "./printed-text.js";

const MORE_LINES = 5;

/** "Noto Serif SC, Noto Sans SC (rare characters: Noto Serif CJK SC, Noto Sans CJK SC)" */
function fontList(edition: PrintFonts): string {
  const { own, fallbacks } = fontNames(edition);
  return fallbacks.length ? `${own.join(", ")}; rare characters: ${fallbacks.join(", ")}` : own.join(", ");
}

/** Which of the edition's fonts lack it: all of them, or the families and weights that do. */
function where(edition: PrintFonts, lacking: FontStack[]): string {
  if (lacking.length === edition.stacks.length) return `is in no font of this edition (${fontList(edition)})`;
  const names = lacking.map((s) => `${s.family} ${s.weight}`).join(", ");
  return `is not in ${names} (fonts of this edition: ${fontList(edition)})`;
}

function otherLines(lines: number[]): string {
  if (!lines.length) return "";
  const shown = lines.slice(0, MORE_LINES).join(", ");
  const more = lines.length > MORE_LINES ? ` and ${lines.length - MORE_LINES} more` : "";
  return ` (also line${lines.length > 1 ? "s" : ""} ${shown}${more})`;
}

/** One problem per character and file that the edition cannot print, at the first line it is on. */
export function judgeFonts(sources: readonly SourceLines[], edition: PrintFonts): Problem[] {
  const covers = editionCovers(edition);
  const problems: Problem[] = [];
  for (const src of sources) {
    const found = new Map<number, { char: string; lines: number[] }>();
    src.lines.forEach((text, i) => {
      for (const u of uncovered(text, covers)) {
        const seen = found.get(u.codepoint) ?? { char: u.char, lines: [] };
        if (seen.lines[seen.lines.length - 1] !== i + 1) seen.lines.push(i + 1);
        found.set(u.codepoint, seen);
      }
    });
    for (const [cp, { char, lines }] of found) {
      const shown = /^\p{C}$/u.test(char) ? "" : `${char} `;
      problems.push({
        file: src.file,
        line: lines[0],
        field: "text",
        message:
          `${shown}(${uPlus(cp)}) ${where(edition, covers.lacking(cp))}: Chromium would print it in a system font — ` +
          `a Type 3 font the press check refuses, a face foreign to the page, or an empty box — ` +
          `write it another way, or give the edition a font that has it${otherLines(lines.slice(1))}`,
      });
    }
  }
  return problems;
}
