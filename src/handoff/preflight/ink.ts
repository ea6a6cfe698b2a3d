/**
 * Total area coverage (TAC) per page. Ghostscript's `inkcov`/`ink_cov` devices report page
 * averages only, which never approach a TAC limit; so each page is rasterised inside its TrimBox
 * (crop marks are registration colour, 400 %) with `pamcmyk32` at low resolution and the highest
 * C+M+Y+K of any pixel is taken. 300 % is our warning limit for coated stock (ISO coated
 * conditions allow 300–350 %); it never fails the build: the printer's RIP has the final say.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../exec.js";
import { orPass, type CheckResult } from "./types.js";

export const TAC_WARN_PERCENT = 300;
const RES = 36; // dpi: ~0.7 mm pixels, averages out hairlines and anti-aliasing but not solid areas

export interface InkFigures {
  page: number;
  maxTac: number; // percent
  meanTac: number; // percent
}

/** Reads a PAM (P7, 4 × 8-bit CMYK) and measures it (pure). */
export function measurePam(pam: Buffer): { maxTac: number; meanTac: number } {
  const headerEnd = pam.indexOf("ENDHDR\n") + 7;
  const header = pam.toString("latin1", 0, headerEnd);
  const depth = Number(/DEPTH (\d+)/.exec(header)?.[1]);
  if (depth !== 4) throw new Error(`expected CMYK PAM, got depth ${depth}`);
  let max = 0, sum = 0, n = 0;
  for (let i = headerEnd; i + 3 < pam.length; i += 4) {
    const t = pam[i] + pam[i + 1] + pam[i + 2] + pam[i + 3];
    if (t > max) max = t;
    sum += t;
    n++;
  }
  const pct = (v: number) => Math.round((v / 255) * 100);
  return { maxTac: pct(max), meanTac: n ? pct(sum / n) : 0 };
}

export async function inkCoverage(pdf: string, signal?: AbortSignal): Promise<InkFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), "folio-ink-"));
  try {
    await run("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pamcmyk32", `-r${RES}`, "-dUseTrimBox",
      `-sOutputFile=${join(dir, "p%04d.pam")}`, pdf], { signal });
    return readdirSync(dir).sort().map((f, i) => ({ page: i + 1, ...measurePam(readFileSync(join(dir, f))) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkInk(figures: InkFigures[]): CheckResult[] {
  const found: CheckResult[] = figures
    .filter((f) => f.maxTac > TAC_WARN_PERCENT)
    .map((f) => ({ check: "ink", status: "warn", page: f.page, message: `total ink up to ${f.maxTac} % (limit ${TAC_WARN_PERCENT} %)` }));
  const worst = Math.max(0, ...figures.map((f) => f.maxTac));
  return orPass("ink", found, `total ink ≤ ${TAC_WARN_PERCENT} % on every page (highest ${worst} %)`);
}
