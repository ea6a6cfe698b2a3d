/**
 * What `folio check` (and the start of every build) says about the photos beyond intake (format,
 * readability, size limit: src/images/intake.ts): colour spaces folio cannot print, resolution at
 * the size the layout will give each photo (estimated from the design, no browser), and file names
 * that differ only in case. Pure over the intake report.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../contract/errors.js";
import { effectivePpi, PPI_FAIL, PPI_OK } from "../images/resolution.js";
import { placedBox } from "../images/placement.js";
import { estimatedPlacement } from "../images/layout.js";
import type { ImageUse, IntakeReport } from "../images/types.js";
import { mmToPx } from "../images/resolution.js";
import { ESTIMATE_HEADROOM } from "../images/layout.js";
import type { Issue } from "../model/types.js";

/** sharp colour spaces the pipeline converts to sRGB faithfully (CMYK through its ICC profile). */
export const PRINTABLE_SPACES = new Set(["srgb", "rgb", "rgb16", "b-w", "grey16", "cmyk"]);

export interface ImageVerdicts {
  problems: Problem[];
  warnings: string[];
}

const locate = (u: ImageUse, message: string): Problem =>
  u.image.at
    ? { file: u.image.at.file, line: u.image.at.line, field: "image", message }
    : { file: u.image.src, field: "image", message };

export function judgeImages(issue: Issue, uses: ImageUse[], intake: IntakeReport): ImageVerdicts {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const placed = estimatedPlacement(issue, intake);
  const seen = new Set<string>();
  for (const u of uses) {
    const s = intake.byPath.get(u.image.path);
    if (!s) continue;
    const first = !seen.has(s.path);
    seen.add(s.path);
    if (first && !PRINTABLE_SPACES.has(s.space)) {
      problems.push(
        locate(
          u,
          `${u.image.src} is in the ${s.space.toUpperCase()} colour space — save it as RGB (or CMYK with its ICC profile)`,
        ),
      );
      continue;
    }
    if (first && s.space === "cmyk" && !s.hasProfile) {
      warnings.push(
        `${u.image.src}: CMYK without an ICC profile; converted with a generic CMYK profile (ask for the file with its profile)`,
      );
    }
    const px = { width: s.widthPx, height: s.heightPx };
    // The estimate carries a 1% headroom for sizing renditions; judge the design's own size.
    const grown = placedBox(u, px, placed).box;
    const box = { widthMm: grown.widthMm / ESTIMATE_HEADROOM, heightMm: grown.heightMm / ESTIMATE_HEADROOM };
    const ppi = effectivePpi(px, box);
    const size = `${Math.round(box.widthMm)}×${Math.round(box.heightMm)} mm`;
    const need = `${mmToPx(box.widthMm, PPI_OK)}×${mmToPx(box.heightMm, PPI_OK)} px`;
    if (!(ppi >= PPI_FAIL)) {
      problems.push(
        locate(
          u,
          `${u.image.src} is ${s.widthPx}×${s.heightPx} px: ${ppi} ppi at the ${size} the layout gives it, under ${PPI_FAIL} — send a larger original (${need} for ${PPI_OK} ppi)`,
        ),
      );
    } else if (ppi < PPI_OK) {
      warnings.push(`${u.image.src}: ${ppi} ppi at ${size} (under ${PPI_OK}; ${need} would be sharp)`);
    }
  }
  problems.push(...caseClashes(uses));
  return { problems, warnings };
}

/** Two files in one folder whose names differ only in case: one file on Windows and macOS. */
export function caseClashes(uses: ImageUse[]): Problem[] {
  const problems: Problem[] = [];
  const folders = new Map<string, ImageUse>();
  for (const u of uses) if (!folders.has(path.dirname(u.image.path))) folders.set(path.dirname(u.image.path), u);
  for (const [dir, u] of folders) {
    const byLower = new Map<string, string[]>();
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a missing folder was reported where the photo is referenced
    }
    for (const name of names) byLower.set(name.toLowerCase(), [...(byLower.get(name.toLowerCase()) ?? []), name]);
    for (const names of byLower.values()) {
      if (names.length < 2) continue;
      const used =
        uses.find((x) => path.dirname(x.image.path) === dir && names.includes(path.basename(x.image.path))) ?? u;
      const rel = names.map((n) => path.join(path.dirname(used.image.src), n)).join(" and ");
      problems.push(
        locate(used, `${rel} differ only in case: on Windows and macOS they are one file — rename one of them`),
      );
    }
  }
  return problems;
}
