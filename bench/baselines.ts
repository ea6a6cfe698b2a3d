/**
 * The baseline every goal is a ratio of, measured in the same run on the same machine: Chromium's
 * own print (page.pdf, no Paged.js) of the print HTML folio wrote, launched by folio's browser
 * module with the same flags a build uses.
 *
 * print.html tells the browser not to lay out its content before Paged.js has paginated it
 * (`content-visibility: hidden` on the body's children, templates/print.hbs). Printed as it is,
 * Chromium prints blank pages in a fraction of the time, so the baseline shows the content first,
 * and the printed PDF must carry (nearly) the text of folio's own screen PDF: a blank baseline is an
 * error, never a ratio.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../src/browser/launch.js";
import { pageTexts } from "../src/handoff/preflight/poppler.js";

/** No page step may time out: on a busy machine a 68-page print takes longer than puppeteer's 30 s default. */
const NO_TIMEOUT = { timeout: 0 };

/** Undoes print.html's hint for Paged.js: Chromium's own print lays out and prints the content. */
export const SHOW_CONTENT = "body > * { content-visibility: visible !important; }";

/** The share of the reference's characters a baseline print must carry (Chromium's own pagination moves a few lines). */
const MIN_SHARE = 0.9;

/** Characters of a PDF's text layer, white space left out (pdftotext, as preflight reads it). */
export async function pdfChars(pdfFile: string): Promise<number> {
  return (await pageTexts(pdfFile, "ltr")).join("").replace(/\s/g, "").length;
}

/** Why a baseline print cannot be a baseline (null: it can): it must carry the reference's text. */
export function baselineProblem(printedChars: number, referenceChars: number): string | null {
  if (referenceChars <= 0) return "the reference PDF has no text to compare with";
  const share = printedChars / referenceChars;
  if (share >= MIN_SHARE) return null;
  return `Chromium's own print carries ${printedChars} characters, ${(share * 100).toFixed(0)}% of the ${referenceChars} in folio's screen PDF (at least ${MIN_SHARE * 100}%): it did not print the content`;
}

/**
 * Launch + load + fonts + page.pdf + close: the browser's own speed on the same HTML. The PDF is
 * checked afterwards (not timed) against `referencePdf`, folio's screen PDF of the same build.
 */
export async function chromiumPrint(htmlFile: string, referencePdf: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "folio-bench-native-"));
  try {
    const t0 = performance.now();
    const chromium = await launchChromium("bench: Chromium print");
    let pdf: Uint8Array;
    try {
      const page = await chromium.browser.newPage();
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load", ...NO_TIMEOUT });
      await page.addStyleTag({ content: SHOW_CONTENT });
      await page.evaluate(() => document.fonts.ready.then(() => true));
      pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, ...NO_TIMEOUT });
    } finally {
      await chromium.close();
    }
    const ms = performance.now() - t0;
    const file = path.join(dir, "native.pdf");
    writeFileSync(file, pdf);
    const problem = baselineProblem(await pdfChars(file), await pdfChars(referencePdf));
    if (problem) throw new Error(`bench: ${problem}`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
