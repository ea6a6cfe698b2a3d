/**
 * The layout driver's side of measuring (Paged.js in Chromium): what the flatplan fitter needs of
 * the laid-out pages, read from the DOM once pagination is done: the pages each article holds, how
 * full each page's type area is, the grid, each article's columns and characters per line, every
 * figure's size and each body paragraph's lines and last-line length.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer";
import type { Layout } from "../../flatplan/measure.js";

/**
 * The page's side: src/browser/paged/read-layout.js (type-checked with the handlers), evaluated in
 * the page as a script text (no bundler helpers leak in); names from the layout contract.
 */
const READ_LAYOUT = readFileSync(fileURLToPath(new URL("../../browser/paged/read-layout.js", import.meta.url)), "utf8");

export async function readLayout(page: Page): Promise<Layout> {
  return (await page.evaluate(READ_LAYOUT)) as Layout;
}
