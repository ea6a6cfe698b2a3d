/**
 * Ace by document (src/render/epub/check/ace-docs.ts, ace-child.cjs): a content document whose axe
 * run was kept is not run again, and the findings are exactly those of a run of every document.
 * Each wrong EPUB is checked both ways and the two must agree; an unchanged EPUB starts no browser.
 * Ace's axe runs in folio's browser (ace-runner.cjs) find on every wrong EPUB what Ace finds in a
 * browser of its own, the reference. ~2 min (Ace in Chromium, 12 runs).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type LaunchedBrowser } from "../../src/browser/launch.js";
import { aceDocKeys } from "../../src/render/epub/check/ace-docs.js";
import { runAce } from "../../src/render/epub/check/ace.js";
import { readEpubPackage } from "../../src/render/epub/check/package.js";
import { present } from "../helpers/present.js";
import { buildFixtureEpub } from "./fixture.js";
import { mutateEpub, replaceIn } from "./mutate.js";

const DOC = "EPUB/p003-yaowen-one.xhtml";
let good: string;
let noAlt: string;
let noSummary: string;
const OPF = "EPUB/package.opf";
const cache = () => mkdtempSync(path.join(tmpdir(), "folio-ace-cache-"));
const keysOf = async (file: string) =>
  aceDocKeys(await readEpubPackage(readFileSync(file), { images: false }), "tools");

beforeAll(async () => {
  good = (await buildFixtureEpub()).file;
  noAlt = await mutateEpub(good, replaceIn(DOC, / alt="[^"]*"/, ""));
  noSummary = await mutateEpub(noAlt, replaceIn(OPF, /(<meta property="schema:accessibilitySummary">)[^<]*/, "$1"));
}, 300_000);

describe("keys of the content documents", () => {
  it("change for the document edited only; a change elsewhere in the container changes them all", async () => {
    const a = await keysOf(good);
    const b = await keysOf(noAlt);
    expect(Object.keys(a)).toContain(DOC);
    expect(Object.keys(a)).toContain("EPUB/nav.xhtml");
    expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual([DOC]);
    const css = await mutateEpub(
      good,
      (e) =>
        void e.set(
          "EPUB/css/epub.css",
          Buffer.concat([
            present(e.get("EPUB/css/epub.css"), "EPUB/css/epub.css in the EPUB"),
            Buffer.from("\np { color: #000; }\n"),
          ]),
        ),
    );
    const c = await keysOf(css);
    expect(Object.keys(a).every((k) => a[k] !== c[k])).toBe(true);
    expect(aceDocKeys(await readEpubPackage(readFileSync(good), { images: false }), "another Chromium")[DOC]).not.toBe(
      a[DOC],
    );
  });
});

describe("Ace with kept document runs", () => {
  it("finds in an edited document what a run of every document finds, running only that one", async () => {
    const dir = cache();
    const primed = await runAce(good, { cacheDir: dir });
    expect(primed.documents.kept).toBe(0);
    expect(primed.findings).toEqual([]);
    const n = readdirSync(dir).length;
    expect(n).toBeGreaterThan(2);
    const incremental = await runAce(noAlt, { cacheDir: dir });
    const full = await runAce(noAlt, { cacheDir: null });
    expect(full.documents.kept).toBe(0);
    expect(incremental.documents).toEqual({ checked: 1, kept: n - 1 });
    expect(full.findings.map((f) => f.id)).toContainEqual(expect.stringMatching(/^image-alt/));
    expect(incremental.findings).toEqual(full.findings);
    expect(incremental.outcome).toBe("fail");
    expect(full.outcome).toBe("fail");
  }, 300_000);

  it("still reports a kept document's violation when another document changed", async () => {
    const dir = cache();
    await runAce(noAlt, { cacheDir: dir });
    const other = await mutateEpub(noAlt, replaceIn("EPUB/title.xhtml", "</h1>", "（修订）</h1>"));
    const incremental = await runAce(other, { cacheDir: dir });
    expect(incremental.documents.kept).toBeGreaterThan(0);
    expect(incremental.findings.filter((f) => f.where?.includes("p003-yaowen-one"))).not.toEqual([]);
    expect(incremental.findings).toEqual((await runAce(other, { cacheDir: null })).findings);
    const again = await runAce(other, { cacheDir: dir });
    expect(again.documents.checked).toBe(0);
    expect(again.findings).toEqual(incremental.findings);
  }, 300_000);
});

describe("Ace in folio's browser", () => {
  let chromium: LaunchedBrowser | undefined;
  let launches = 0;
  const browser = async () => {
    launches++;
    chromium ??= await launchChromium("test: Ace in folio's browser");
    return chromium.browser.wsEndpoint();
  };
  afterAll(async () => chromium?.close());

  it("finds on the good and the wrong EPUBs exactly what Ace finds in a browser of its own", async () => {
    for (const [file, expected] of [
      [good, []],
      [noAlt, [/^image-alt/]],
      [noSummary, [/^image-alt/, /^a11y-metadata$/]],
    ] as const) {
      const reference = await runAce(file, { cacheDir: null });
      const folio = await runAce(file, { cacheDir: null, browser });
      expect(folio.findings, path.basename(path.dirname(file))).toEqual(reference.findings);
      expect(folio.outcome).toBe(reference.outcome);
      expect(folio.documents).toEqual(reference.documents);
      for (const id of expected) expect(folio.findings.map((f) => f.id)).toContainEqual(expect.stringMatching(id));
      expect(folio.findings.length > 0).toBe(expected.length > 0);
    }
    expect(launches).toBe(3);
  }, 600_000);

  it("is asked for only when a document must be run", async () => {
    const dir = cache();
    const browserCalls = launches;
    const first = await runAce(noAlt, { cacheDir: dir, browser });
    const again = await runAce(noAlt, { cacheDir: dir, browser });
    expect(again.documents).toEqual({ checked: 0, kept: first.documents.checked });
    expect(again.findings).toEqual(first.findings);
    expect(launches - browserCalls).toBe(1);
  }, 300_000);
});
