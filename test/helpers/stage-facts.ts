/** Stage facts the pipeline tests hand around: an empty type report and a failed preflight with its report. */
import type { TypeFacts } from "../../src/contract/type-report.js";

/** The type report (with its page roles) of a layout that measured nothing. */
export const emptyTypeReport = (): TypeFacts => ({
  expected: { bodyPt: 9, leadingPt: 15 },
  bodySizes: [],
  leadings: [],
  pages: [],
  runts: [],
  fillers: [],
  checks: [],
  layout: [],
});

/** A preflight that failed one check: what it says about itself (pages by their printed names). */
export const failedPreflightReport = () => ({
  pageNames: ["封一", "p. 1"],
  results: [{ check: "images", status: "fail" as const, page: 2, message: "72 ppi" }],
});

/** The build facts that preflight leaves behind. */
export const failedPreflightFacts = () =>
  ({
    preflight: {
      failed: 1,
      warned: 0,
      mode: "press",
      placeholders: 0,
      seconds: 0,
      timings: {},
      pagesRendered: {},
      figures: {},
    },
  }) as const;
