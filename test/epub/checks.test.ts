/**
 * The EPUB checks (src/render/epub/check): the fixture EPUB passes EPUBCheck 5, Ace and the stores'
 * rules; each check, fed a wrong EPUB, fails naming the rule. ~1–2 min (Java and Chromium).
 */
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkEpub, findingLines, type EpubCheckReport } from "../../src/render/epub/check/index.js";
import { runEpubChecks, selectedChecks } from "../../src/render/epub/check/stage.js";
import { testContext } from "./fixture.js";
import { buildFixtureEpub } from "./fixture.js";
import { mutateEpub, replaceIn } from "./mutate.js";

let good: string;
let report: EpubCheckReport;
let bare: EpubCheckReport;
const OPF = "EPUB/package.opf";

// The tools read every file here (results: null): a finding kept from an earlier run would prove nothing.
const storeIds = async (file: string) =>
  (await checkEpub(file, { checks: ["stores"], results: null })).checks[0].findings
    .filter((f) => f.severity === "error")
    .map((f) => f.id);

beforeAll(async () => {
  const built = await buildFixtureEpub();
  good = built.file;
  const noPageMap = (await buildFixtureEpub({ pageMap: false, issue: built.issue })).file;
  [report, bare] = await Promise.all([
    checkEpub(good, { results: null }),
    checkEpub(noPageMap, { checks: ["epubcheck"], results: null }),
  ]);
}, 600_000);

describe("the fixture EPUB", () => {
  it("passes EPUBCheck 5.x, Ace and the store rules with no errors", () => {
    expect(report.checks.map((c) => c.check).sort()).toEqual(["ace", "epubcheck", "stores"]);
    expect(report.checks.find((c) => c.check === "epubcheck")?.detail).toMatch(/^EPUBCheck v?5\./);
    expect(findingLines(report, "error")).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("passes EPUBCheck without a print page map too (no page-list)", () => {
    expect(findingLines(bare)).toEqual([]);
  });

  it("has no EPUBCheck warnings and one store warning: the transparent PNG (Kobo)", () => {
    expect(findingLines(report, "warning")).toEqual([
      expect.stringMatching(/^stores kobo\/image-transparency warning: EPUB\/images\/sign\.png has transparent pixels/),
    ]);
  });
});

describe("each check fails on a wrong EPUB", () => {
  it("EPUBCheck: a content document that is not well-formed XML", async () => {
    const wrong = await mutateEpub(good, replaceIn("EPUB/title.xhtml", "</h1>", ""));
    const r = await checkEpub(wrong, { checks: ["epubcheck"], results: null });
    expect(r.ok).toBe(false);
    expect(
      r.checks[0].findings.some(
        (f) => f.severity === "error" && /^RSC-\d+$/.test(f.id) && f.where?.includes("title.xhtml"),
      ),
    ).toBe(true);
  }, 120_000);

  it("Ace: an image without alt text and an empty accessibility summary", async () => {
    const wrong = await mutateEpub(good, async (entries) => {
      await replaceIn("EPUB/p003-yaowen-one.xhtml", / alt="[^"]*"/, "")(entries);
      await replaceIn(OPF, /(<meta property="schema:accessibilitySummary">)[^<]*/, "$1")(entries);
    });
    const r = await checkEpub(wrong, { checks: ["ace"], results: null });
    expect(r.ok).toBe(false);
    const ids = r.checks[0].findings.map((f) => f.id);
    expect(ids).toContainEqual(expect.stringMatching(/^image-alt/));
    expect(r.checks[0].findings, JSON.stringify(r.checks[0].findings)).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/accessibilitySummary/) }),
    );
  }, 300_000);

  it("stores: no dc:creator, no series position, no cover meta (folio, Kobo)", async () => {
    const wrong = await mutateEpub(good, async (e) => {
      await replaceIn(OPF, /<dc:creator[^]*?<\/dc:creator>/, "")(e);
      await replaceIn(OPF, /<meta refines="#serial" property="group-position">[^<]*<\/meta>/, "")(e);
      await replaceIn(OPF, '<meta name="cover" content="cover-image" />', "")(e);
    });
    expect(await storeIds(wrong)).toEqual(["folio/metadata", "folio/metadata", "kobo/cover-meta"]);
  });

  it("stores: a cover 1179×1600 px (the old one) is too small for folio and Apple", async () => {
    const small = await sharp({ create: { width: 1179, height: 1600, channels: 3, background: "#345678" } })
      .jpeg()
      .toBuffer();
    const wrong = await mutateEpub(good, (e) => void e.set("EPUB/images/cover.jpg", small));
    expect(await storeIds(wrong)).toEqual(["folio/cover-size", "apple/cover-size"]);
  });

  it("stores: an image over 4 megapixels, a CMYK image (Apple)", async () => {
    const big = await sharp({ create: { width: 2500, height: 2000, channels: 3, background: "#808080" } })
      .jpeg()
      .toBuffer();
    const cmyk = await sharp({ create: { width: 100, height: 100, channels: 3, background: "#808080" } })
      .toColourspace("cmyk")
      .jpeg()
      .toBuffer();
    const wrong = await mutateEpub(good, (e) => {
      e.set("EPUB/images/photo.jpg", big);
      e.set("EPUB/images/fenger.jpg", cmyk);
    });
    expect((await storeIds(wrong)).sort()).toEqual(["apple/image-colour", "apple/image-pixels"]);
  });

  it("stores: no cover-image in the manifest (Google), a cover document with text (Kobo)", async () => {
    const noCover = await mutateEpub(good, replaceIn(OPF, ' properties="cover-image"', ""));
    expect(await storeIds(noCover)).toEqual(["google/cover"]);
    const shared = await mutateEpub(good, replaceIn("EPUB/cover.xhtml", "</section>", "<p>封面说明</p></section>"));
    expect(await storeIds(shared)).toEqual(["kobo/cover-document"]);
  });
});

