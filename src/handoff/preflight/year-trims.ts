/**
 * The trims of the other issues of the same year built beside this one (the out root's `<yyyy-mm>/`
 * folders): page 1's TrimBox of each one's press PDF (or print PDF), as `pdfinfo -box` reads it.
 * For the periodical rule trim-year (src/handoff/preflight/periodical.ts).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../util/tools.js";

export interface IssueTrim {
  id: string;
  widthPt: number;
  heightPt: number;
}

/** `Page    1 TrimBox:  36.92 37.06 632.20 844.94` → its width and height. */
export function parseTrimBox(out: string): { widthPt: number; heightPt: number } | undefined {
  const m = /TrimBox:\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)/.exec(out);
  if (!m) return undefined;
  const [x0, y0, x1, y1] = m.slice(1).map(Number);
  return { widthPt: x1 - x0, heightPt: y1 - y0 };
}

/** Issues of `year` other than `id` built under `outRoot`, each with its trim. */
export async function yearTrims(outRoot: string, id: string, year: number, signal?: AbortSignal): Promise<IssueTrim[]> {
  if (!existsSync(outRoot)) return [];
  const others = readdirSync(outRoot).filter((d) => d !== id && d.startsWith(`${year}-`) && /^\d{4}-\d{2}$/.test(d));
  const out: IssueTrim[] = [];
  for (const other of others.sort()) {
    const pdf = [`${other}-press.pdf`, `${other}-print.pdf`].map((f) => join(outRoot, other, f)).find(existsSync);
    if (!pdf) continue;
    const trim = parseTrimBox((await run("pdfinfo", ["-box", "-f", "1", "-l", "1", pdf], { signal })).stdout);
    if (trim) out.push({ id: other, ...trim });
  }
  return out;
}
