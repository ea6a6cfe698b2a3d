/**
 * The fonts an edition prints with, as the check and the print stage see them: one stack per family
 * and weight the print CSS asks for, each the edition's own faces and, where there is one, a larger
 * face folio subsets per issue for the characters those lack (rare CJK characters of names).
 */
import { coverage } from "./coverage.js";
import type { FontFace } from "./font-face.js";
import { neverDrawn, type Covered } from "./uncovered.js";

/** A face folio subsets per issue and lists after the edition's own faces in the CSS font stacks. */
export interface FallbackFace extends FontFace {
  /** The CSS family the subset is declared as, e.g. "Folio Rare Serif". */
  family: string;
  weight: number;
  /** The font's own name, for messages: "Noto Serif CJK SC". */
  name: string;
}

/** One family in one weight as the print CSS asks for it. */
export interface FontStack {
  family: string;
  weight: number;
  /**
   * The edition's faces in this weight, in the order the CSS names them: every file of the family
   * (a web font split by unicode-range, or one file), then those of the families `behind` it.
   */
  faces: readonly FontFace[];
  /** Families after the first whose faces are among `faces` (the Chinese fonts behind another script's), for messages. */
  behind?: readonly string[];
  fallback?: FallbackFace;
}

export interface PrintFonts {
  stacks: readonly FontStack[];
}

/** The edition's families and the fallbacks' fonts, in order, for messages: "Noto Serif SC, Noto Sans SC". */
export function fontNames(fonts: PrintFonts): { own: string[]; fallbacks: string[] } {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    own: uniq([...fonts.stacks.map((s) => s.family), ...fonts.stacks.flatMap((s) => s.behind ?? [])]),
    fallbacks: uniq(fonts.stacks.flatMap((s) => (s.fallback ? [s.fallback.name] : []))),
  };
}

/** What one stack draws: its own faces first (read at once), its fallback only when asked for a character they lack. */
function stackCovers(stack: FontStack): Covered & { own: Covered } {
  const own = once(() => coverage(stack.faces));
  const fallback = once(() => (stack.fallback ? coverage([stack.fallback]) : new Set<number>()));
  return {
    own: { has: (cp) => own().has(cp) },
    has: (cp) => own().has(cp) || fallback().has(cp),
  };
}

/** `make`'s result, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** What the edition draws in every stack (so in whatever family and weight the text is set), and which stacks lack a character. */
export function editionCovers(edition: PrintFonts): Covered & { lacking(cp: number): FontStack[] } {
  const stacks = edition.stacks.map((stack) => ({ stack, covers: stackCovers(stack) }));
  // An issue's text asks for the same few thousand characters over and over: each is looked up once.
  const known = new Map<number, boolean>();
  return {
    has: (cp) => {
      let yes = known.get(cp);
      if (yes === undefined) {
        yes = stacks.every((s) => s.covers.has(cp));
        known.set(cp, yes);
      }
      return yes;
    },
    lacking: (cp) => stacks.filter((s) => !s.covers.has(cp)).map((s) => s.stack),
  };
}

/** The characters of `text` each fallback face must carry: those a stack's own faces lack and the fallback has. */
export function fallbackNeeds(edition: PrintFonts, text: string): { face: FallbackFace; chars: string }[] {
  const chars = [...new Set(text)].filter((c) => !neverDrawn(c)).map((c) => c.codePointAt(0) ?? 0);
  const needs = new Map<string, { face: FallbackFace; cps: Set<number> }>();
  for (const stack of edition.stacks) {
    const { fallback } = stack;
    if (!fallback) continue;
    const covers = stackCovers(stack);
    const wanted = chars.filter((cp) => !covers.own.has(cp) && covers.has(cp));
    if (!wanted.length) continue;
    const key = `${fallback.family}\0${fallback.weight}`;
    const need = needs.get(key) ?? { face: fallback, cps: new Set<number>() };
    for (const cp of wanted) need.cps.add(cp);
    needs.set(key, need);
  }
  return [...needs.values()].map(({ face, cps }) => ({
    face,
    chars: [...cps]
      .sort((a, b) => a - b)
      .map((cp) => String.fromCodePoint(cp))
      .join(""),
  }));
}
