import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIssue } from "../../src/pipeline/build.js";
import type { StageName } from "../../src/contract/stage.js";
import { planStages, type Stage } from "../../src/pipeline/stages.js";
import { MINI_ISSUE } from "../helpers/mini.js";

const fakeStage = (name: StageName, kind: "screen-pdf" | "epub", content: string, needs: StageName[] = []): Stage => ({
  name,
  kinds: [kind],
  needs,
  async run(_state, ctx) {
    const file = path.join(ctx.outDir, `${name}.bin`);
    writeFileSync(file, content);
    return {
      files: [{ kind, path: file, pages: 4 }],
      toc: [{ section: "卷首语", title: "卷首短文", page: 1, articleId: "p001-editorial" }],
    };
  },
});

describe("build manifest", () => {
  it("lists every file with its size and true SHA-256, paths relative to the output folder", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "folio-out-"));
    const { manifest, outDir } = await buildIssue(MINI_ISSUE, {
      outRoot: out,
      stages: [fakeStage("print", "screen-pdf", "hello")],
    });
    expect(outDir).toBe(path.join(out, "2099-01"));
    const onDisk = JSON.parse(readFileSync(path.join(outDir, "build.json"), "utf8"));
    expect(onDisk).toEqual(manifest);
    expect(manifest.files).toEqual([
      {
        kind: "screen-pdf",
        path: "print.bin",
        bytes: 5,
        sha256: createHash("sha256").update("hello").digest("hex"),
        pages: 4,
      },
    ]);
    expect(manifest.toc).toEqual([{ section: "卷首语", title: "卷首短文", page: 1, articleId: "p001-editorial" }]);
    expect(manifest.issue).toMatchObject({ id: "2099-01", totalNumber: 1, date: "2099-01-25" });
    expect(Object.keys(manifest.timings)).toEqual(["load", "print"]);
  });

  it("a failed build leaves the previous output untouched and no temporary folder or lock behind", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "folio-out-"));
    await buildIssue(MINI_ISSUE, { outRoot: out, stages: [fakeStage("print", "screen-pdf", "first")] });
    const before = readFileSync(path.join(out, "2099-01", "print.bin"), "utf8");
    const failing: Stage = {
      name: "epub",
      kinds: ["epub"],
      needs: [],
      run: async () => {
        throw new Error("boom");
      },
    };
    await expect(
      buildIssue(MINI_ISSUE, { outRoot: out, stages: [fakeStage("print", "screen-pdf", "second"), failing] }),
    ).rejects.toThrow("boom");
    expect(readFileSync(path.join(out, "2099-01", "print.bin"), "utf8")).toBe(before);
    expect(readdirSync(out).sort()).toEqual(["2099-01"]);
    expect(existsSync(path.join(out, ".2099-01.lock"))).toBe(false);
  });

  it("--only plans the selected stages with what they need", () => {
    const print = fakeStage("print", "screen-pdf", "");
    const epub = fakeStage("epub", "epub", "", ["print"]);
    expect(planStages([print, epub], ["epub"]).map((s) => s.name)).toEqual(["print", "epub"]);
    expect(planStages([print, epub], ["screen-pdf"]).map((s) => s.name)).toEqual(["print"]);
    expect(planStages([print, epub]).map((s) => s.name)).toEqual(["print", "epub"]);
  });
});
