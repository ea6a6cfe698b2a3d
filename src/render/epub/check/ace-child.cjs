// DAISY Ace in a process of its own, as ace-cli runs it (ace-core with the puppeteer axe runner),
// with one difference: the axe run of a content document whose key (ace-docs.ts: its bytes,
// everything it can load, Ace and Chromium) was seen before returns the result kept then, and
// Chromium starts only when some document must be run. Ace's own package checks, report and
// outcome are untouched. With browser: true, axe runs in folio's browser (ace-runner.cjs), whose
// address the child asks for on stdout ("folio-ace: browser?") and reads from stdin, instead of in
// one Ace launches.
//   node ace-child.cjs <epub> <outdir> <job.json>
// job.json: { keys, cacheDir?, browser?: true, concurrency? }; keys maps a content document's path in the
// container to its key. Writes <outdir>/report.json and <outdir>/documents.json ({ checked, kept }).
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { fileURLToPath } = require("node:url");

const BROWSER_PLEASE = "folio-ace: browser?";
const [epub, outdir, jobFile] = process.argv.slice(2);
const { keys, cacheDir, browser, concurrency } = JSON.parse(fs.readFileSync(jobFile, "utf8"));
const inner = browser
  ? require("./ace-runner.cjs").browserRunner(askForBrowser, concurrency)
  : require("@daisy/ace-axe-runner-puppeteer");

/** The address of folio's browser: asked for on stdout, answered on stdin (an empty line: none). */
/** The build could not start the browser the child asked for (reported by the child's exit, read by ace.ts). */
class BrowserUnavailable extends Error {}

function askForBrowser() {
  return new Promise((resolve, reject) => {
    let got = "";
    const onData = (d) => {
      got += d;
      const nl = got.indexOf("\n");
      if (nl < 0) return;
      process.stdin.off("data", onData);
      process.stdin.pause();
      const endpoint = got.slice(0, nl).trim();
      if (endpoint) resolve(endpoint);
      else reject(new BrowserUnavailable("folio's browser could not be started"));
    };
    process.stdin.setEncoding("utf8").on("data", onData);
    process.stdout.write(`${BROWSER_PLEASE}\n`);
  });
}
const ace = require("@daisy/ace-core");
const logger = require("@daisy/ace-logger");

const counts = { checked: 0, kept: 0 };
let launching;

/** The key of one axe run: the document's key and the scripts Ace injects with it. */
function runKey(url, scripts, scriptContents, basedir) {
  if (!cacheDir || !url.startsWith("file:")) return undefined;
  const rel = path.relative(basedir, fileURLToPath(url)).split(path.sep).join("/");
  const doc = keys[rel];
  if (!doc || rel.startsWith("..")) return undefined;
  const h = createHash("sha256").update(doc);
  for (const s of scripts) h.update("\0").update(fs.readFileSync(s));
  for (const c of scriptContents) h.update("\0").update(c);
  return h.digest("hex");
}

const runner = {
  concurrency: inner.concurrency,
  setTimeout: (ms) => inner.setTimeout(ms),
  launch: async () => {},
  close: async () => {
    if (!launching) return;
    await launching;
    await inner.close();
  },
  run: async (url, scripts, scriptContents, basedir) => {
    const key = runKey(url, scripts, scriptContents, basedir);
    const file = key && path.join(cacheDir, `${key}.json`);
    if (file && fs.existsSync(file)) {
      try {
        const kept = JSON.parse(fs.readFileSync(file, "utf8"));
        counts.kept++;
        return kept;
      } catch {
        // unreadable: run it again
      }
    }
    launching ??= inner.launch();
    await launching;
    const result = await inner.run(url, scripts, scriptContents, basedir);
    counts.checked++;
    if (file) {
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        fs.writeFileSync(tmp, JSON.stringify(result));
        fs.renameSync(tmp, file);
      } catch {
        fs.rmSync(tmp, { force: true });
      }
    }
    return result;
  },
};

logger.initLogger({ verbose: false, silent: true });
ace(epub, { cwd: process.cwd(), outdir, silent: true, jobId: "" }, runner).then(
  () => {
    fs.writeFileSync(path.join(outdir, "documents.json"), JSON.stringify(counts));
    process.exit(0);
  },
  (err) => {
    process.stderr.write(`Ace: ${err?.message ? err.message : err}\n`);
    process.exit(1);
  },
);
