/**
 * The press PDF rendered into its four plates: Ghostscript's pamcmyk32 device writes one CMYK PAM per
 * page (C, M, Y, K bytes per pixel, the exact tints the PDF asks for, no anti-aliasing), over the
 * whole MediaBox, for the pages asked (a list, as many as the page cache lacks). Three kinds: `text`
 * (-dFILTERIMAGE -dFILTERVECTOR: only text is drawn), `vector` (-dFILTERIMAGE: text and vector
 * artwork), `full` (everything, photos included).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../util/tools.js";
import { parsePam, type Pam } from "./pam.js";
import { InternalError } from "../../contract/errors.js";

export type RenderKind = "text" | "vector" | "full";

const FILTERS: Record<RenderKind, string[]> = {
  text: ["-dFILTERIMAGE", "-dFILTERVECTOR"],
  vector: ["-dFILTERIMAGE"],
  full: [],
};

export interface Separations {
  kind: RenderKind;
  dpi: number;
  /** The pages rendered (1-based), in order. */
  pages: number[];
  /** The plates of a rendered page (1-based page of the PDF). */
  page(n: number): Pam;
  ms: number;
  dispose(): void;
}

export async function renderSeparations(
  pdf: string,
  kind: RenderKind,
  dpi: number,
  pages: number[],
  signal?: AbortSignal,
): Promise<Separations> {
  const t0 = performance.now();
  if (!pages.length)
    return {
      kind,
      dpi,
      pages,
      ms: 0,
      page: () => {
        throw new InternalError("internal: no page was rendered");
      },
      dispose: () => {},
    };
  const dir = mkdtempSync(path.join(tmpdir(), `folio-sep-${kind}-`));
  try {
    // gs numbers its output files 1, 2, … over the pages of the list, in the list's order.
    await run(
      "gs",
      [
        "-q",
        "-dNOPAUSE",
        "-dBATCH",
        "-dSAFER",
        "-sDEVICE=pamcmyk32",
        `-r${dpi}`,
        ...FILTERS[kind],
        `-sPageList=${pages.join(",")}`,
        `-sOutputFile=${path.join(dir, "p%04d.pam")}`,
        pdf,
      ],
      { signal },
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".pam"))
    .sort();
  if (files.length !== pages.length) {
    rmSync(dir, { recursive: true, force: true });
    throw new InternalError(`gs rendered ${files.length} page(s) of ${pdf}, ${pages.length} asked`);
  }
  const at = new Map(pages.map((p, i) => [p, files[i]]));
  return {
    kind,
    dpi,
    pages,
    ms: Math.round(performance.now() - t0),
    page: (n) => {
      const f = at.get(n);
      if (!f) throw new InternalError(`internal: page ${n} was not rendered`);
      return parsePam(readFileSync(path.join(dir, f)));
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
