/**
 * Preview builds: issue folder → print.html (+ styles, fonts, images) in a numbered folder under
 * the preview root. Each build gets its own folder, so a browser still loading build n never sees
 * half-written files of build n+1; the two newest builds are kept, older ones deleted.
 * A bad issue is a state (the problems), not an exception: the server keeps running.
 */
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { FolioError, formatProblem, type Problem } from "../contract/errors.js";
import { loadIssue } from "../check/load.js";
import { typesetIssue } from "../type/typeset.js";
import { assemblePrint } from "../render/print/assemble.js";
import { cachedFitPlan } from "../flatplan/loop.js";
import { lastCopyfit } from "../flatplan/cache.js";
import { sourcesFingerprint } from "../flatplan/fingerprint.js";
import { charsPerLine } from "../type/grid.js";
import type { Issue } from "../model/types.js";
import { folderParts } from "../model/edition-folder.js";
import { COMPARE_PAGE, compareHtml } from "./compare.js";

/**
 * The copyfit report of the last build's layout (the flatplan cache), for the pages: `stale` when the
 * sources changed since (the preview lays the pages out again, but only a build measures them).
 */
export function previewCopyfit(issue: Issue): {
  at: string | null;
  stale: boolean;
  entries: { articleId: string; status: string; text: string }[];
} {
  const last = lastCopyfit(undefined, issue.id);
  if (!last) return { at: null, stale: false, entries: [] };
  return {
    at: last.at.toISOString(),
    stale: last.sources !== sourcesFingerprint(issue.dir),
    entries: last.copyfit.map((c) => ({ articleId: c.articleId, status: c.status, text: c.text })),
  };
}

export interface BuildState {
  /** Increases with every build attempt (good or bad). */
  version: number;
  status: "ok" | "error";
  /** The newest good build (still served while the issue has errors); 0 = none yet. */
  goodVersion: number;
  issueId: string;
  problems: Problem[];
  /** The problems as `file:line: field: message` lines. */
  lines: string[];
  ms: number;
  builtAt: string;
  /** An edition's page of translations beside their Chinese articles (in the build's html/). */
  compare?: string;
  /** An edition's direction: right-to-left spreads show the odd page on the left. */
  direction?: "ltr" | "rtl";
}

export interface Builder {
  build(): Promise<BuildState>;
  /** The html/ folder of a build still on disk, or undefined. */
  htmlDir(version: number): string | undefined;
  readonly state: BuildState | undefined;
}

const KEEP = 2;

export function createBuilder(issueDir: string, outRoot: string): Builder {
  let version = 0;
  let goodVersion = 0;
  let state: BuildState | undefined;
  const kept: number[] = [];
  const dirOf = (v: number) => path.join(outRoot, `build-${v}`);

  async function build(): Promise<BuildState> {
    const v = ++version;
    const t0 = performance.now();
    const base = { version: v, issueId: folderParts(path.resolve(issueDir)).id, builtAt: new Date().toISOString() };
    try {
      const issue = typesetIssue(await loadIssue(issueDir));
      // The fit the last build settled on (flatplan cache): the pages look as in the PDF; the
      // templates read again, so that edits under templates/ show up.
      const html = await assemblePrint(issue, dirOf(v), { templates: "fresh" }).write(
        cachedFitPlan(issue, { charsPerLine: charsPerLine(issue) }),
      );
      // The copyfit of the last build's layout, shown on the pages (src/preview/client/frame.js).
      await writeFile(path.join(html.dir, "copyfit.json"), JSON.stringify(previewCopyfit(issue)));
      // An edition: each translation beside its Chinese article (the toolbar links it).
      if (!issue.edition.base)
        await writeFile(
          path.join(html.dir, COMPARE_PAGE),
          compareHtml(typesetIssue(await loadIssue(issue.edition.baseDir)), issue),
        );
      goodVersion = v;
      kept.push(v);
      for (const old of kept.splice(0, Math.max(0, kept.length - KEEP)))
        await rm(dirOf(old), { recursive: true, force: true });
      state = {
        ...base,
        status: "ok",
        goodVersion,
        problems: [],
        lines: [],
        ms: Math.round(performance.now() - t0),
        ...(issue.edition.base ? {} : { compare: COMPARE_PAGE, direction: issue.edition.direction }),
      };
    } catch (e) {
      await rm(dirOf(v), { recursive: true, force: true });
      const problems: Problem[] =
        e instanceof FolioError
          ? e.problems
          : [{ file: base.issueId, message: `internal error: ${(e as Error)?.message ?? String(e)}` }];
      state = {
        ...base,
        status: "error",
        goodVersion,
        problems,
        lines: problems.map(formatProblem),
        ms: Math.round(performance.now() - t0),
      };
    }
    return state;
  }

  return {
    build,
    htmlDir: (v) => (kept.includes(v) ? path.join(dirOf(v), "html") : undefined),
    get state() {
      return state;
    },
  };
}
