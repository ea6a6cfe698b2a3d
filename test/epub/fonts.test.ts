/**
 * Embedded subset fonts (magazine.yaml epub.embed_fonts): the EPUB carries two WOFF2 faces declared in
 * the package and the stylesheet, and the body face covers every character of the text, read back
 * from the font file by fontconfig (fc-query), not from what folio meant to put in it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fontverter from "fontverter";
import { beforeAll, describe, expect, it } from "vitest";
import { present } from "../helpers/present.js";
import { bodyText } from "./text.js";
import { buildFixtureEpub, loadFixtureIssue } from "./fixture.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";

let zip: ZipItem[];
let plainBytes: number;
let fontBytes: number;

/** The code point of one character (a string of one code point, as iterating a string gives). */
const codePoint = (c: string): number => present(c.codePointAt(0), `a code point in "${c}"`);

/** Code points a font file maps, as fontconfig reads its cmap. */
async function coverage(woff2: Buffer): Promise<(cp: number) => boolean> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "folio-font-")), "face.otf");
  writeFileSync(file, await fontverter.convert(woff2, "sfnt"));
  const charset = execFileSync("fc-query", ["--format", "%{charset}", file], { encoding: "utf8" });
  const ranges = charset
    .trim()
    .split(/\s+/)
    .map((r) => r.split("-").map((h) => parseInt(h, 16)));
  return (cp) => ranges.some(([a, b = a]) => cp >= a && cp <= b);
}

beforeAll(async () => {
  const issue = await loadFixtureIssue();
  plainBytes = readFileSync((await buildFixtureEpub({ issue })).file).length;
  issue.magazine.epub = { ...issue.magazine.epub, embedFonts: true };
  const file = (await buildFixtureEpub({ issue })).file;
  fontBytes = readFileSync(file).length;
  zip = readZip(readFileSync(file));
}, 120_000);

describe("epub.embed_fonts", () => {
  it("adds two WOFF2 faces, declared in the manifest and in the stylesheet after @namespace", () => {
    const fonts = zip.filter((z) => z.name.startsWith("EPUB/fonts/"));
    expect(fonts.map((f) => f.name)).toEqual(["EPUB/fonts/serif-regular.woff2", "EPUB/fonts/sans-bold.woff2"]);
    for (const f of fonts) expect(f.data.subarray(0, 4).toString("latin1")).toBe("wOF2");
    expect(zipText(zip, "EPUB/package.opf")).toContain('href="fonts/serif-regular.woff2" media-type="font/woff2"');
    const css = zipText(zip, "EPUB/css/epub.css");
    expect(css.indexOf("@namespace")).toBeLessThan(css.indexOf("@font-face"));
    expect(css).toContain(
      'font-family: "Folio Serif"; font-weight: normal; font-style: normal; src: url(../fonts/serif-regular.woff2) format("woff2");',
    );
    expect(fontBytes - plainBytes).toBeGreaterThan(10_000);
  });

  it("the body face covers every character of every document; the heading face the headings", async () => {
    const serif = await coverage(
      present(
        zip.find((z) => z.name.endsWith("serif-regular.woff2")),
        "serif-regular.woff2",
      ).data,
    );
    const sans = await coverage(
      present(
        zip.find((z) => z.name.endsWith("sans-bold.woff2")),
        "sans-bold.woff2",
      ).data,
    );
    const docs = zip.filter((z) => z.name.endsWith(".xhtml")).map((z) => z.data.toString("utf8"));
    const missing = new Set<string>();
    for (const doc of docs) for (const c of bodyText(doc)) if (!/\s/.test(c) && !serif(codePoint(c))) missing.add(c);
    expect([...missing]).toEqual([]);
    const heads = docs.flatMap((d) => [...d.matchAll(/<h1[^>]*>([^<]*)</g)].map((m) => m[1])).join("");
    expect([...heads].filter((c) => !/\s/.test(c) && !sans(codePoint(c)))).toEqual([]);
    expect(serif(codePoint("丁"))).toBe(false); // a subset: a character the text does not use is not there
  });
});