describe("findings kept by the file's bytes", () => {
  it("the same bytes are not checked again; the same file with other bytes is, and fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "folio-epub-results-"));
    const file = path.join(dir, "issue.epub");
    copyFileSync(good, file);
    const first = await checkEpub(file, { checks: ["epubcheck"], results: path.join(dir, "files") });
    const again = await checkEpub(file, { checks: ["epubcheck"], results: path.join(dir, "files") });
    expect(first.checks[0].kept).toBeUndefined();
    expect(again.checks[0]).toMatchObject({
      kept: true,
      detail: first.checks[0].detail,
      findings: first.checks[0].findings,
    });
    expect(again.ok).toBe(true);
    // Not well-formed, at the same path: read again, and failed.
    copyFileSync(await mutateEpub(good, replaceIn("EPUB/title.xhtml", "</h1>", "")), file);
    const changed = await checkEpub(file, { checks: ["epubcheck"], results: path.join(dir, "files") });
    expect(changed.checks[0].kept).toBeUndefined();
    expect(changed.ok).toBe(false);
  }, 120_000);
});

describe("the epub-check stage", () => {
  it("fails the build with one line per error, naming check and rule, after writing epub-check.json", async () => {
    const small = await sharp({ create: { width: 1179, height: 1600, channels: 3, background: "#345678" } })
      .jpeg()
      .toBuffer();
    const wrong = await mutateEpub(good, (e) => void e.set("EPUB/images/cover.jpg", small));
    const ctx = testContext(mkdtempSync(path.join(tmpdir(), "folio-epub-stage-")));
    process.env.FOLIO_EPUB_CHECKS = "stores";
    try {
      await expect(runEpubChecks(wrong, ctx)).rejects.toThrow(
        /^wrong\.epub: EPUB check failed: stores folio\/cover-size error: cover EPUB\/images\/cover\.jpg is 1179×1600 px: at least 1600 px on its short side\nwrong\.epub: EPUB check failed: stores apple\/cover-size error: /,
      );
    } finally {
      delete process.env.FOLIO_EPUB_CHECKS;
    }
    const written = JSON.parse(readFileSync(path.join(ctx.outDir, "epub-check.json"), "utf8"));
    expect(written).toMatchObject({ file: "wrong.epub", ok: false });
    expect(JSON.stringify(written)).not.toContain('"ms"');
  });

  it("FOLIO_EPUB_CHECKS selects checks; none skips them with a warning; an unknown name is refused", async () => {
    expect(selectedChecks(undefined)).toEqual(["epubcheck", "ace", "stores"]);
    expect(selectedChecks("stores, epubcheck")).toEqual(["stores", "epubcheck"]);
    expect(() => selectedChecks("lint")).toThrow(/FOLIO_EPUB_CHECKS: unknown EPUB check lint/);
    const ctx = testContext(mkdtempSync(path.join(tmpdir(), "folio-epub-stage-")));
    process.env.FOLIO_EPUB_CHECKS = "none";
    try {
      expect(await runEpubChecks(good, ctx)).toEqual({ files: [] });
    } finally {
      delete process.env.FOLIO_EPUB_CHECKS;
    }
    expect(ctx.warnings).toEqual(["epub-check: skipped (FOLIO_EPUB_CHECKS=none)"]);
    expect(existsSync(path.join(ctx.outDir, "epub-check.json"))).toBe(false);
  });
});
