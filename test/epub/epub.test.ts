import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Issue } from "../../src/model/types.js";
import { uuidV5 } from "../../src/render/epub/identifier.js";
import { buildFixtureEpub, FIXTURE_PAGE_MAP } from "./fixture.js";
import { bodyText, missingText } from "./text.js";
import { readZip, zipText, type ZipItem } from "./unzip.js";

let issue: Issue;
let file: string;
let zip: ZipItem[];
let bare: ZipItem[];

beforeAll(async () => {
  ({ issue, file } = await buildFixtureEpub());
  zip = readZip(readFileSync(file));
  bare = readZip(readFileSync((await buildFixtureEpub({ pageMap: false, issue })).file));
});

const epub = (name: string, z = zip) => zipText(z, `EPUB/${name}`);

describe("EPUB container", () => {
  it("starts with an uncompressed mimetype entry without extra field", () => {
    expect(zip[0]).toMatchObject({ name: "mimetype", method: 0, localExtra: 0, offset: 0 });
    expect(zip[0].data.toString()).toBe("application/epub+zip");
    expect(zip[1].name).toBe("META-INF/container.xml");
  });

  it("is byte-identical when built again from the same sources", async () => {
    const again = await buildFixtureEpub({ issue });
    expect(readFileSync(again.file).equals(readFileSync(file))).toBe(true);
  });

  it("holds cover, title page, imprint, nav and one document per article, in spine order", () => {
    const spine = [...epub("package.opf").matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual(["x-cover", "x-title", "x-imprint", "x-nav", ...issue.articles.map((a) => `x-${a.id}`)]);
  });
});

describe("navigation", () => {
  it("lists the articles in the issue's order, under their sections", () => {
    const nav = epub("nav.xhtml");
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf("</nav>"));
    expect([...toc.matchAll(/<a href="([^"#]+)\.xhtml">/g)].map((m) => m[1])).toEqual(issue.articles.map((a) => a.id));
    expect([...toc.matchAll(/<span>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(issue.sections.map((s) => s.section.name));
  });

  it("has landmarks for cover, toc and bodymatter", () => {
    expect([...epub("nav.xhtml").matchAll(/<a epub:type="([^"]+)"/g)].map((m) => m[1])).toEqual(["cover", "toc", "bodymatter"]);
  });

  it("has one page-list entry per printed inner page, each pointing at its marker", () => {
    const nav = epub("nav.xhtml");
    const entries = [...nav.slice(nav.indexOf('epub:type="page-list"')).matchAll(/<a href="([^"#]+)#page-(\d+)">/g)];
    expect(entries.map((m) => Number(m[2]))).toEqual(FIXTURE_PAGE_MAP.map((p) => p.folio));
    for (const [, href, n] of entries) expect(epub(href)).toContain(`id="page-${n}" aria-label="${n}"`);
  });

  it("without a page map: no page-list, no markers, no page-navigation claims", () => {
    expect(epub("nav.xhtml", bare)).not.toContain("page-list");
    for (const a of issue.articles) expect(epub(`${a.id}.xhtml`, bare)).not.toContain("pagebreak");
    expect(epub("package.opf", bare)).not.toMatch(/pageNavigation|pageBreakMarkers/);
    expect(epub("package.opf")).toMatch(/pageNavigation[\s\S]*pageBreakMarkers|pageBreakMarkers[\s\S]*pageNavigation/);
  });
});

describe("content", () => {
  it("holds every article's text, in order", () => {
    for (const a of issue.articles) {
      expect(missingText(epub(`${a.id}.xhtml`), a), a.id).toBeUndefined();
    }
    expect(missingText(epub("title.xhtml"), issue.articles[1])).toBeDefined(); // the check can fail
  });

  it("keeps every block id of the print HTML", () => {
    for (const a of issue.articles) for (const b of a.blocks) expect(epub(`${a.id}.xhtml`)).toContain(`id="${b.id}"`);
  });

  it("renders figures with figcaption and the caption as alt text", () => {
    expect(epub("p003-yaowen-one.xhtml")).toMatch(/<figure id="p003-yaowen-one-4"[^>]*><img src="images\/photo\.jpg" alt="天山南北的新农村[^"]*" \/><figcaption>/);
  });

  it("has the full masthead on the imprint page", () => {
    const imprint = bodyText(epub("imprint.xhtml"));
    for (const s of ["主管", issue.imprint.sponsor, "社长测试甲", "值班编辑测试乙测试丙", "ISSN2096-7462", "CN65-1309/D", issue.imprint.copyrightNotice]) expect(imprint).toContain(s);
  });
});

describe("images", () => {
  it("are at most 1600 px on the long edge, sRGB, without EXIF/ICC/XMP", async () => {
    const images = zip.filter((z) => z.name.startsWith("EPUB/images/"));
    expect(images.map((i) => i.name).sort()).toEqual(["EPUB/images/cover.jpg", "EPUB/images/photo.jpg", "EPUB/images/qr.jpg", "EPUB/images/sign.png"]);
    for (const img of images) {
      const m = await sharp(img.data).metadata();
      expect(Math.max(m.width ?? 0, m.height ?? 0), img.name).toBeLessThanOrEqual(1600);
      expect(m.space, img.name).toBe("srgb");
      expect([m.exif, m.icc, m.xmp], img.name).toEqual([undefined, undefined, undefined]);
    }
  });
});

describe("cover", () => {
  it("uses the print stage's cover rendering when given, scaled to 1600 px", async () => {
    const png = path.join(path.dirname(file), "front-cover.png");
    await sharp({ create: { width: 2480, height: 3366, channels: 3, background: "#123456" } }).png().toFile(png);
    const built = await buildFixtureEpub({ issue, coverPng: png });
    const cover = readZip(readFileSync(built.file)).find((z) => z.name === "EPUB/images/cover.jpg");
    const m = await sharp(cover?.data).metadata();
    expect([m.width, m.height]).toEqual([1179, 1600]);
    const { r, g, b } = (await sharp(cover?.data).stats()).dominant; // the given cover, not one drawn here
    expect(Math.abs(r - 0x12) + Math.abs(g - 0x34) + Math.abs(b - 0x56)).toBeLessThan(40);
    expect(epub("cover.xhtml")).toMatch(/<img role="doc-cover" src="images\/cover\.jpg" alt="封面：党员之友 2099年第1期/);
  });
});

describe("metadata", () => {
  it("identifies the issue with a stable name-based UUID and the print ISSN as pagination source", () => {
    const opf = epub("package.opf");
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2"); // RFC 9562 test vector
    expect(opf).toContain(`<dc:identifier id="pub-id">urn:uuid:${uuidV5("urn:issn:2096-7462:2099-01")}</dc:identifier>`);
    expect(opf).toContain('<dc:source id="print-source">urn:issn:2096-7462</dc:source>');
    expect(opf).toContain('<meta refines="#print-source" property="source-of">pagination</meta>');
    expect(opf).toContain('<meta property="dcterms:modified">2099-01-25T00:00:00Z</meta>');
    expect(opf).toContain('<meta refines="#serial" property="group-position">1200</meta>');
    expect(opf).toContain("<dc:language>zh-CN</dc:language>");
  });
});
