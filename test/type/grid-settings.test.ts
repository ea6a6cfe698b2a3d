/**
 * A type setting of magazine.yaml that passes its schema but leaves no workable grid is the editor's
 * to change: `folio check` and every build stop with magazine.yaml's file:line (exit 1), not as
 * folio's own fault.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIssue } from "../../src/check/index.js";
import { FolioError, formatProblem } from "../../src/contract/errors.js";
import { DEFAULT_TYPE_SYSTEM } from "../../src/model/cascade.js";
import type { TypeSystem } from "../../src/model/types.js";
import { typeGrid } from "../../src/type/grid.js";
import { copyMini } from "../helpers/mini.js";

let cacheDir: string;
const saved = process.env.FOLIO_CACHE_DIR;
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "folio-grid-settings-"));
  process.env.FOLIO_CACHE_DIR = cacheDir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.FOLIO_CACHE_DIR;
  else process.env.FOLIO_CACHE_DIR = saved;
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The mini issue with a `type:` block after its trim (magazine.yaml lines 9–14), `trim` replacing its trim line. */
function miniWithType(type: string, trim = "trim: { width_mm: 210, height_mm: 285, bleed_mm: 3 }"): string {
  const mini = copyMini();
  mini.edit("magazine.yaml", (s) =>
    s.replace("trim: { width_mm: 210, height_mm: 285, bleed_mm: 3 }\n", `${trim}\n${type}`),
  );
  return mini.issueDir;
}

function lines(e: unknown): string[] {
  expect(e).toBeInstanceOf(FolioError);
  return (e as FolioError).problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
}

async function problemsOfCheck(issueDir: string): Promise<string[]> {
  return checkIssue(issueDir).then(
    () => [],
    (e: unknown) => lines(e),
  );
}

describe("type settings no grid can be made of", () => {
  it("too few characters per line names magazine.yaml's type.columns line", async () => {
    const type =
      "type:\n  body_pt: 14\n  leading_pt: 21\n  columns: 3\n  column_gap_mm: 20\n  margins_mm: { top: 20, bottom: 20, inner: 60, outer: 60 }\n";
    const dir = miniWithType(type);
    expect(await problemsOfCheck(dir)).toEqual([
      "magazine.yaml:12: type: 3 column(s) of 14 pt leave 3 characters per line",
    ]);
  });

  it("too few lines on the page names magazine.yaml's type.leading_pt line", async () => {
    const dir = miniWithType(
      "type:\n  body_pt: 9.5\n  leading_pt: 24\n  margins_mm: { top: 60, bottom: 60, inner: 19, outer: 15 }\n",
      "trim: { width_mm: 210, height_mm: 200, bleed_mm: 3 }",
    );
    expect(await problemsOfCheck(dir)).toEqual(["magazine.yaml:11: type: the type area holds only 9 lines of 24 pt"]);
  });

  it("the grid names the lines the model carries; without them (an issue made in code), magazine.yaml", () => {
    const type = { ...DEFAULT_TYPE_SYSTEM, source: { file: "issues/magazine.yaml", columnsLine: 18, leadingLine: 17 } };
    const thrown = (trim: { widthMm: number; heightMm: number }, t: TypeSystem): unknown => {
      try {
        typeGrid(trim, t);
      } catch (e) {
        return e;
      }
    };
    expect(lines(thrown({ widthMm: 210, heightMm: 90 }, type))).toEqual([
      "magazine.yaml:17: type: the type area holds only 8 lines of 15.75 pt",
    ]);
    expect(lines(thrown({ widthMm: 70, heightMm: 285 }, type))).toEqual([
      "magazine.yaml:18: type: 2 column(s) of 9.5 pt leave 4 characters per line",
    ]);
    expect(() => typeGrid({ widthMm: 210, heightMm: 90 }, DEFAULT_TYPE_SYSTEM)).toThrow(
      "magazine.yaml: type: the type area holds only 8 lines of 15.75 pt",
    );
  });
});
