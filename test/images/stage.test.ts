import path from "node:path";
import { describe, expect, it } from "vitest";
import { imageStage, type ImageReport } from "../../src/images/index.js";
import { loadIssue } from "../../src/model/index.js";
import { MINI_ISSUE } from "../helpers/mini.js";
import { tempDir } from "./helpers.js";

describe("imageStage", () => {
  it("renders the mini issue's images and reports them in facts; warm run is all cache", async () => {
    const issue = await loadIssue(MINI_ISSUE);
    const dir = tempDir();
    const stage = imageStage({ cacheDir: path.join(dir, "cache"), editions: ["screen", "thumb"] });
    const warnings: string[] = [];
    const ctx = { outDir: path.join(dir, "out"), log: () => {}, warn: (m: string) => warnings.push(m) };
    const cold = await stage.run({ issue, results: new Map() }, ctx);
    const facts = cold.facts!.images as { reports: ImageReport[]; renditions: { cached: boolean; file: string }[]; sharpPipelines: number };
    expect(facts.reports.map((r) => [r.slot, r.src])).toEqual([["cover", "images/cover.png"], ["figure", "images/cover.png"]]);
    expect(facts.renditions.map((r) => r.file)).toEqual(["images/cover.jpg", "images/cover.jpg"]); // one file per edition
    expect(facts.sharpPipelines).toBe(2);
    expect(warnings.length).toBe(facts.reports.filter((r) => r.status !== "ok").length);
    const warm = await stage.run({ issue, results: new Map() }, { ...ctx, outDir: path.join(dir, "out2") });
    expect((warm.facts!.images as { sharpPipelines: number }).sharpPipelines).toBe(0);
  });
});
