/** Dev helper: render the synthetic fixture issue (or an issue folder) to /tmp/folio-print-<name>. */
import { mkdirSync, rmSync } from "node:fs";
import { renderPrint } from "../../src/render/print/index.js";
import { makeIssue } from "./fixtures/make-issue.js";
import { runCleanup } from "../../src/util/cleanup.js";

const issueDir = process.argv[2];
const out = `/tmp/folio-print-${issueDir ? "issue" : "fixture"}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  const issue = issueDir
    ? await (await import("../../src/check/load.js")).loadIssue(issueDir)
    : await makeIssue("/tmp/folio-print-fixture-src");
  const res = await renderPrint(issue, {
    outDir: out,
    log: (m) => console.log(m),
    warn: (m) => console.warn("WARN", m),
  });
  console.log(JSON.stringify({ toc: res.toc, facts: res.facts }, null, 1));
} finally {
  await runCleanup();
}
