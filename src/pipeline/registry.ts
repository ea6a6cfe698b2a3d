/**
 * The stages folio runs for an issue, in order: images are checked, the print edition is paginated
 * (both PDFs from one pagination), the EPUB takes the print page map and is checked, the handoff takes
 * the print PDF (with 4 cores or more, the EPUB and its checks run beside the handoff: schedule.ts).
 * Each stage reads what earlier stages made from `state.outputs` (typed, outputs.ts) and returns its
 * entries for build.json with its own output.
 */
import path from "node:path";
import { buildHandoff } from "../handoff/index.js";
import {
  collectImages,
  estimatedPlacement,
  imageReports,
  imageStats,
  intakeImages,
  measuredPlacement,
  renderImages,
  resolutionWarnings,
  summarizeReports,
} from "../images/index.js";
import { renderEpub } from "../render/epub/index.js";
import { runEpubChecks } from "../render/epub/check/stage.js";
import { renderPrint } from "../render/print/index.js";
import type { ImagesFacts } from "../contract/build-facts.js";
import { fileOf } from "./outputs.js";
import type { Stage } from "./stages.js";
import { InternalError } from "../contract/errors.js";
import { makeProofRound } from "../proof/stage.js";

/** A stage's input that an earlier stage must have made (planStages runs a stage's needs first). */
function needed<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new InternalError(`internal: ${what} is missing (its stage did not run)`);
  return value;
}

export const STAGES: Stage[] = [
  {
    name: "images",
    kinds: [],
    needs: [],
    // Intake, then the print renditions (300 ppi at the placed size estimated from the design, never
    // upscaled) into html/, where print.html references them; content-hash cached in .cache/images.
    async run({ issue }, ctx) {
      const t0 = performance.now();
      const before = imageStats.pipelines;
      const uses = collectImages(issue);
      const intake = await intakeImages(uses, {});
      const renditions = await renderImages(uses, "print", {
        outDir: path.join(ctx.outDir, "html"),
        intake,
        placed: estimatedPlacement(issue, intake),
      });
      // One rendition per source file, under the src the intake recorded for it (its first use's).
      const bySrc = new Map(renditions.map((r) => [r.src, r.file]));
      const printUrl = (imagePath: string): string => {
        const source = intake.byPath.get(imagePath);
        const file = source && bySrc.get(source.src);
        if (file === undefined) throw new InternalError(`images: no print rendition of ${imagePath}`);
        return file;
      };
      const printUrls = new Map(uses.map((u) => [u.image.path, printUrl(u.image.path)]));
      const made = renditions.filter((r) => !r.cached).length;
      ctx.log(
        `images: ${intake.sources.length} files, ${renditions.length} print renditions (${made} made, ${renditions.length - made} cached)`,
      );
      const images: ImagesFacts = {
        count: intake.byPath.size,
        ms: Math.round(performance.now() - t0),
        sharpPipelines: imageStats.pipelines - before,
        renditions: renditions.map(({ src, edition, file, widthPx, heightPx, bytes, cached }) => ({
          src,
          edition,
          file,
          widthPx,
          heightPx,
          bytes,
          cached,
        })),
      };
      return {
        files: [],
        facts: { images },
        output: { images: { facts: images, uses, intake, renditions, printUrls } },
      };
    },
  },
  {
    name: "print",
    kinds: ["screen-pdf", "print-pdf", "print-html", "thumbnails"],
    needs: ["images"],
    // Then the image report at the sizes measured in the layout (build.json facts.images, preflight).
    async run({ issue, outputs }, ctx) {
      const img = outputs.images;
      const { output: print, ...result } = await renderPrint(issue, ctx, { images: img?.printUrls });
      if (!img) return { ...result, output: { print } };
      const measured = measuredPlacement(print.placedImages, (p) => img.printUrls.get(p));
      const estimated = estimatedPlacement(issue, img.intake);
      const reports = imageReports(img.uses, img.intake, (u) => measured(u) ?? estimated(u), img.renditions);
      for (const w of resolutionWarnings(reports)) ctx.warn(`image resolution: ${w}`);
      const ppis = reports.map((r) => r.effectivePpi);
      const images = {
        ...img.facts,
        summary: summarizeReports(reports),
        minPpi: ppis.length ? Math.min(...ppis) : null,
        reports,
      };
      return { ...result, facts: { ...result.facts, images }, output: { print: { ...print, imageReports: reports } } };
    },
  },
  {
    name: "epub",
    kinds: ["epub"],
    needs: ["print"],
    async run({ issue, outputs }, ctx) {
      const print = outputs.print;
      const result = await renderEpub(issue, { pageMap: print?.pageMap, coverPng: print?.coverPng }, ctx);
      return { ...result, output: { epub: { epub: fileOf(result, "epub", "epub") } } };
    },
  },
  {
    // EPUBCheck, DAISY Ace and the store rules on the written file; an error stops the build here.
    name: "epub-check",
    kinds: ["epub"],
    needs: ["epub"],
    run: ({ outputs }, ctx) => runEpubChecks(needed(outputs.epub, "the EPUB").epub, ctx),
  },
  {
    name: "handoff",
    kinds: ["print-pdf", "preflight", "handoff"],
    needs: ["print"],
    async run({ issue, outputs }, ctx) {
      const print = needed(outputs.print, "the print PDF");
      const result = await buildHandoff(
        issue,
        {
          printPdf: print.printPdf,
          screenPdf: print.screenPdf,
          toc: print.toc,
          images: print.imageReports,
          flatplan: print.flatplan,
          type: print.type,
        },
        ctx,
      );
      // The press PDF is the print-pdf from here on; the RGB bleed PDF stays as the printer's proof copy.
      return { ...result, relabels: { "print-pdf": "print-rgb-pdf" } };
    },
  },
  {
    // `folio proof`: the next proof round, compared with the last one kept in the output folder.
    name: "proof",
    kinds: ["proof"],
    needs: ["print"],
    async run({ issue, outputs }, ctx) {
      const print = needed(outputs.print, "the print PDF");
      return makeProofRound(
        issue,
        {
          printPdf: print.printPdf,
          screenPdf: print.screenPdf,
          layout: print.type?.layout,
          placedImages: print.placedImages,
          imageUrls: outputs.images?.printUrls,
        },
        ctx,
      );
    },
  },
];
