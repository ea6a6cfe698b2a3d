/** Stages hand typed outputs to later stages; a stage's relabels change the manifest, never another stage's result. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIssue } from "../../src/pipeline/build.js";
import type { Stage } from "../../src/pipeline/stages.js";
import type { OutputFile } from "../../src/contract/stage.js";
import { MINI_ISSUE } from "../helpers/mini.js";

const write = (dir: string, name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("stage outputs", () => {
  it("a later stage reads an earlier one's typed output; the handoff's press PDF takes the print-pdf kind", async () => {
    let printFiles: OutputFile[] = [];
    let seen: string | undefined;
    const stages: Stage[] = [
      {
        name: "epub",
        kinds: ["epub"],
        needs: [],
        async run(_s, ctx) {
          const epub = write(ctx.outDir, "a.epub", "epub");
          return { files: [{ kind: "epub", path: epub }], output: { epub: { epub } } };
        },
      },
      {
        name: "print",
        kinds: ["print-pdf"],
        needs: ["epub"],
        async run({ outputs }, ctx) {
          seen = outputs.epub?.epub;
          printFiles = [{ kind: "print-pdf", path: write(ctx.outDir, "rgb.pdf", "rgb") }];
          return { files: printFiles };
        },
      },
      {
        name: "handoff",
        kinds: ["handoff"],
        needs: ["print"],
        async run(_s, ctx) {
          return {
            files: [{ kind: "print-pdf", path: write(ctx.outDir, "press.pdf", "press") }],
            relabels: { "print-pdf": "print-rgb-pdf" },
          };
        },
      },
    ];
    const out = mkdtempSync(path.join(tmpdir(), "folio-out-"));
    const { manifest } = await buildIssue(MINI_ISSUE, { outRoot: out, stages });
    expect(seen && path.basename(seen)).toBe("a.epub");
    expect(manifest.files.map((f) => [f.kind, f.path])).toEqual([
      ["epub", "a.epub"],
      ["print-rgb-pdf", "rgb.pdf"],
      ["print-pdf", "press.pdf"],
    ]);
    expect(printFiles[0].kind).toBe("print-pdf"); // the print stage's own result is left as it made it
  });
});
