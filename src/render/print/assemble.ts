/**
 * The print edition's HTML put together in one place: print.html from the templates and the view
 * model, with its styles, fonts and images beside it, on the issue's trim. The print stage
 * (render.ts), the copyfit of `folio check` (src/cli/copyfit.ts) and the preview
 * (src/preview/build.ts) all assemble it here; the issue comes to it typeset.
 */
import { writeFile } from "node:fs/promises";
import type { Issue } from "../../model/types.js";
import { renderBlocks } from "../html/blocks.js";
import { printGeometry, type PrintGeometry } from "./geometry.js";
import { writePrintHtml, type PrintHtml } from "./html.js";
import { createTemplates } from "./templates.js";
import type { BlocksRenderer, PrintFit } from "./view-model.js";

/** An article's body as print sets it: its blocks, as the shared block writer writes them. */
export const articleBody: BlocksRenderer = (article, imageUrl) => renderBlocks(article.blocks, { imageUrl });

export interface AssemblyOptions {
  /** How an article's body is written (default: articleBody). */
  renderBody?: BlocksRenderer;
  /** The back-cover bar code (SVG markup) for the barcode slot; the slot stays empty without it. */
  barcodeSvg?: string;
  /** Images already installed under html/ (source path → URL relative to print.html); see writePrintHtml. */
  images?: ReadonlyMap<string, string>;
  /** "fresh": read the templates again for this page, so that edits under templates/ show (the preview). */
  templates?: "fresh";
}

export interface PrintAssembly {
  /** The page geometry of the issue's trim. */
  geometry: PrintGeometry;
  /** Writes html/print.html for one layout pass with the fitter's settings; its assets too unless `assets` is false. */
  write: (fit?: PrintFit, assets?: boolean) => Promise<PrintHtml>;
}

export function assemblePrint(issue: Issue, outDir: string, opts: AssemblyOptions = {}): PrintAssembly {
  const geometry = printGeometry(issue.magazine.trim);
  const renderBody = opts.renderBody ?? articleBody;
  const write = async (fit?: PrintFit, assets?: boolean): Promise<PrintHtml> => {
    const html = await writePrintHtml(issue, outDir, geometry, renderBody, {
      barcodeSvg: opts.barcodeSvg,
      fit,
      assets,
      images: opts.images,
    });
    // writePrintHtml compiles the templates once per process; render again with fresh ones.
    if (opts.templates === "fresh") await writeFile(html.file, createTemplates().render("print", html.view));
    return html;
  };
  return { geometry, write };
}
