/**
 * renderImages: one rendition per distinct source file for an edition, written to `outDir` under the
 * names from outputNames(). Work is bounded (p-limit, default 2 for a 2-core machine) and cached by
 * source hash + plan, so a warm run copies files and runs no sharp pipeline. Failures (e.g. truncated
 * files that pass the header check) are collected and thrown as one FolioError.
 */
import { availableParallelism } from "node:os";
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import { FolioError, InternalError, type Problem } from "../contract/errors.js";
import { DEFAULT_CACHE_DIR, renditionCachePath, sha256 } from "./cache.js";
import { writeAtomic } from "../util/atomic-file.js";
import { groupBySource } from "./collect.js";
import { DEFAULT_CONCURRENCY, DEFAULT_PIXEL_LIMIT, describeUse, intakeImages, type IntakeOptions } from "./intake.js";
import { renderToFile } from "./pipeline.js";
import { placedBox, type PlacedFn } from "./placement.js";
import { outputNames, planKey, planRendition, type RenditionPlan } from "./plan.js";
import { imageStats } from "./stats.js";
import type { Edition, ImageUse, IntakeReport, Rendition, SourceInfo } from "./types.js";

export interface RenderOptions extends IntakeOptions {
  outDir: string;
  placed?: PlacedFn;
  /** From intakeImages(); read here when not given. */
  intake?: IntakeReport;
}

/** The plan for every distinct source of `uses` (largest placed box wins for print/screen). */
export function planEdition(uses: ImageUse[], edition: Edition, intake: IntakeReport, placed?: PlacedFn) {
  const groups = [...groupBySource(uses)];
  const names = outputNames(groups.map(([, list]) => list[0].image.src));
  return groups.map(([file, list]) => {
    const source = intake.byPath.get(file);
    if (!source) throw new InternalError(`image ${file} missing from the intake report`);
    const px = { width: source.widthPx, height: source.heightPx };
    const plan = planRendition(
      edition,
      px,
      list.map((u) => placedBox(u, px, placed).box),
    );
    const name = names.get(list[0].image.src);
    if (name === undefined) throw new InternalError(`image ${list[0].image.src} has no output name`);
    return { source, uses: list, plan, file: name };
  });
}

/** Calls running at once: libvips' thread count is set by the first and restored by the last. */
let running = 0;
let savedThreads = 0;

export async function renderImages(uses: ImageUse[], edition: Edition, opts: RenderOptions): Promise<Rendition[]> {
  const cacheDir = opts.cacheDir === undefined ? DEFAULT_CACHE_DIR : opts.cacheDir;
  const intake = opts.intake ?? (await intakeImages(uses, { ...opts, cacheDir }));
  const stats = opts.stats ?? imageStats;
  const pixelLimit = opts.pixelLimit ?? DEFAULT_PIXEL_LIMIT;
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const limit = pLimit(concurrency);
  // libvips threads per image so that jobs × threads ≈ cores (process-wide setting; restored after).
  if (running++ === 0) savedThreads = sharp.concurrency();
  sharp.concurrency(Math.max(1, Math.floor(availableParallelism() / concurrency)));
  const problems: Problem[] = [];
  try {
    const jobs = planEdition(uses, edition, intake, opts.placed);
    const done = await Promise.all(
      jobs.map((job) =>
        limit(async () => {
          try {
            return await renderOne(job.source, job.plan, path.join(opts.outDir, job.file), job.file, {
              cacheDir,
              pixelLimit,
              stats,
            });
          } catch (e) {
            problems.push({
              file: path.relative(process.cwd(), job.source.path) || job.source.path,
              field: [...new Set(job.uses.map(describeUse))].join(", "),
              message: `cannot make the ${edition} rendition: ${(e as Error).message.split("\n")[0]}`,
            });
            return undefined;
          }
        }),
      ),
    );
    if (problems.length) throw new FolioError(problems);
    return done.filter((r): r is Rendition => r !== undefined);
  } finally {
    if (--running === 0) sharp.concurrency(savedThreads);
  }
}

async function renderOne(
  source: SourceInfo,
  plan: RenditionPlan,
  out: string,
  file: string,
  o: { cacheDir: string | false; pixelLimit: number; stats: typeof imageStats },
): Promise<Rendition> {
  await mkdir(path.dirname(out), { recursive: true });
  const base = {
    src: source.src,
    edition: plan.edition,
    path: out,
    file,
    widthPx: plan.widthPx,
    heightPx: plan.heightPx,
  };
  const render = (tmp: string) => renderToFile(source, plan, tmp, o);
  if (!o.cacheDir) {
    await writeAtomic(out, render);
    return { ...base, bytes: (await stat(out)).size, cached: false };
  }
  const cached = renditionCachePath(o.cacheDir, sha256(planKey(source.sha256, plan)));
  let hit = true;
  try {
    await stat(cached);
  } catch {
    hit = false;
    await writeAtomic(cached, render);
  }
  await writeAtomic(out, (tmp) => copyFile(cached, tmp));
  return { ...base, bytes: (await stat(out)).size, cached: hit };
}
