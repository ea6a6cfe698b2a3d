/**
 * The stages folio runs for an issue, in order: images are checked, the print edition is paginated
 * (both PDFs from one pagination), the EPUB takes the print page map and is checked, the handoff takes
 * the print PDF.
 */
import type { FitRow } from "../flatplan/report.js";
import type { TypeReport } from "../type/report.js";
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
  type ImageReport,
  type ImageUse,
  type IntakeReport,
  type MeasuredImage,
  type Rendition,
} from "../images/index.js";
import { renderEpub, type PageStart } from "../render/epub/index.js";
import { runEpubChecks } from "../render/epub/check/stage.js";
import { renderPrint } from "../render/print/index.js";
import type { Stage } from "./stages.js";
import type { StageResult } from "./types.js";

const need = <T>(r: StageResult | undefined, key: string): T | undefined => r?.data?.[key] as T | undefined;
const fileOf = (r: StageResult | undefined, kind: string): string => {
  const f = r?.files.find((x) => x.kind === kind);
  if (!f) throw new Error(`the print stage made no ${kind}`);
  return f.path;
};

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
      const renditions = await renderImages(uses, "print", { outDir: path.join(ctx.outDir, "html"), intake, placed: estimatedPlacement(issue, intake) });
      const bySrc = new Map(renditions.map((r) => [r.src, r.file]));
      const printUrls = new Map(uses.map((u) => [u.image.path, bySrc.get(u.image.src)!]));
      const made = renditions.filter((r) => !r.cached).length;
      ctx.log(`images: ${intake.sources.length} files, ${renditions.length} print renditions (${made} made, ${renditions.length - made} cached)`);
      const images = {
        count: intake.byPath.size,
        ms: Math.round(performance.now() - t0),
        sharpPipelines: imageStats.pipelines - before,
        renditions: renditions.map(({ src, edition, file, widthPx, heightPx, bytes, cached }) => ({ src, edition, file, widthPx, heightPx, bytes, cached })),
      };
      return { files: [], facts: { images }, data: { uses, intake, renditions, printUrls } };
    },
  },
  {
    name: "print",
    kinds: ["screen-pdf", "print-pdf", "print-html", "thumbnails"],
    needs: ["images"],
    // Then the image report at the sizes measured in the layout (build.json facts.images, preflight).
    async run({ issue, results }, ctx) {
      const img = results.get("images");
      const printUrls = need<Map<string, string>>(img, "printUrls");
      const result = await renderPrint(issue, ctx, { images: printUrls });
      const uses = need<ImageUse[]>(img, "uses");
      const intake = need<IntakeReport>(img, "intake");
      if (!uses || !intake) return result;
      const measured = measuredPlacement(need<MeasuredImage[]>(result, "placedImages") ?? [], (p) => printUrls?.get(p));
      const estimated = estimatedPlacement(issue, intake);
      const reports = imageReports(uses, intake, (u) => measured(u) ?? estimated(u), need<Rendition[]>(img, "renditions"));
      for (const w of resolutionWarnings(reports)) ctx.warn(`image resolution: ${w}`);
      const ppis = reports.map((r) => r.effectivePpi);
      const images = { ...(img?.facts?.images as object), summary: summarizeReports(reports), minPpi: ppis.length ? Math.min(...ppis) : null, reports };
      return { ...result, facts: { ...result.facts, images }, data: { ...result.data, imageReports: reports } };
    },
  },
  {
    name: "epub",
    kinds: ["epub"],
    needs: ["print"],
    run: ({ issue, results }, ctx) => {
      const print = results.get("print");
      return renderEpub(issue, { pageMap: need<PageStart[]>(print, "pageMap"), coverPng: need<string>(print, "coverPng") }, ctx);
    },
  },
  {
    // EPUBCheck, DAISY Ace and the store rules on the written file; an error stops the build here.
    name: "epub-check",
    kinds: ["epub"],
    needs: ["epub"],
    run: ({ results }, ctx) => runEpubChecks(fileOf(results.get("epub"), "epub"), ctx),
  },
  {
    name: "handoff",
    kinds: ["print-pdf", "preflight", "handoff"],
    needs: ["print"],
    async run({ issue, results }, ctx) {
      const print = results.get("print");
      const input = {
        printPdf: fileOf(print, "print-pdf"),
        screenPdf: fileOf(print, "screen-pdf"),
        toc: print?.toc ?? [],
        images: need<ImageReport[]>(print, "imageReports"),
        flatplan: (print?.facts?.flatplan as { runs: FitRow[] } | undefined)?.runs,
        type: print?.facts?.type as TypeReport | undefined,
      };
      const result = await buildHandoff(issue, input, ctx);
      // From here on the press PDF is the print-pdf; the RGB bleed PDF stays as the printer's proof copy.
      for (const f of print?.files ?? []) if (f.kind === "print-pdf") f.kind = "print-rgb-pdf";
      return result;
    },
  },
];
