/**
 * Image pipeline (sharp): collect the images an issue uses, check them (intake), make renditions per
 * edition (print 300 ppi at placed size, screen 150 ppi, epub ≤ 1600 px, thumb ≤ 320 px), cached by
 * content hash, and report effective resolution per use.
 */
export * from "./types.js";
export { collectImages, groupBySource } from "./collect.js";
export { intakeImages, DEFAULT_PIXEL_LIMIT, DEFAULT_CONCURRENCY, type IntakeOptions } from "./intake.js";
export { renderImages, planEdition, type RenderOptions } from "./render.js";
export {
  planRendition,
  outputNames,
  EDITION_SPECS,
  PIPELINE_VERSION,
  type RenditionPlan,
  type EditionSpec,
} from "./plan.js";
export { effectivePpi, judgeResolution, PPI_OK, PPI_FAIL } from "./resolution.js";
export { placedBox, fullBleedBox, DEFAULT_FIGURE_WIDTH_MM, type PlacedFn } from "./placement.js";
export { imageReports, summarizeReports, resolutionWarnings } from "./report.js";
export { imageStats, newImageStats, resetImageStats, type ImageStats } from "./stats.js";
export { DEFAULT_CACHE_DIR } from "./cache.js";
export { estimatedPlacement, measuredPlacement, columnWidthMm, coveredBox, type MeasuredImage } from "./layout.js";
