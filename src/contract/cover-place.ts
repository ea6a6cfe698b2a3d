/** Cover places an article or a 目录 item can be printed on instead of the inner pages (issue.yaml `place`). */
import type { PageRole } from "./layout/types.js";

/** Each is also the page role of its page (the layout's facts are read back by it: page-map.ts). */
export const COVER_PLACES = [
  "inside-front-cover",
  "inside-back-cover",
  "back-cover",
] as const satisfies readonly PageRole[];
export type CoverPlace = (typeof COVER_PLACES)[number];
