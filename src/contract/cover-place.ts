/** Cover places an article or a 目录 item can be printed on instead of the inner pages (issue.yaml `place`). */
export const COVER_PLACES = ["inside-front-cover", "inside-back-cover", "back-cover"] as const;
export type CoverPlace = (typeof COVER_PLACES)[number];
