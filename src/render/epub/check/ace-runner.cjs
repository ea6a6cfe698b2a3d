// Ace's axe runner (the run of @daisy/ace-axe-runner-puppeteer 1.4.6, step for step: http(s)
// requests refused, .html documents served as XHTML, Ace's scripts added as script tags, then
// daisy.ace.run) over a browser folio started, reached at its WebSocket address (asked for when the
// first document must be run): no browser of Ace's own. `concurrency` documents at once, each in a
// page of its own (as Ace does: DOCS_PER_PAGE); the browser is left running for its owner.
"use strict";
const fs = require("node:fs");
const puppeteer = require("puppeteer");
const utils = require("@daisy/puppeteer-utils");

/**
 * Documents one page checks before it is closed. Measured on 2022-08's 49 documents (2 cores, load
 * 5–20): a page kept for every document (a navigation each) took 55–69 s of CPU against 81–102 s for
 * Ace's own launch, but 796–867 MB PSS against 635 MB, and a cold build's peak went over 1.5 GB
 * (1590–1613 MB); a page per document: 83–86 s of CPU and 701 MB, as Ace's own launch (78–88 s).
 */
const DOCS_PER_PAGE = 1;

/** Ace's own limit for one document's axe run (ACE_TIMEOUT_EXTENSION), 240 s. */
const TIMEOUT_MS = Number.parseInt(process.env.ACE_TIMEOUT_EXTENSION ?? "", 10) || 240_000;

/** What Ace's runner does with each request of a page (its request handler, unchanged). */
/** An axe run past its time, worded as Ace's own runner words it. */
class AxeTimeout extends Error {}

function onRequest(request) {
  const url = request.url();
  if (url && /^https?:\/\//.test(url)) {
    request.abort();
    return;
  }
  if (request.resourceType() === "document" && url && /^file:\//.test(url) && /\.html?$/.test(url)) {
    fs.readFile(new URL(url), "utf8", (err, xhtml) => {
      if (err) request.continue();
      else request.respond({ status: 200, contentType: "application/xhtml+xml", body: xhtml });
    });
    return;
  }
  request.continue();
}

/** Ace's check of the loaded document: its scripts may take a moment to be ready (as in Ace). */
function aceRun() {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const attempt = () => {
      const d = window.daisy;
      if (!d?.ace?.run || !d.ace.createReport || !window.axe) {
        if (++tries < 15) setTimeout(attempt, 400);
        else reject(`window.tryAceAxe ${tries}`);
        return;
      }
      d.ace.run((err, res) => (err ? reject(err) : resolve(res)));
    };
    attempt();
  });
}

/** An ace-core axe runner over the browser at `endpoint()`, `concurrency` documents at once. */
function browserRunner(endpoint, concurrency) {
  let browser;
  const idle = [];
  const docs = new WeakMap();
  const newPage = async () => {
    const page = await browser.newPage();
    docs.set(page, { n: 0 });
    await page.setRequestInterception(true);
    page.on("request", onRequest);
    return page;
  };
  return {
    concurrency,
    setTimeout: () => {},
    launch: async () => {
      browser = await puppeteer.connect({ browserWSEndpoint: await endpoint(), protocolTimeout: TIMEOUT_MS });
    },
    close: async () => {
      await Promise.all(idle.splice(0).map((p) => p.close().catch(() => undefined)));
      await browser?.disconnect();
    },
    run: async (url, scripts, scriptContents) => {
      const page = idle.pop() ?? (await newPage());
      try {
        await page.goto(url);
        await utils.addScriptContents(scriptContents, page);
        await utils.addScripts(scripts, page);
        const result = await page.evaluate(aceRun);
        if (++docs.get(page).n < DOCS_PER_PAGE) idle.push(page);
        else await page.close().catch(() => undefined);
        return result;
      } catch (err) {
        await page.close().catch(() => undefined);
        throw err?.toString?.().includes("protocolTimeout") ? new AxeTimeout(`Timeout :( ${TIMEOUT_MS}ms`) : err;
      }
    },
  };
}

module.exports = { browserRunner };
