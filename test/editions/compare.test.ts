import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { createBuilder } from "../../src/preview/build.js";
import { compareHtml } from "../../src/preview/compare.js";
import { REPO, tempDir } from "../reliability/helpers.js";

const BASE = path.join(REPO, "test/fixtures/editions/2022-12");

describe("the preview of an edition: each translation beside its Chinese article", () => {
  it("pairs every translation with the article it translates, in reading order, each in its script and direction", async () => {
    const base = await loadIssue(BASE);
    const ug = await loadIssue(path.join(BASE, "editions/ug"));
    const html = compareHtml(base, ug);
    const pairs = html.split('<section class="pair">').slice(1);
    expect(pairs).toHaveLength(ug.articles.length);
    ug.articles.forEach((t, i) => {
      const source = base.articles.find((a) => a.id === ug.edition.translations.find((x) => x.id === t.id)?.translates);
      expect(source, t.id).toBeDefined();
      const [zh, tr] = pairs[i].split('<div class="col"').slice(1);
      expect(zh).toContain(`lang="zh-CN" dir="ltr"`);
      expect(zh).toContain(source?.title);
      expect(tr).toContain(`lang="ug" dir="rtl"`);
      expect(tr).toContain(t.title);
    });
    expect(html).toContain("fonts/edition/UKIJTuz.ttf");
  });

  it("is written by the preview build of an edition, and not of a Chinese issue", async () => {
    const out = tempDir("folio-preview-compare-");
    const edition = await createBuilder(path.join(BASE, "editions/ug"), out).build();
    expect(edition.status, edition.lines.join("\n")).toBe("ok");
    expect(edition.compare).toBe("compare.html");
    expect(edition.direction).toBe("rtl");
    const file = path.join(out, `build-${edition.version}`, "html", "compare.html");
    expect(readFileSync(file, "utf8")).toContain('dir="rtl"');
    const zhOut = tempDir("folio-preview-compare-zh-");
    const chinese = await createBuilder(BASE, zhOut).build();
    expect(chinese.status).toBe("ok");
    expect(chinese.compare).toBeUndefined();
    expect(existsSync(path.join(zhOut, `build-${chinese.version}`, "html", "compare.html"))).toBe(false);
  });
});
