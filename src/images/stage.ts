/**
 * The images stage, ready for src/build/registry.ts (not registered here: the build owner decides).
 * Collects, checks and renders the issue's images for the given editions into
 * `<outDir>/.images/<edition>/` and reports them in build.json facts under `images`.
 */
import path from "node:path";
import type { Stage } from "../build/stages.js";
import { collectImages } from "./collect.js";
import { intakeImages } from "./intake.js";
import type { PlacedFn } from "./placement.js";
import { renderImages } from "./render.js";
import { imageReports, resolutionWarnings, summarizeReports } from "./report.js";
import { imageStats } from "./stats.js";
import type { Edition, Rendition } from "./types.js";

export interface ImageStageOptions {
  editions?: Edition[];
  cacheDir?: string | false;
  concurrency?: number;
  pixelLimit?: number;
  placed?: PlacedFn;
}

export function imageStage(options: ImageStageOptions = {}): Stage {
  const editions = options.editions ?? ["print", "screen", "thumb"];
  return {
    name: "images",
    kinds: [],
    needs: [],
    async run(state, ctx) {
      const started = Date.now();
      const before = { ...imageStats };
      const uses = collectImages(state.issue);
      const intake = await intakeImages(uses, options);
      const renditions: Rendition[] = [];
      for (const edition of editions) {
        if (ctx.signal?.aborted) throw ctx.signal.reason;
        const outDir = path.join(ctx.outDir, ".images", edition);
        renditions.push(...(await renderImages(uses, edition, { ...options, outDir, intake })));
      }
      const reports = imageReports(uses, intake, options.placed, renditions);
      for (const w of resolutionWarnings(reports)) ctx.warn(`image resolution: ${w}`);
      const summary = summarizeReports(reports);
      const made = renditions.filter((r) => !r.cached).length;
      ctx.log(`images: ${intake.sources.length} files, ${renditions.length} renditions (${made} made, ${renditions.length - made} cached)`);
      return {
        files: [],
        facts: {
          images: {
            summary,
            ms: Date.now() - started,
            sharpPipelines: imageStats.pipelines - before.pipelines,
            reports,
            renditions: renditions.map(({ src, edition, file, widthPx, heightPx, bytes, cached }) => ({ src, edition, file, widthPx, heightPx, bytes, cached })),
          },
        },
      };
    },
  };
}
