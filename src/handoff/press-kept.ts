/**
 * The press PDF kept by what makes it (util/file-results.ts): the print PDF's bytes, the press
 * settings and palette, the issue's title, date and document IDs, the output profile's bytes,
 * Ghostscript's version and the bytes of folio's handoff modules. A build whose print PDF is byte for
 * byte one made before (an edit to the EPUB alone, a build run again) copies that press PDF instead
 * of converting the issue again; preflight still reads the file, as always.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Issue } from "../model/types.js";
import { codeOf } from "../pdf/page-cache.js";
import { toolVersion } from "../util/tools.js";
import { openFileResults, resultKey } from "../util/file-results.js";
import { issueDate, issueLabel, issueUuids } from "./ids.js";
import { resolvePressCondition, type PressCondition } from "./press-condition.js";
import { makePressPdf, type PressPdfOptions, type PressPdfResult } from "./press-pdf.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Every module of the handoff folder (not preflight/): a change to any may change the press PDF. */
function handoffCode(): string {
  const ext = path.extname(fileURLToPath(import.meta.url));
  const modules = readdirSync(HERE)
    .filter((n) => n.endsWith(ext) && !n.endsWith(`.d${ext}`))
    .map((n) => n.slice(0, -ext.length))
    .sort();
  return codeOf(HERE, ...modules);
}

/** What decides the press PDF besides the print PDF's bytes, and the press condition as resolved now. */
export async function pressInputs(
  issue: Issue,
  signal?: AbortSignal,
): Promise<{ salt: string; condition: PressCondition }> {
  const condition = await resolvePressCondition(issue.magazine.press, signal);
  const settings = JSON.stringify({
    press: issue.magazine.press,
    palette: issue.magazine.palette,
    title: issueLabel(issue),
    date: issueDate(issue),
    ids: issueUuids(issue, "press"),
    condition: {
      identifier: condition.identifier,
      outputCondition: condition.outputCondition,
      registry: condition.registry,
      info: condition.info,
      totalInkLimit: condition.totalInkLimit,
    },
  });
  const salt = [
    settings,
    resultKey(readFileSync(condition.profile.path)),
    await toolVersion("gs", "--version"),
    handoffCode(),
  ].join("\n");
  return { salt, condition };
}

export interface KeptPressPdf extends PressPdfResult {
  /** Copied from an earlier build of the same print PDF (no Ghostscript run in this one). */
  kept: boolean;
}

/** makePressPdf, or its earlier output for the same inputs. `cacheDir` null: always converted. */
export async function keptPressPdf(
  issue: Issue,
  printPdf: string,
  workDir: string,
  outPath: string,
  opts: PressPdfOptions & { cacheDir?: string | null } = {},
): Promise<KeptPressPdf> {
  const results = openFileResults("press-pdf", { dir: opts.cacheDir, keep: 6, files: ["pdf"] });
  const { salt, condition } = await pressInputs(issue, opts.signal);
  const key = resultKey(readFileSync(printPdf), salt);
  const got = results.get<PressPdfResult>(key);
  // The condition as resolved now: its profile's path, and whether it was built in this build.
  if (got && results.copyOut(key, "pdf", outPath)) return { ...got, path: outPath, condition, kept: true };
  const made = await makePressPdf(issue, printPdf, workDir, outPath, opts);
  results.keepFile(key, "pdf", outPath);
  results.put(key, made);
  return { ...made, kept: false };
}
