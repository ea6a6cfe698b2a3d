import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
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
let warnings: string[];

beforeAll(async () => {
  ({ issue, file, warnings } = await buildFixtureEpub());
  zip = readZip(readFileSync(file));
  bare = readZip(readFileSync((await buildFixtureEpub({ pageMap: false, issue })).file));
});

const run = promisify(execFile);
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

  it("holds cover, title page, 封二, imprint, nav, one document per article and 封四, in spine order", () => {
    const spine = [...epub("package.opf").matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual([
      "x-cover",
      "x-title",
      "x-inside-front-cover",
      "x-imprint",
      "x-nav",
      ...issue.articles.map((a) => `x-${a.id}`),
      "x-back-cover",
    ]);
  });
});

describe("navigation", () => {
  it("lists the articles in the issue's order, under their sections", () => {
    const nav = epub("nav.xhtml");
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf("</nav>"));
    expect([...toc.matchAll(/<a href="([^"#]+)\.xhtml">/g)].map((m) => m[1])).toEqual(issue.articles.map((a) => a.id));
    expect([...toc.matchAll(/<span>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(
      issue.sections.map((s) => s.section.name),
    );
  });

  it("has landmarks for cover, toc and bodymatter", () => {
    expect([...epub("nav.xhtml").matchAll(/<a epub:type="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "cover",
      "toc",
      "bodymatter",
    ]);
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

  it("renders figures with a figcaption and a short alt that does not repeat the caption", () => {
    const doc = epub("p003-yaowen-one.xhtml");
    expect(doc).toMatch(
      /<figure id="p003-yaowen-one-4"[^>]*><img src="images\/photo\.jpg" alt="图片（说明见图注）" \/><figcaption><span class="caption">天山南北的新农村/,
    );
    for (const a of issue.articles) {
      for (const [, alt, caption] of epub(`${a.id}.xhtml`).matchAll(
        /alt="([^"]*)"[^>]*\/><figcaption><span class="caption">([^<]*)/g,
      )) {
        expect(caption.includes(alt) || alt.includes(caption.slice(0, 6)), `${a.id}: alt "${alt}"`).toBe(false);
      }
    }
  });

  it("holds the 封二 photo with its caption and the 封四 feature (title, photo, text)", () => {
    const front = epub("inside-front-cover.xhtml");
    expect(bodyText(front)).toContain("封二测试图注：牧民在夏牧场转场。");
    expect(front).toMatch(/<img src="images\/fenger\.jpg" alt="图片（说明见图注）" \/><figcaption>/);
    const back = epub("back-cover.xhtml");
    expect(bodyText(back)).toContain("大美新疆·测试峡谷");
    expect(bodyText(back)).toContain("封四测试正文：峡谷两侧的砂岩色彩变幻。");
    expect(back).toMatch(/<img src="images\/fengdi\.jpg" alt="图片（说明见下文）" \/>/);
  });

  it("has the full masthead on the imprint page", () => {
    const imprint = bodyText(epub("imprint.xhtml"));
    for (const s of [
      "主管",
      issue.imprint.sponsor,
      "社长测试甲",
      "值班编辑测试乙测试丙",
      "ISSN2096-7462",
      "CN65-1309/D",
      issue.imprint.copyrightNotice,
    ])
      expect(imprint).toContain(s);
  });

  it("links a QR code with a known url and draws its code; a code marked unknown is named in a warning", async () => {
    const imprint = epub("imprint.xhtml");
    expect(imprint).toContain('<img src="images/qr-2.png" alt="二维码" />');
    expect(imprint).toContain(
      '<a href="https://example.org/dangyuan-zhiyou/weixin">https://example.org/dangyuan-zhiyou/weixin</a>',
    );
    expect(imprint).not.toContain("qr-3.png");
    const png = zip.find((z) => z.name === "EPUB/images/qr-2.png")?.data;
    const dir = mkdtempSync(path.join(tmpdir(), "folio-qr-"));
    writeFileSync(path.join(dir, "qr.png"), png ?? Buffer.alloc(0));
    const { stdout } = await run("zbarimg", ["-q", "--raw", path.join(dir, "qr.png")]);
    expect(stdout.trim()).toBe("https://example.org/dangyuan-zhiyou/weixin");
    expect(warnings.filter((w) => w.includes("qr_codes"))).toEqual([
      expect.stringContaining("imprint.qr_codes[0] (扫描二维码 订阅“党员之友”): no url in magazine.yaml"),
      expect.stringContaining("imprint.qr_codes[2] (扫描二维码 阅读电子期刊): its target is recorded as unknown"),
    ]);
  });
});

describe("images", () => {
  it("are at most 1600 px on the long edge (the cover: 1600 on the short edge), sRGB, without EXIF/ICC/XMP", async () => {
    const images = zip.filter((z) => z.name.startsWith("EPUB/images/"));
    expect(images.map((i) => i.name).sort()).toEqual(
      ["cover.jpg", "fengdi.jpg", "fenger.jpg", "photo.jpg", "qr-2.png", "qr.jpg", "sign.png"].map(
        (n) => `EPUB/images/${n}`,
      ),
    );
    for (const img of images) {
      const m = await sharp(img.data).metadata();
      const edge = img.name.endsWith("cover.jpg")
        ? Math.min(m.width ?? 0, m.height ?? 0)
        : Math.max(m.width ?? 0, m.height ?? 0);
      expect(edge, img.name).toBeLessThanOrEqual(1600);
      expect(m.space, img.name).toBe("srgb");
      expect([m.exif, m.icc, m.xmp], img.name).toEqual([undefined, undefined, undefined]);
    }
  });
});

describe("cover", () => {
  it("uses the print stage's cover rendering when given, 1600 px on its short side", async () => {
    const png = path.join(path.dirname(file), "front-cover.png");
    await sharp({ create: { width: 2480, height: 3366, channels: 3, background: "#123456" } })
      .png()
      .toFile(png);
    const built = await buildFixtureEpub({ issue, coverPng: png });
    const cover = readZip(readFileSync(built.file)).find((z) => z.name === "EPUB/images/cover.jpg");
    const m = await sharp(cover?.data).metadata();
    expect([m.width, m.height]).toEqual([1600, 2172]);
    const { r, g, b } = (await sharp(cover?.data).stats()).dominant; // the given cover, not one drawn here
    expect(Math.abs(r - 0x12) + Math.abs(g - 0x34) + Math.abs(b - 0x56)).toBeLessThan(40);
    expect(epub("cover.xhtml")).toMatch(
      /<img role="doc-cover" src="images\/cover\.jpg" alt="封面：党员之友 2099年第1期/,
    );
  });
});

describe("metadata", () => {
  it("identifies the issue with a stable name-based UUID and the print ISSN as pagination source", () => {
    const opf = epub("package.opf");
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    ); // RFC 9562 test vector
    expect(opf).toContain(
      `<dc:identifier id="pub-id">urn:uuid:${uuidV5("urn:issn:2096-7462:2099-01")}</dc:identifier>`,
    );
    expect(opf).toContain('<dc:source id="print-source">urn:issn:2096-7462</dc:source>');
    expect(opf).toContain('<meta refines="#print-source" property="source-of">pagination</meta>');
    expect(opf).toContain('<meta property="dcterms:modified">2099-01-25T00:00:00Z</meta>');
    expect(opf).toContain('<meta refines="#serial" property="group-position">2099.01</meta>');
    expect(opf).toContain('<dc:identifier id="issn">urn:issn:2096-7462</dc:identifier>');
    expect(opf).toContain('<dc:creator id="creator">《党员之友》杂志社</dc:creator>');
    expect(opf).toContain('<meta refines="#creator" property="role" scheme="marc:relators">aut</meta>');
    expect(opf).toContain("<dc:publisher>《党员之友》杂志社</dc:publisher>");
    expect(opf).toContain('<meta name="cover" content="cover-image" />');
    expect(opf).toContain("<dc:language>zh-CN</dc:language>");
  });
});
