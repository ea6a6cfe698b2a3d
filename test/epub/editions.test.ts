/**
 * The EPUB of an edition in another script (test/epub/edition-fixture.ts): Uyghur, right to left, and
 * Mongolian, vertical. Every label comes from the edition's words, so no Chinese character appears
 * anywhere in its documents or package; pages turn the edition's way; every document says its
 * language and direction; the edition's fonts are embedded; EPUBCheck 5.3.0 and 4.2.6 and the store
 * checks find nothing. ~1 min (EPUBCheck runs in Java; no browser).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fontverter from "fontverter";
import { beforeAll, describe, expect, it } from "vitest";
import { checkEpub, findingLines } from "../../src/render/epub/check/index.js";
import { runEpubcheck } from "../../src/render/epub/check/epubcheck.js";
import { editionText } from "../../src/render/epub/edition-fonts.js";
import { renderEpub } from "../../src/render/epub/index.js";
import { EDITION_PAGE_MAP, type EditionSpec, makeEditionIssue, MONGOLIAN, UYGHUR } from "./edition-fixture.js";
import { testContext } from "./fixture.js";
import { mutateEpub, replaceIn } from "./mutate.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";

const OPF = "EPUB/package.opf";
const EPUBCHECK_4 = "/usr/share/java/epubcheck.jar";
/** Han ideographs, CJK symbols and punctuation, full-width forms. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

interface Built {
  spec: EditionSpec;
  file: string;
  zip: ZipItem[];
  warnings: string[];
}
const built = new Map<string, Built>();

beforeAll(async () => {
  for (const spec of [UYGHUR, MONGOLIAN]) {
    const ctx = testContext(mkdtempSync(path.join(tmpdir(), `folio-epub-${spec.tag}-out-`)));
    const result = await renderEpub(await makeEditionIssue(spec), { pageMap: EDITION_PAGE_MAP }, ctx);
    const file = result.files[0].path;
    built.set(spec.tag, { spec, file, zip: readZip(readFileSync(file)), warnings: ctx.warnings });
  }
}, 120_000);

const get = (tag: string) => built.get(tag) as Built;
const xhtml = (b: Built) => b.zip.filter((z) => z.name.endsWith(".xhtml"));
const htmlTag = (text: string) => /<html\b[^>]*>/.exec(text)?.[0] ?? "";

describe.each([
  ["ug", "rtl", "horizontal-rl"],
  ["mn-Mong", "ltr", "vertical-lr"],
])("the %s edition's EPUB", (tag, progression, writingMode) => {
  it("turns its pages the edition's way and names its language and writing mode", () => {
    const opf = zipText(get(tag).zip, OPF);
    expect(opf).toContain(`<spine page-progression-direction="${progression}">`);
    expect(opf).toContain(`xml:lang="${tag}"`);
    expect(opf).toContain(`<dc:language>${tag}</dc:language>`);
    expect(opf).toContain(`<meta name="primary-writing-mode" content="${writingMode}" />`);
  });

  it("has lang, xml:lang and dir of the edition on the <html> of every content document", () => {
    const docs = xhtml(get(tag));
    expect(docs.map((d) => d.name)).toEqual(
      expect.arrayContaining(["EPUB/cover.xhtml", "EPUB/title.xhtml", "EPUB/imprint.xhtml", "EPUB/nav.xhtml"]),
    );
    for (const d of docs) {
      expect(htmlTag(d.data.toString("utf8")), d.name).toContain(
        `xml:lang="${tag}" lang="${tag}" dir="${get(tag).spec.direction}"`,
      );
    }
  });

  it("has no Chinese character in any document, the package or the style sheet's rules", () => {
    const texts = get(tag)
      .zip.filter((z) => /\.(xhtml|opf|css)$/.test(z.name))
      .map((z) => ({ name: z.name, text: z.data.toString("utf8").replace(/\/\*[^]*?\*\//g, "") }));
    const found = texts.flatMap(({ name, text }) =>
      text.split("\n").flatMap((line, i) => (CJK.test(line) ? [`${name}:${i + 1}: ${line.slice(0, 120)}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("prints no ISSN, CN or price it does not have, and is named by its own title", () => {
    const b = get(tag);
    const opf = zipText(b.zip, OPF);
    expect(opf).not.toContain("urn:issn");
    expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
    expect(opf).toContain(`<meta property="belongs-to-collection" id="serial">${b.spec.title}</meta>`);
    expect(opf).toMatch(new RegExp(`<dc:source id="print-source">${b.spec.title} [^<]+</dc:source>`));
    const imprint = zipText(b.zip, "EPUB/imprint.xhtml");
    for (const word of [b.spec.words.issn, b.spec.words.cn, b.spec.words.price]) expect(imprint).not.toContain(word);
    expect(imprint).toContain(`<dt>${b.spec.words.supervisor}</dt>`);
  });

  it("embeds the edition's fonts, subset to the text, with every joining form's lookups", async () => {
    const b = get(tag);
    const fonts = b.zip.filter((z) => z.name.startsWith("EPUB/fonts/"));
    const files = new Set(Object.values(b.spec.fonts).map((f) => f.file));
    expect(fonts).toHaveLength(files.size);
    const css = zipText(b.zip, "EPUB/css/epub.css");
    const text = editionText(
      xhtml(b).map((d) => ({ href: d.name, id: d.name, title: "", xhtml: d.data.toString("utf8") })),
    );
    for (const f of fonts) {
      expect(zipText(b.zip, OPF)).toContain(`href="${f.name.slice(5)}" media-type="font/woff2"`);
      expect(css).toContain(`src: url(../${f.name.slice(5)}) format("woff2")`);
      const sfnt = await fontverter.convert(f.data, "sfnt");
      expect(gsubFeatures(sfnt)).toEqual(expect.arrayContaining(["init", "medi", "fina"]));
      const original = Object.values(b.spec.fonts).find((s) => f.name.includes(hrefRole(b.spec, s.file)));
      const wanted = [...text].filter(coverage(readFileSync(original?.file ?? "")));
      const covered = coverage(sfnt);
      expect(wanted.length).toBeGreaterThan(20);
      expect(wanted.filter((c) => !covered(c))).toEqual([]);
    }
  });

  it("passes EPUBCheck 5.3.0 and the store checks with nothing to report", async () => {
    const { file } = get(tag);
    const [epubcheck, stores] = await Promise.all([
      runEpubcheck(file),
      checkEpub(file, { checks: ["stores"], results: null }),
    ]);
    expect(epubcheck.version).toMatch(/^v?5\.3\./);
    expect(epubcheck.findings).toEqual([]);
    expect(findingLines(stores)).toEqual([]);
    expect(get(tag).warnings).toEqual([]);
  }, 120_000);

  it.skipIf(!existsSync(EPUBCHECK_4))(
    "passes EPUBCheck 4.2.6 (Debian's epubcheck) with nothing to report",
    () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), "folio-epubcheck4-")), "report.json");
      try {
        execFileSync("java", ["-jar", EPUBCHECK_4, get(tag).file, "--json", out], { stdio: "ignore" });
      } catch {
        // exit status 1: messages were reported; the report says which
      }
      const report = JSON.parse(readFileSync(out, "utf8")) as { messages: { ID: string; severity: string }[] };
      expect(report.messages.filter((m) => m.severity !== "INFO" && m.severity !== "USAGE")).toEqual([]);
    },
    120_000,
  );
});

describe("the edition's words on the page", () => {
  it("names the furniture in Uyghur: imprint rows, alt texts, end notes, nav", () => {
    const { zip, spec } = get("ug");
    const w = spec.words;
    const nav = zipText(zip, "EPUB/nav.xhtml");
    expect(nav).toContain(`<h1 id="toc-title">${w.contents}</h1>`);
    expect(nav).toContain(`<h2 id="page-list-title">${w.page_list}</h2>`);
    expect(nav).toContain(`>${w.body_matter}</a>`);
    const feature = zipText(zip, "EPUB/p010-shequ-zhili.xhtml");
    expect(feature).toContain(`alt="${w.figure_captioned}"`);
    expect(feature).toContain(`<p class="affiliation">${w.affiliation.replace("{name}", spec.names[4])}</p>`);
    expect(zipText(zip, "EPUB/p048-yuancheng.xhtml")).toContain(`<p class="source-note">(${spec.names[2]})</p>`);
    expect(zipText(zip, "EPUB/back-cover.xhtml")).toContain(`alt="${w.figure_below}"`);
    expect(zipText(zip, "EPUB/imprint.xhtml")).toContain(`alt="${w.qr_code}"`);
    expect(zipText(zip, "EPUB/imprint.xhtml")).toContain('<dd dir="ltr">(0991)2698306</dd>');
  });

  it("sets vertical-lr on the root only in the Mongolian edition", () => {
    const vertical =
      /html \{ -epub-writing-mode: vertical-lr; -webkit-writing-mode: vertical-lr; writing-mode: vertical-lr; \}/;
    expect(zipText(get("mn-Mong").zip, "EPUB/css/epub.css")).toMatch(vertical);
    expect(zipText(get("ug").zip, "EPUB/css/epub.css")).not.toMatch(vertical);
    for (const tag of ["ug", "mn-Mong"])
      expect(zipText(get(tag).zip, "EPUB/css/epub.css")).toContain("border-inline-start: 0.2em solid #a40e17");
  });
});

describe("the direction rules fail on a wrong EPUB", () => {
  const storeErrors = async (file: string) =>
    (await checkEpub(file, { checks: ["stores"], results: null })).checks[0].findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.id}: ${f.message}`);

  it("a document without dir, in a book whose spine declares its direction", async () => {
    const wrong = await mutateEpub(get("ug").file, replaceIn("EPUB/imprint.xhtml", ' dir="rtl">', ">"));
    expect(await storeErrors(wrong)).toEqual([
      "folio/direction: EPUB/imprint.xhtml: <html> has no dir, while the spine turns its pages rtl",
    ]);
  });

  it("a right-to-left book whose spine turns its pages the default way, a document without lang", async () => {
    const wrong = await mutateEpub(get("ug").file, async (entries) => {
      await replaceIn(OPF, ' page-progression-direction="rtl"', "")(entries);
      await replaceIn("EPUB/title.xhtml", ' lang="ug"', "")(entries);
    });
    expect(await storeErrors(wrong)).toEqual([
      'folio/direction: dc:language ug is written right to left: the spine needs page-progression-direction="rtl" (has none)',
      "folio/language: EPUB/title.xhtml: <html> has no lang",
    ]);
  });

  it("a vertical Mongolian document marked right to left", async () => {
    const wrong = await mutateEpub(get("mn-Mong").file, replaceIn("EPUB/nav.xhtml", ' dir="ltr">', ' dir="rtl">'));
    expect(await storeErrors(wrong)).toEqual([
      'folio/direction: EPUB/nav.xhtml: <html> has dir="rtl" for mn-Mong (written ltr)',
    ]);
  });
});

/** The file name role ("body", "bold", "heading") folio gave a font file (edition-fonts.ts). */
function hrefRole(spec: EditionSpec, file: string): string {
  const role = (["body", "bold", "heading"] as const).find((r) => spec.fonts[r]?.file === file);
  return `edition-${role}`;
}

/** The characters a font file maps, as fontconfig reads its cmap. */
function coverage(font: Buffer): (c: string) => boolean {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "folio-font-")), "face.ttf");
  writeFileSync(file, font);
  const ranges = execFileSync("fc-query", ["--format", "%{charset}", file], { encoding: "utf8" })
    .trim()
    .split(/\s+/)
    .map((r) => r.split("-").map((h) => parseInt(h, 16)));
  return (c) => ranges.some(([a, b = a]) => (c.codePointAt(0) ?? -1) >= a && (c.codePointAt(0) ?? -1) <= b);
}

/** The feature tags of a font's GSUB table (the contextual forms of joining scripts live there). */
function gsubFeatures(font: Buffer): string[] {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const r = 12 + 16 * i;
    if (font.toString("latin1", r, r + 4) !== "GSUB") continue;
    const gsub = font.readUInt32BE(r + 8);
    const list = gsub + font.readUInt16BE(gsub + 6);
    return Array.from({ length: font.readUInt16BE(list) }, (_, k) =>
      font.toString("latin1", list + 2 + 6 * k, list + 6 + 6 * k),
    );
  }
  return [];
}
