/**
 * Intake: read each source file's header with sharp (no full decode) and reject what the pipeline
 * cannot use — non-images and unreadable files, formats other than JPEG/PNG/WebP/TIFF, and
 * decompression bombs (more pixels than `pixelLimit`, default 100 megapixels). Every bad file is
 * reported at once in one FolioError, one line per file. Header facts are cached by content hash,
 * so a warm run does no sharp work at all. (Paths, URLs and symlinks were checked by src/model/images.ts.)
 */
import path from "node:path";
import pLimit from "p-limit";
import { FolioError, type Problem } from "../contract/errors.js";
import { DEFAULT_CACHE_DIR, metaCachePath } from "./cache.js";
import { fileDigest } from "../util/file-digest.js";
import { readJson, writeJsonAtomic } from "../util/atomic-file.js";
import { groupBySource } from "./collect.js";
import { counted, imageStats, type ImageStats } from "./stats.js";
import { ACCEPTED_FORMATS, type AcceptedFormat, type ImageUse, type IntakeReport, type SourceInfo } from "./types.js";

export const DEFAULT_PIXEL_LIMIT = 100_000_000;
export const DEFAULT_CONCURRENCY = 2;

export interface IntakeOptions {
  /** Largest accepted width × height (default 100 megapixels). */
  pixelLimit?: number;
  /** Cache folder (default <project>/.cache/images); false: no cache. */
  cacheDir?: string | false;
  concurrency?: number;
  stats?: ImageStats;
}

type Header = Omit<SourceInfo, "path" | "src" | "sha256" | "bytes" | "format"> & { format: string };

async function readHeader(file: string, stats: ImageStats): Promise<Header> {
  // Loaded on the first cache miss only: a warm `folio check` never starts libvips.
  const { default: sharp } = await import("sharp");
  const m = await counted(stats, "metadata", () => sharp(file, { limitInputPixels: false }).metadata());
  const swap = (m.orientation ?? 1) >= 5;
  const width = m.width ?? 0,
    height = m.height ?? 0;
  return {
    format: m.format ?? "unknown",
    widthPx: swap ? height : width,
    heightPx: swap ? width : height,
    space: m.space ?? "unknown",
    channels: m.channels ?? 0,
    hasAlpha: Boolean(m.hasAlpha),
    hasProfile: Boolean(m.icc),
    orientation: m.orientation,
  };
}

export function describeUse(u: ImageUse): string {
  return u.slot === "figure" ? `figure in ${u.usedBy}` : u.slot;
}

async function inspect(
  file: string,
  uses: ImageUse[],
  opts: IntakeOptions,
  stats: ImageStats,
): Promise<SourceInfo | Problem> {
  // Named where the issue refers to the file (the editor's line to change), else by the file itself.
  const at = uses.find((u) => u.image.at)?.image.at;
  const problem = (message: string): Problem =>
    at
      ? {
          file: at.file,
          line: at.line,
          field: "image",
          message: `${uses[0].image.src} (${[...new Set(uses.map(describeUse))].join(", ")}): ${message}`,
        }
      : {
          file: path.relative(process.cwd(), file) || file,
          field: [...new Set(uses.map(describeUse))].join(", "),
          message,
        };
  let hashed: { sha256: string; bytes: number };
  try {
    hashed = await fileDigest(file);
  } catch (e) {
    return problem(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const cacheFile = opts.cacheDir ? metaCachePath(opts.cacheDir, hashed.sha256) : undefined;
  let header = cacheFile ? await readJson<Header>(cacheFile) : undefined;
  if (!header) {
    try {
      header = await readHeader(file, stats);
    } catch (e) {
      return problem(
        `not a readable image (${(e as Error).message.split("\n")[0]}) — export it again as JPEG, PNG, WebP or TIFF`,
      );
    }
    if (cacheFile && header.widthPx > 0) await writeJsonAtomic(cacheFile, header).catch(() => undefined);
  }
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(header.format)) {
    return problem(`unsupported image format ${header.format.toUpperCase()} — save it as JPEG, PNG, WebP or TIFF`);
  }
  if (!(header.widthPx > 0 && header.heightPx > 0)) return problem("image has no pixel size");
  const limit = opts.pixelLimit ?? DEFAULT_PIXEL_LIMIT;
  const pixels = header.widthPx * header.heightPx;
  if (pixels > limit) {
    const mp = (n: number) => `${Math.round(n / 1e5) / 10} megapixels`;
    return problem(
      `image is ${header.widthPx}×${header.heightPx} px (${mp(pixels)}), over the limit of ${mp(limit)}: refusing to decode it — scale it down`,
    );
  }
  return { path: file, src: uses[0].image.src, ...hashed, ...header, format: header.format as AcceptedFormat };
}

/** Inspect every distinct source file; throws one FolioError listing every bad file. */
export async function intakeImages(uses: ImageUse[], opts: IntakeOptions = {}): Promise<IntakeReport> {
  const o = { ...opts, cacheDir: opts.cacheDir === undefined ? DEFAULT_CACHE_DIR : opts.cacheDir };
  const stats = opts.stats ?? imageStats;
  const limit = pLimit(opts.concurrency ?? DEFAULT_CONCURRENCY);
  const groups = [...groupBySource(uses)];
  const results = await Promise.all(groups.map(([file, list]) => limit(() => inspect(file, list, o, stats))));
  const problems = results.filter((r): r is Problem => !("sha256" in r));
  if (problems.length) throw new FolioError(problems);
  const sources = results as SourceInfo[];
  return { sources, byPath: new Map(sources.map((s) => [s.path, s])) };
}
