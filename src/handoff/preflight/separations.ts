/**
 * The press PDF rendered into its four plates: Ghostscript's pamcmyk32 device writes one CMYK PAM per
 * page (C, M, Y, K bytes per pixel, the exact tints the PDF asks for, no anti-aliasing), over the
 * whole MediaBox. Three kinds: `text` (-dFILTERIMAGE -dFILTERVECTOR: only text is drawn), `vector`
 * (-dFILTERIMAGE: text and vector artwork), `full` (everything, photos included).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../exec.js";
import { parsePam, type Pam } from "./pam.js";

export type RenderKind = "text" | "vector" | "full";

const FILTERS: Record<RenderKind, string[]> = {
  text: ["-dFILTERIMAGE", "-dFILTERVECTOR"],
  vector: ["-dFILTERIMAGE"],
  full: [],
};

export interface Separations {
  kind: RenderKind;
  dpi: number;
  pages: number;
  /** The page's plates (1-based page). */
  page(n: number): Pam;
  ms: number;
  dispose(): void;
}

export async function renderSeparations(pdf: string, kind: RenderKind, dpi: number, signal?: AbortSignal): Promise<Separations> {
  const t0 = performance.now();
  const dir = mkdtempSync(path.join(tmpdir(), `folio-sep-${kind}-`));
  try {
    await run("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pamcmyk32", `-r${dpi}`, ...FILTERS[kind], `-sOutputFile=${path.join(dir, "p%04d.pam")}`, pdf], { signal });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".pam")).sort();
  return {
    kind, dpi, pages: files.length, ms: Math.round(performance.now() - t0),
    page: (n) => parsePam(readFileSync(path.join(dir, files[n - 1]))),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
