/** Every image an issue uses, with where it is used. Pure (reads only the model). */
import type { CoverPage, Issue } from "../model/types.js";
import { fullBleedBox } from "./placement.js";
import type { ImageSlot, ImageUse } from "./types.js";
import { typeGrid } from "../type/grid.js";

const COVER_SLOTS = [
  "cover",
  "insideFrontCover",
  "insideBackCover",
  "backCover",
] as const satisfies readonly ImageSlot[];

/** Covers first (封一, 封二, 封三, 封四), then figures in reading order, then page fillers. One entry per use. */
export function collectImages(issue: Issue): ImageUse[] {
  const uses: ImageUse[] = [];
  const bleed = fullBleedBox(issue.magazine.trim);
  for (const slot of COVER_SLOTS) {
    const page: CoverPage | undefined = issue[slot];
    if (page?.image) uses.push({ image: page.image, slot, usedBy: slot, defaultBox: bleed });
  }
  for (const article of issue.articles) {
    for (const block of article.blocks) {
      if (block.type === "figure")
        uses.push({ image: block.image, slot: "figure", usedBy: article.id, blockId: block.id });
    }
  }
  const g = typeGrid(issue.magazine.trim, issue.magazine.type);
  for (const f of issue.fillers ?? [])
    uses.push({
      image: f.image,
      slot: "filler",
      usedBy: f.id,
      defaultBox: { widthMm: g.typeArea.widthMm, heightMm: g.typeArea.heightMm },
    });
  return uses;
}

/** Uses grouped by source file (absolute path), in first-use order. */
export function groupBySource(uses: ImageUse[]): Map<string, ImageUse[]> {
  const groups = new Map<string, ImageUse[]>();
  for (const u of uses) {
    const list = groups.get(u.image.path);
    if (list) list.push(u);
    else groups.set(u.image.path, [u]);
  }
  return groups;
}
