/**
 * `folio publish` on two built issues (2022-08 and the mini 2099-01): the files it writes, reproducible
 * bytes, relative links that all resolve (files and #fragments), the print page anchors, and what it
 * says about issues it cannot publish.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readLibrary } from "../../src/publish/library.js";
import { publishSite } from "../../src/publish/site.js";
import { readSite, twoIssueSite, type TwoIssueSite } from "./two-issues.js";

let t: TwoIssueSite;

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();

/** Every href/src in a page, with the file it is in. */
function linksIn(site: string): { from: string; url: string }[] {
  return files(site)
    .filter((f) => /\.(html|xml)$/.test(f))
    .flatMap((from) =>
      [...readSite(site, from).matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => ({
        from,
        url: m[1].replace(/&amp;/g, "&"),
      })),
    );
}

beforeAll(async () => {
  t = await twoIssueSite();
}, 1_800_000);

describe("folio publish: two issues", () => {
  it("writes the shelf, issue pages, web edition and feeds", () => {
    const all = files(t.site);
    for (const f of ["index.html", "site.css", "feed.xml", "opds/catalog.xml", "opds/catalog.json"])
      expect(all).toContain(f);
    for (const id of ["2022-08", "2099-01"]) {
      for (const f of ["index.html", "cover.jpg", "cover-320.jpg", `${id}.epub`, `${id}-screen.pdf`])
        expect(all).toContain(`${id}/${f}`);
    }
    expect(all).toContain("2022-08/read/p016-ningxin-juli.html");
    expect(all).toContain("2022-08/read/inside-front-cover.html");
    expect(all).toContain("2022-08/read/back-cover.html");
    expect(all).toContain("2022-08/read/imprint.html");
    expect(all).toContain("2099-01/read/p002-news.html");
    expect(t.result.issues).toEqual(["2099-01", "2022-08"]); // newest first
  });

  it("puts the covers on the shelf newest first, grouped by year", () => {
    const shelf = readSite(t.site, "index.html");
    expect([...shelf.matchAll(/<h2 id="y(\d{4})">/g)].map((m) => m[1])).toEqual(["2099", "2022"]);
    expect([...shelf.matchAll(/<a href="(\d{4}-\d{2})\/index.html"><img/g)].map((m) => m[1])).toEqual([
      "2099-01",
      "2022-08",
    ]);
    expect(shelf).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
  });

  it("writes the same bytes when published again", () => {
    const hash = (dir: string) =>
      Object.fromEntries(
        files(dir).map((f) => [
          f,
          createHash("sha256")
            .update(readFileSync(path.join(dir, f)))
            .digest("hex"),
        ]),
      );
    expect(hash(t.again)).toEqual(hash(t.site));
  });

  it("uses relative links only (the imprint's and articles' own external addresses aside)", () => {
    const bad = linksIn(t.site).filter(({ from, url }) => {
      if (/^https?:/.test(url)) return !from.includes("/read/"); // data: an address printed in the issue
      return /^([a-z]+:|\/)/i.test(url);
    });
    expect(bad).toEqual([]);
  });

  it("has every relative link resolve to a file, and every #fragment to an id in it", () => {
    const broken: string[] = [];
    for (const { from, url } of linksIn(t.site)) {
      if (/^https?:/.test(url)) continue;
      const [file, fragment] = url.split("#");
      const target = file
        ? path.resolve(path.dirname(path.join(t.site, from)), decodeURIComponent(file))
        : path.join(t.site, from);
      if (!existsSync(target)) broken.push(`${from}: ${url}`);
      else if (fragment && !readFileSync(target, "utf8").includes(`id="${fragment}"`))
        broken.push(`${from}: ${url} (no id)`);
    }
    expect(broken).toEqual([]);
  });

  it("anchors the print pages: the 目录's page N is #page-N in the article's web page, as in the EPUB", () => {
    const manifest = JSON.parse(readFileSync(path.join(t.dist, "2022-08", "build.json"), "utf8")) as {
      toc: { articleId: string; page: number }[];
    };
    expect(manifest.toc.length).toBeGreaterThan(30);
    for (const { articleId, page } of manifest.toc) {
      expect(readSite(t.site, `2022-08/read/${articleId}.html`), `${articleId} p.${page}`).toContain(
        `id="page-${page}"`,
      );
    }
    const issuePage = readSite(t.site, "2022-08/index.html");
    const p23 = /href="read\/([^"#]+)\.html#page-23"/.exec(issuePage)?.[1];
    expect(p23).toBeDefined();
    expect(readSite(t.site, `2022-08/read/${p23}.html`)).toMatch(/id="page-23" aria-label="23"/);
  });

  it("holds the 封二 caption and the 封四 feature in the web edition", () => {
    expect(readSite(t.site, "2022-08/read/inside-front-cover.html")).toContain("三台子街道牡丹社区");
    expect(readSite(t.site, "2022-08/read/back-cover.html")).toContain("安集海大峡谷");
  });
});

describe("folio publish: issues it cannot publish", () => {
  it("names an issue under issues/ that is not built, and a build without its EPUB", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "folio-dist-"));
    const issues = mkdtempSync(path.join(tmpdir(), "folio-issues-"));
    try {
      cpSync(path.join(t.dist, "2099-01"), path.join(dist, "2099-01"), { recursive: true });
      cpSync(path.join(t.dist, "2099-01"), path.join(dist, "2099-02"), { recursive: true });
      rmSync(path.join(dist, "2099-02", "2099-01.epub"));
      for (const id of ["2099-01", "2099-02", "2099-03"])
        cpSync(path.join(t.dist, "2099-01", "build.json"), path.join(issues, id, "keep"), { recursive: true });
      const lib = await readLibrary(dist, issues);
      expect(lib.issues.map((i) => i.id)).toEqual(["2099-01"]);
      expect(lib.problems).toEqual([
        expect.stringMatching(
          /^2099-03: not built \(no .*2099-03\/build\.json\): run folio build 2099-03; left off the site$/,
        ),
        expect.stringMatching(/^2099-02: .*2099-02\/2099-01\.epub is missing: run folio build 2099-02/),
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
      rmSync(issues, { recursive: true, force: true });
    }
  });

  it("fails with one line when nothing is built, and leaves the previous site as it was", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "folio-dist-"));
    const site = mkdtempSync(path.join(tmpdir(), "folio-site-keep-"));
    cpSync(t.site, site, { recursive: true });
    await expect(publishSite({ distDir: empty, outDir: site })).rejects.toThrow(
      /no built issue to publish .*run folio build first$/,
    );
    expect(files(site)).toEqual(files(t.site));
    rmSync(empty, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  });
});
