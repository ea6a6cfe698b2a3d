/**
 * Applies the press colour rewrite (rewrite-colours.ts) to every content stream of the print PDF.
 * A colour in no palette, or text in a solids-only colour, is the editor's to fix: FolioError naming
 * the colour and the page, and nothing is guessed. Streams without RGB colour stay byte for byte.
 */
import { decodePDFRawStream, type PDFDocument } from "pdf-lib";
import { FolioError, type Problem } from "../contract/errors.js";
import type { Palette } from "../model/types.js";
import { contentStreams, replaceStream } from "./content-streams.js";
import { applyEdits, planColourRewrites } from "./rewrite-colours.js";

export interface ColourRewriteFacts {
  /** Operators rewritten, per palette colour name ("neutral" for greys outside the palette). */
  used: Record<string, number>;
  operators: number;
}

export const PALETTE_FILE = "issues/magazine.yaml";

export function rewriteColoursInDocument(doc: PDFDocument, palette: Palette): ColourRewriteFacts {
  const used: Record<string, number> = {};
  const problems: Problem[] = [];
  let operators = 0;
  for (const { ref, stream, page } of contentStreams(doc)) {
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    const plan = planColourRewrites(text, palette);
    for (const h of plan.unknown) {
      problems.push({
        file: PALETTE_FILE,
        field: "palette",
        message: `colour ${h} (PDF page ${page}) is in no palette colour: add it with its CMYK, or use a palette colour in the styles`,
      });
    }
    for (const name of plan.textInSolid) {
      problems.push({
        file: PALETTE_FILE,
        field: `palette.${name}`,
        message: `text on PDF page ${page} is set in ${name}, a colour for large solids only`,
      });
    }
    if (!plan.edits.length) continue;
    for (const [name, n] of plan.used) used[name] = (used[name] ?? 0) + n;
    operators += plan.edits.length;
    replaceStream(doc.context, ref, stream, Buffer.from(applyEdits(text, plan.edits), "latin1"));
  }
  if (problems.length) throw new FolioError(dedupe(problems));
  return { used, operators };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && seen.add(p.message));
}
