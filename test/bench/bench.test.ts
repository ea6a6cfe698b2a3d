/** The bench's pure parts: goal verdicts from figures, and the one-paragraph edit it times. (No timing here.) */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { judge } from "../../bench/goals.js";
import { editParagraph, makeWorkspace } from "../../bench/workspace.js";

const figures = { nativePrintMs: 5000, coldBuildMs: 15000, rebuildMs: 5001, rebuildScreenMs: 2400, checkMs: 450, peakPssMb: 1600, peakMb: 2600, previewMs: null };

describe("bench", () => {
  it("judges each goal of issue 19 against native print, at the limit and just past it", () => {
    const [rebuild, screen, cold, preview, memory, check] = judge(figures);
    expect(cold).toMatchObject({ ratio: 3, verdict: "met" });
    expect(rebuild).toMatchObject({ ratio: 1, verdict: "not met" }); // 5001 ms > 1.0 × 5000 ms
    expect(screen).toMatchObject({ ratio: 0.48, verdict: "met" });
    expect(preview.verdict).toBe("not measured");
    expect(memory).toMatchObject({ figure: "1600 MB", verdict: "not met" });
    expect(check).toMatchObject({ figure: "0.45 s", verdict: "met" });
    expect(judge({ ...figures, previewMs: 1200 }).find((x) => x.goal.startsWith("preview"))?.verdict).toBe("not met");
  });

  it("edits one paragraph of the body of a copy, never the front matter or the sample issue", () => {
    const ws = makeWorkspace();
    try {
      const original = readFileSync(path.join(ws.issueDir, "articles/p016-ningxin-juli.md"), "utf8");
      const file = editParagraph(ws.issueDir, "和新期待");
      const edited = readFileSync(file, "utf8");
      expect(edited.length).toBe(original.length + 4);
      const frontMatterEnd = edited.indexOf("\n---", 3);
      expect(edited.slice(0, frontMatterEnd)).toBe(original.slice(0, frontMatterEnd));
      expect(edited).toContain("新要求和新期待，");
      expect(file.startsWith(ws.root)).toBe(true);
      expect(ws.env.FOLIO_CACHE_DIR?.startsWith(ws.root)).toBe(true);
    } finally {
      rmSync(ws.root, { recursive: true, force: true });
    }
  });
});
