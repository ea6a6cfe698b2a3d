/**
 * Writes html/print.html with everything it needs next to it: styles/, fonts/ and the issue's
 * images (same relative paths as in the issue folder), so the file opens in a browser as is.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ImageRef, Issue } from "../../model/types.js";
import { PRINT_FONTS, printFontsOf } from "../../type/fonts/print-fonts.js";
import { installFonts } from "./fonts.js";
import { htmlText } from "./rare-fonts.js";
import { EDITION_FONTS_DIR, editionCss, editionFontFile, mirrorPageSides } from "./edition-css.js";
import { paletteCss } from "./palette-css.js";
import { gridCss, typeGrid } from "../../type/grid.js";
import type { PrintGeometry } from "./geometry.js";
import { createTemplates, type Templates } from "./templates.js";
import { buildPrintView, imageUrl, type BlocksRenderer, type PrintFit, type PrintView } from "./view-model.js";
import { InternalError } from "../../contract/errors.js";
import { verticalExtras } from "./vertical/view.js";

export const STYLES_DIR = fileURLToPath(new URL("../../../styles/", import.meta.url));
/** Print stylesheets in cascade order (after the generated grid.css: the type grid and page margins). */
export const STYLESHEETS = [
  "fonts.css",
  "page.css",
  "typography.css",
  "columns.css",
  "components.css",
  "article.css",
  "frontmatter.css",
];
/** The stylesheet of an edition in vertical writing, laid out by Chromium's own pagination (templates/vertical.hbs). */
export const VERTICAL_STYLESHEET = "vertical.css";
/** Made from magazine.yaml `type:` for every print.html (src/type/grid.ts). */
export const GRID_STYLESHEET = "grid.css";

/** Generated for the edition (edition-css.ts), last in the cascade. */
export const EDITION_STYLESHEET = "edition.css";

/** Generated from magazine.yaml `palette:` next to the copied stylesheets (palette-css.ts). */
export const PALETTE_CSS = "palette.css";

let cachedTemplates: Templates | undefined;

/** Every image the print HTML references (covers, figures, page fillers). */
function issueImages(issue: Issue): { path: string; url: string }[] {
  const refs = [issue.cover, issue.insideFrontCover, issue.insideBackCover, issue.backCover].flatMap((c) =>
    c?.image ? [c.image] : [],
  );
  for (const a of issue.articles) for (const b of a.blocks) if (b.type === "figure") refs.push(b.image);
  for (const f of issue.fillers ?? []) refs.push(f.image);
  const seen = new Map<string, string>();
  for (const r of refs) seen.set(imageUrl(r), r.path);
  return [...seen].map(([url, p]) => ({ url, path: p }));
}

export interface PrintHtml {
  file: string;
  dir: string;
  view: PrintView;
}

export interface PrintHtmlOptions {
  barcodeSvg?: string;
  /** The flatplan fitter's settings for this layout pass. */
  fit?: PrintFit;
  /** Copy fonts, styles and images (false when only print.html changes between layout passes). */
  assets?: boolean;
  /**
   * Images already installed under html/ (the build's print renditions): source path (absolute) →
   * URL relative to print.html. When given, print.html references these and no original is copied.
   */
  images?: ReadonlyMap<string, string>;
  /** An edition in vertical writing: the pad pages to print before 封三 (vertical/view.ts). */
  pads?: number;
}

export const isVertical = (issue: Issue): boolean => issue.edition.writingMode === "vertical-lr";

export async function writePrintHtml(
  issue: Issue,
  outDir: string,
  geometry: PrintGeometry,
  renderBody: BlocksRenderer,
  opts: PrintHtmlOptions = {},
): Promise<PrintHtml> {
  const dir = path.join(outDir, "html");
  // fonts/fonts.css is not among them: it is linked on its own, out of Paged.js's CSS parser (print.hbs).
  const vertical = isVertical(issue);
  const stylesheets = vertical
    ? [`styles/${PALETTE_CSS}`, `styles/${VERTICAL_STYLESHEET}`, `styles/${EDITION_STYLESHEET}`]
    : [
        `styles/${PALETTE_CSS}`,
        `styles/${GRID_STYLESHEET}`,
        ...STYLESHEETS.map((s) => `styles/${s}`),
        `styles/${EDITION_STYLESHEET}`,
      ];
  const sides = pageSides(issue);
  const given = opts.images;
  const url = given
    ? (image: ImageRef) => {
        const u = given.get(image.path);
        if (!u) throw new InternalError(`print: no print rendition of ${image.src}`);
        return u;
      }
    : imageUrl;
  const printView = buildPrintView(issue, geometry, stylesheets, renderBody, opts.fit, url);
  const view = {
    ...printView,
    ...(vertical ? verticalExtras(issue, printView, geometry, opts.pads ?? 0) : {}),
    barcodeSvg: opts.barcodeSvg ?? "",
  };
  cachedTemplates ??= createTemplates();
  const html = cachedTemplates.render(vertical ? "vertical" : "print", view);
  // The assets after the page: the rare-character faces are cut to the text it prints.
  if (opts.assets !== false) await installAssets(issue, dir, !opts.images, htmlText(html));
  await mkdir(path.join(dir, "styles"), { recursive: true });
  await writeFile(
    path.join(dir, "styles", GRID_STYLESHEET),
    sides(gridCss(typeGrid(issue.magazine.trim, issue.magazine.type))),
  );
  const file = path.join(dir, "print.html");
  await writeFile(file, html);
  return { file, dir, view };
}

/** The page's sides as the edition binds it: mirrored for a right-to-left edition. */
function pageSides(issue: Issue): (css: string) => string {
  return issue.edition.direction === "rtl" ? mirrorPageSides : (css) => css;
}

async function installAssets(issue: Issue, dir: string, images: boolean, text: string): Promise<void> {
  await mkdir(path.join(dir, "styles"), { recursive: true });
  const rare = { fonts: printFontsOf(issue.edition), text };
  const copies: Promise<unknown>[] = [installFonts(path.join(dir, "fonts"), PRINT_FONTS, rare)];
  const sides = pageSides(issue);
  for (const sheet of [...STYLESHEETS, VERTICAL_STYLESHEET])
    copies.push(
      readFile(path.join(STYLES_DIR, sheet), "utf8").then((css) =>
        writeFile(path.join(dir, "styles", sheet), sheet === "page.css" ? sides(css) : css),
      ),
    );
  copies.push(writeFile(path.join(dir, "styles", EDITION_STYLESHEET), editionCss(issue.edition)));
  const fonts = issue.edition.fonts;
  if (fonts) {
    await mkdir(path.join(dir, EDITION_FONTS_DIR), { recursive: true });
    for (const f of [fonts.body, fonts.heading, ...(fonts.bold ? [fonts.bold] : [])])
      copies.push(copyFile(f.file, path.join(dir, editionFontFile(f))));
  }
  copies.push(writeFile(path.join(dir, "styles", PALETTE_CSS), paletteCss(issue.magazine.palette)));
  for (const img of images ? issueImages(issue) : []) {
    const target = path.join(dir, img.url);
    if (path.relative(dir, target).startsWith(".."))
      throw new InternalError(`image outside the issue folder: ${img.url}`);
    copies.push(mkdir(path.dirname(target), { recursive: true }).then(() => copyFile(img.path, target)));
  }
  await Promise.all(copies);
}
