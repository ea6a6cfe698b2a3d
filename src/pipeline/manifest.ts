/** dist/<id>/build.json (dist/<id>-<tag>/ for an edition): what a build wrote, with sizes and SHA-256 hashes, plus the true TOC and timings. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { BuildFacts } from "../contract/build-facts.js";
import type { OutputFile, OutputKind, TocEntry } from "../contract/stage.js";
import type { Direction, Edition, WritingMode } from "../model/edition.js";
import type { TimedStep } from "./timer.js";
import { fileDigest } from "../util/file-digest.js";

export interface ManifestFile {
  kind: OutputKind;
  path: string;
  bytes: number;
  sha256: string;
  pages?: number;
}

/** Which edition of which Chinese issue a build is: build.json `issue.edition`, for `folio publish`. */
export interface ManifestEdition {
  /** "zh" for the Chinese edition, else its tag under magazine.yaml `editions:`. */
  tag: string;
  /** The Chinese issue's id: the issue this is an edition of ("2022-08"). */
  of: string;
  base: boolean;
  /** The language's name in its own script (汉文, ئۇيغۇرچە). */
  name: string;
  /** BCP 47 tag, as the EPUB's dc:language. */
  language: string;
  direction: Direction;
  writingMode: WritingMode;
}

export interface Manifest {
  issue: {
    id: string;
    title: string;
    number: number;
    totalNumber: number;
    date: string;
    /** Written by every build since editions (last, so the keys before it keep their order). */
    edition?: ManifestEdition;
  };
  files: ManifestFile[];
  /** `place` (inside-back-cover, …) and `page: null` for an item printed on a cover page. */
  toc: TocEntry[];
  /** Milliseconds per step, in the order the steps finished. */
  timings: Partial<Record<TimedStep, number>>;
  warnings: string[];
  facts: BuildFacts;
}

export function manifestEdition(e: Edition): ManifestEdition {
  return {
    tag: e.tag,
    of: e.baseIssueId,
    base: e.base,
    name: e.name,
    language: e.language,
    direction: e.direction,
    writingMode: e.writingMode,
  };
}

/** Describes output files relative to the output folder (paths in build.json never depend on where it was built). */
export async function describeFiles(outDir: string, files: OutputFile[]): Promise<ManifestFile[]> {
  const out: ManifestFile[] = [];
  for (const f of await expandFolders(outDir, files)) {
    const abs = path.resolve(outDir, f.path);
    const st = await stat(abs);
    const entry: ManifestFile = {
      kind: f.kind,
      path: path.relative(outDir, abs).split(path.sep).join("/"),
      bytes: st.size,
      sha256: (await fileDigest(abs)).sha256,
    };
    if (f.pages !== undefined) entry.pages = f.pages;
    out.push(entry);
  }
  return out;
}

/** An output that is a folder (e.g. thumbnails/) is listed file by file, in name order. */
async function expandFolders(outDir: string, files: OutputFile[]): Promise<OutputFile[]> {
  const out: OutputFile[] = [];
  for (const f of files) {
    const abs = path.resolve(outDir, f.path);
    if (!(await stat(abs)).isDirectory()) {
      out.push(f);
      continue;
    }
    const names = (await readdir(abs, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
    for (const n of names) out.push({ kind: f.kind, path: n });
  }
  return out;
}

export function tocForManifest(toc: TocEntry[]): Manifest["toc"] {
  return toc.map(({ section, title, tocTitle, kicker, page, articleId, place }) => ({
    section,
    title,
    ...(tocTitle ? { tocTitle } : {}),
    ...(kicker ? { kicker } : {}),
    page,
    articleId,
    ...(place ? { place } : {}),
  }));
}
