/**
 * Rewrites the vector colours of one content stream for the press (pure, on content-stream text):
 * every `r g b rg`/`RG` becomes the palette's CMYK (`k`/`K`) or, for a neutral grey, DeviceGray
 * (`g`/`G`: K only); see palette-colour.ts. Colours in no palette, and text shown in a colour meant
 * for solids only, are returned as problems, not guessed. Strings, comments and inline images are
 * skipped by the tokenizer; nothing else in the stream changes.
 */
import type { Palette } from "../model/types.js";
import { tokenize, type Token } from "./content-tokens.js";
import { pressColour, type Rgb } from "./palette-colour.js";

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface ColourPlan {
  edits: Edit[];
  /** Palette colour names (or "neutral") → how many operators were rewritten to it. */
  used: Map<string, number>;
  /** "#12ab34" colours that are in no palette. */
  unknown: Set<string>;
  /** Solid-only palette colours that text was shown in. */
  textInSolid: Set<string>;
}

const TEXT_OPS = new Set(["Tj", "TJ", "'", '"']);

export function planColourRewrites(stream: string, palette: Palette): ColourPlan {
  const plan: ColourPlan = { edits: [], used: new Map(), unknown: new Set(), textInSolid: new Set() };
  const last: Token[] = [];
  let fillSolid: string | undefined;
  const stack: (string | undefined)[] = [];
  for (const tok of tokenize(stream)) {
    if (tok.kind === "operator") {
      const op = tok.text;
      if (op === "q") stack.push(fillSolid);
      else if (op === "Q") fillSolid = stack.pop();
      else if (op === "g" || op === "k" || op === "sc" || op === "scn") fillSolid = undefined;
      else if (TEXT_OPS.has(op) && fillSolid) plan.textInSolid.add(fillSolid);
      if (op === "rg" || op === "RG") {
        const operands = last.slice(-3);
        if (operands.length === 3 && operands.every((t) => t.kind === "number")) {
          const rgb = operands.map((t) => Number(t.text)) as Rgb;
          const c = pressColour(rgb, palette);
          if (c.kind === "unknown") plan.unknown.add(c.hex);
          else {
            const stroke = op === "RG";
            const text =
              c.kind === "palette" ? `${c.operands} ${stroke ? "K" : "k"}` : `${c.operands} ${stroke ? "G" : "g"}`;
            plan.edits.push({ start: operands[0].start, end: tok.end, text });
            const name = c.kind === "palette" ? c.colour.name : "neutral";
            plan.used.set(name, (plan.used.get(name) ?? 0) + 1);
            if (!stroke) fillSolid = c.kind === "palette" && c.colour.solid ? c.colour.name : undefined;
          }
        }
      }
    }
    last.push(tok);
    if (last.length > 3) last.shift();
  }
  return plan;
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
