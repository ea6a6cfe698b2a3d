/**
 * The baseline every goal is a ratio of, measured in the same run on the same machine: Chromium's
 * own print (page.pdf, no Paged.js) of the print HTML folio wrote, launched by folio's browser
 * module with the same flags a build uses.
 */
import { pathToFileURL } from "node:url";
import { launchChromium } from "../src/browser/launch.js";

/** No page step may time out: on a busy machine a 68-page print takes longer than puppeteer's 30 s default. */
const NO_TIMEOUT = { timeout: 0 };

/** Launch + load + fonts + page.pdf + close: the browser's own speed on the same HTML. */
export async function chromiumPrint(htmlFile: string): Promise<number> {
  const t0 = performance.now();
  const chromium = await launchChromium("bench: Chromium print");
  try {
    const page = await chromium.browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load", ...NO_TIMEOUT });
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await page.pdf({ preferCSSPageSize: true, printBackground: true, ...NO_TIMEOUT });
  } finally {
    await chromium.close();
  }
  return performance.now() - t0;
}
