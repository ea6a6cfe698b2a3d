/** The print stage: see render.ts. */
import type { PrintResult } from "../../contract/print-output.js";
import type { StageContext } from "../../contract/stage.js";
import type { Issue } from "../../model/types.js";
import { renderBlocks } from "../html/blocks.js";
import { periodicalBarcodeSvg } from "./barcode.js";
import { renderPrintWith, type PrintOptions } from "./render.js";
import { isVertical } from "./html.js";
import { renderVerticalPrint } from "./vertical/index.js";

export type { PrintOptions } from "./render.js";

export function renderPrint(
  issue: Issue,
  ctx: StageContext,
  opts: Pick<PrintOptions, "images"> = {},
): Promise<PrintResult> {
  const renderBody: PrintOptions["renderBody"] = (article, imageUrl) => renderBlocks(article.blocks, { imageUrl });
  const barcodeSvg = (i: Issue) => {
    // An edition without an ISSN of its own prints no bar code (never another edition's).
    if (!i.magazine.issn) return "";
    return periodicalBarcodeSvg({ issn: i.magazine.issn, year: i.year, number: i.number });
  };
  // Vertical writing is laid out by Chromium's own pagination (docs/layout-engines.md).
  if (isVertical(issue)) return renderVerticalPrint(issue, ctx, { ...opts, renderBody, barcodeSvg: barcodeSvg(issue) });
  return renderPrintWith(issue, ctx, { ...opts, renderBody, barcodeSvg });
}
