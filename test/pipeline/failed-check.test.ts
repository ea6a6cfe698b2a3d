/**
 * A failed preflight is recognised by its class: the build keeps its report and facts, commits the
 * output, then fails as the editor's (FolioError, exit 1) naming the report. An error that only
 * carries the name is not one.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { failedPreflightFacts, failedPreflightReport } from "../helpers/stage-facts.js";
import { FolioError, PreflightFailed } from "../../src/contract/errors.js";
import type { StageName } from "../../src/contract/stage.js";
import { buildIssue } from "../../src/pipeline/build.js";
import type { Stage } from "../../src/pipeline/stages.js";
import { MINI_ISSUE } from "../helpers/mini.js";

const print: Stage = {
  name: "print",
  kinds: ["screen-pdf"],
  needs: [],
  async run(_state, ctx) {
    const file = path.join(ctx.outDir, "screen.pdf");
    writeFileSync(file, "pdf");
    return { files: [{ kind: "screen-pdf", path: file }] };
  },
};

const handoff = (fail: (json: string, html: string) => Error): Stage => ({
  name: "handoff" satisfies StageName,
  kinds: ["handoff"],
  needs: ["print"],
  async run(_state, ctx) {
    const json = path.join(ctx.outDir, "preflight.json");
    const html = path.join(ctx.outDir, "preflight.html");
    writeFileSync(json, "{}");
    writeFileSync(html, "<p>report</p>");
    throw fail(json, html);
  },
});

const FACTS = failedPreflightFacts();
const report = failedPreflightReport();

describe("a failed preflight", () => {
  it("keeps the report and its facts, then fails naming the report (exit 1)", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "folio-out-"));
    const stage = handoff((json, html) => new PreflightFailed(report, { json, html }, FACTS));
    const err = await buildIssue(MINI_ISSUE, { outRoot: out, stages: [print, stage] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FolioError);
    expect((err as FolioError).problems).toEqual([
      {
        file: path.relative(process.cwd(), path.join(out, "2099-01", "preflight.html")),
        message: "preflight: 1 check(s) failed: images p. 1: 72 ppi",
      },
    ]);
    const manifest = JSON.parse(readFileSync(path.join(out, "2099-01", "build.json"), "utf8"));
    expect(manifest.files.map((f: { kind: string; path: string }) => [f.kind, f.path])).toEqual([
      ["screen-pdf", "screen.pdf"],
      ["preflight", "preflight.json"],
      ["preflight", "preflight.html"],
    ]);
    expect(manifest.facts.preflight).toEqual(FACTS.preflight);
  });

  it("an error that is only named PreflightFailed fails the build as any error does", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "folio-out-"));
    const impostor = (json: string, html: string) =>
      Object.assign(new Error("not a preflight"), { name: "PreflightFailed", reportFiles: { json, html }, facts: {} });
    await expect(buildIssue(MINI_ISSUE, { outRoot: out, stages: [print, handoff(impostor)] })).rejects.toThrow(
      "not a preflight",
    );
    expect(existsSync(path.join(out, "2099-01"))).toBe(false);
  });
});
