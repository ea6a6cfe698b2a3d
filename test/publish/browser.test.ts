/**
 * The published site in headless Chromium, at phone (390 px) and desktop (1280 px) width: every page
 * loads with no console error and no failed request, nothing is wider than the screen, and every link
 * the browser resolves points to a file that exists (and to an element, for #fragments).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type LaunchedBrowser } from "../../src/browser/launch.js";
import { twoIssueSite, type TwoIssueSite } from "./two-issues.js";

let t: TwoIssueSite;
let chromium: LaunchedBrowser;

const pages = (site: string) =>
  readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".html"))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();

beforeAll(async () => {
  t = await twoIssueSite();
  chromium = await launchChromium("publish test");
}, 1_800_000);

afterAll(async () => {
  await chromium?.close();
});

describe.each([
  ["phone", 390, 844],
  ["desktop", 1280, 900],
])("the site at %s width", (_name, width, height) => {
  it("loads every page without console errors or failed requests, no wider than the screen, every link resolving", async () => {
    const problems: string[] = [];
    const page = await chromium.browser.newPage();
    await page.setViewport({ width, height });
    page.on(
      "console",
      (m) =>
        (m.type() === "error" || m.type() === "warn") &&
        problems.push(`console ${m.type()}: ${m.text()} (${page.url()})`),
    );
    page.on("pageerror", (err) => problems.push(`page error: ${(err as Error).message} (${page.url()})`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    let links = 0;
    for (const file of pages(t.site)) {
      await page.goto(`file://${file}`, { waitUntil: "load" });
      const { scrollWidth, hrefs } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        hrefs: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>("a[href], link[href]")].map(
          (a) => a.href,
        ),
      }));
      if (scrollWidth > width) problems.push(`${path.relative(t.site, file)}: ${scrollWidth} px wide at ${width}`);
      for (const href of hrefs) {
        if (!href.startsWith("file:")) continue; // an address printed in the issue (imprint, articles)
        links++;
        const url = new URL(href);
        const target = fileURLToPath(url);
        if (!existsSync(target)) problems.push(`${path.relative(t.site, file)}: ${href} does not exist`);
        else if (url.hash && !readFileSync(target, "utf8").includes(`id="${decodeURIComponent(url.hash.slice(1))}"`))
          problems.push(`${path.relative(t.site, file)}: ${href}: no such id`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThan(200);
  }, 600_000);
});
