/**
 * The catalogues of the two-issue site: opds/catalog.json validated against the published OPDS 2.0
 * JSON schema (vendored in test/publish/schemas, see SOURCE.md) with ajv; opds/catalog.xml and
 * feed.xml parsed as Atom, their acquisition, image and alternate links resolved to real files.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogueProblems } from "./catalogue-check.js";
import { readSite, twoIssueSite, type TwoIssueSite } from "./two-issues.js";

const SCHEMAS = path.join(import.meta.dirname, "schemas");
const ATOM = "http://www.w3.org/2005/Atom";
let t: TwoIssueSite;
let validate: ValidateFunction;

function opdsValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const all = readdirSync(SCHEMAS, { recursive: true, withFileTypes: true }).filter((d) => d.name.endsWith(".json"));
  for (const d of all) ajv.addSchema(JSON.parse(readFileSync(path.join(d.parentPath, d.name), "utf8")));
  const v = ajv.getSchema("https://drafts.opds.io/schema/feed.schema.json");
  if (!v) throw new Error("no OPDS feed schema");
  return v;
}

beforeAll(async () => {
  t = await twoIssueSite();
  validate = opdsValidator();
}, 1_800_000);

const resolve = (from: string, href: string) => path.resolve(path.dirname(path.join(t.site, from)), href);
const isEpub = (file: string) =>
  readFileSync(file).subarray(30, 58).toString("latin1") === "mimetypeapplication/epub+zip";

describe("OPDS 2.0 (opds/catalog.json)", () => {
  it("is valid against the OPDS 2.0 feed schema", () => {
    const feed = JSON.parse(readSite(t.site, "opds/catalog.json"));
    expect(validate(feed), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(feed.publications.map((p: { metadata: { published: string } }) => p.metadata.published)).toEqual([
      "2099-01-25",
      "2022-08-25",
    ]);
  });

  it("the schema check can fail: a publication without an acquisition link is rejected", () => {
    const feed = JSON.parse(readSite(t.site, "opds/catalog.json"));
    feed.publications[0].links = [{ rel: "alternate", href: "x.html", type: "text/html" }];
    expect(validate(feed)).toBe(false);
  });

  it("links each publication's EPUB, PDF and cover to real files", async () => {
    const feed = JSON.parse(readSite(t.site, "opds/catalog.json"));
    for (const p of feed.publications) {
      const epub = p.links.find((l: { type: string }) => l.type === "application/epub+zip");
      expect(isEpub(resolve("opds/catalog.json", epub.href))).toBe(true);
      const cover = await sharp(resolve("opds/catalog.json", p.images[0].href)).metadata();
      expect([cover.width, cover.height]).toEqual([p.images[0].width, p.images[0].height]);
    }
    expect(feed.publications[1].metadata.belongsTo.series).toEqual({ name: "党员之友", position: 2022.08 });
  });
});

function atom(rel: string): Element {
  const doc = new DOMParser().parseFromString(readSite(t.site, rel), "application/xml");
  const root = doc.documentElement as unknown as Element;
  expect(root.namespaceURI).toBe(ATOM);
  expect(root.localName).toBe("feed");
  return root;
}
const kids = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(ATOM, name));

describe("OPDS 1.2 (opds/catalog.xml)", () => {
  it("is an Atom acquisition feed, newest first, each entry's acquisition links resolving to the files", () => {
    const feed = atom("opds/catalog.xml");
    const self = kids(feed, "link").find((l) => l.getAttribute("rel") === "self");
    expect(self?.getAttribute("type")).toBe("application/atom+xml;profile=opds-catalog;kind=acquisition");
    expect(catalogueProblems(readSite(t.site, "opds/catalog.xml"))).toEqual([]);
    const entries = kids(feed, "entry");
    expect(entries.map((e) => kids(e, "updated")[0].textContent)).toEqual([
      "2099-01-25T00:00:00Z",
      "2022-08-25T00:00:00Z",
    ]);
    for (const entry of entries) {
      expect(kids(entry, "id")[0].textContent).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      const links = kids(entry, "link");
      const acq = links.filter((l) => l.getAttribute("rel")?.startsWith("http://opds-spec.org/acquisition"));
      expect(acq.map((l) => l.getAttribute("type"))).toEqual(["application/epub+zip", "application/pdf"]);
      expect(isEpub(resolve("opds/catalog.xml", acq[0].getAttribute("href") ?? ""))).toBe(true);
      expect(
        readFileSync(resolve("opds/catalog.xml", acq[1].getAttribute("href") ?? ""))
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      for (const rel of ["http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail"]) {
        const img = links.find((l) => l.getAttribute("rel") === rel);
        expect(
          readFileSync(resolve("opds/catalog.xml", img?.getAttribute("href") ?? ""))
            .subarray(0, 2)
            .toString("hex"),
        ).toBe("ffd8");
      }
    }
  });
});

describe("Atom feed (feed.xml)", () => {
  it("lists the issues newest first, each linking to its page and EPUB", () => {
    const entries = kids(atom("feed.xml"), "entry");
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      const page =
        kids(entry, "link")
          .find((l) => l.getAttribute("rel") === "alternate")
          ?.getAttribute("href") ?? "";
      expect(readSite(t.site, page)).toContain('<h2 id="toc-title">目录</h2>');
    }
  });
});
