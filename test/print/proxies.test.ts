/**
 * Photos printed as stand-ins (proxies.ts) and their own data placed in the PDF after
 * (place-images.ts): the stand-in keeps the photo's pixel size and colour components; the placement
 * finds every stand-in and fails when one laid out is missing or does not match.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, type PDFNumber, PDFRawStream } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROXY_SCRIPT, writeProxies, type ProxySet } from "../../src/render/print/proxies.js";
import { placeFullImages } from "../../src/render/print/place-images.js";
import { present } from "../helpers/present.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
let dir: string;
let html: string;
let set: ProxySet;

/** A JPEG of noise (so that no two differ only in size). */
async function photo(width: number, height: number, channels: 1 | 3, seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * channels);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 31 + seed * 97 + ((i * seed) % 13)) & 0xff;
  const img = sharp(raw, { raw: { width, height, channels } });
  return (channels === 1 ? img.toColourspace("b-w") : img).jpeg({ quality: 80 }).toBuffer();
}

/** The JPEG data inside a stand-in SVG. */
const standIn = (svgFile: string) =>
  Buffer.from(present(readFileSync(svgFile, "utf8").match(/base64,([^"]+)"/), `JPEG data in ${svgFile}`)[1], "base64");

/** The stand-in written for a photo. */
const proxy = (src: string) =>
  present(
    set.proxies.find((p) => p.src === src),
    `a stand-in for ${src}`,
  );

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "folio-proxies-"));
  html = path.join(dir, "html");
  mkdirSync(path.join(html, "images"), { recursive: true });
  writeFileSync(path.join(html, "images", "rgb.jpg"), await photo(420, 300, 3, 1));
  writeFileSync(path.join(html, "images", "grey.jpg"), await photo(300, 420, 1, 2));
  writeFileSync(path.join(html, "images", "封面.jpg"), await photo(400, 500, 3, 3));
  writeFileSync(
    path.join(html, "images", "qr.png"),
    await sharp({ create: { width: 40, height: 40, channels: 3, background: "#fff" } })
      .png()
      .toBuffer(),
  );
  set = await writeProxies(html, path.join(dir, "cache"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("stand-ins", () => {
  it("stand in for every JPEG at its pixel size, with a JPEG a tenth as wide and the photo's components", async () => {
    expect(set.proxies.map((p) => p.src)).toEqual([
      "images/grey.jpg",
      "images/rgb.jpg",
      `images/${encodeURIComponent("封面")}.jpg`,
    ]);
    const rgb = proxy("images/rgb.jpg");
    expect([rgb.width, rgb.height, rgb.components]).toEqual([420, 300, 3]);
    const svg = readFileSync(path.join(html, rgb.proxySrc), "utf8");
    expect(svg).toContain('width="420" height="300"');
    const jpeg = standIn(path.join(html, rgb.proxySrc));
    const meta = await sharp(jpeg).metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([42, 30, 3]);
    expect(sha256(jpeg)).toBe(rgb.proxySha);
    // The comment names the photo, so two photos never share a stand-in.
    expect(jpeg.toString("latin1")).toContain(`sha256:${sha256(readFileSync(rgb.file))}`);
    const grey = proxy("images/grey.jpg");
    expect(grey.components).toBe(1);
    expect((await sharp(standIn(path.join(html, grey.proxySrc))).metadata()).channels).toBe(1);
  });

  it("are listed for the page in proxies.js, and kept in the cache", async () => {
    const script = readFileSync(path.join(html, PROXY_SCRIPT), "utf8");
    const window: Record<string, Record<string, { src: string; width: number; height: number }>> = {};
    new Function("window", script)(window);
    expect(window.folioProxies["images/rgb.jpg"]).toEqual({
      src: proxy("images/rgb.jpg").proxySrc,
      width: 420,
      height: 300,
    });
    rmSync(path.join(html, "proxies"), { recursive: true });
    const again = await writeProxies(html, path.join(dir, "cache"));
    expect(again.proxies).toEqual(set.proxies);
    expect(existsSync(path.join(html, again.proxies[0].proxySrc))).toBe(true);
  });
});

/** A PDF whose pages draw the given JPEGs, as Chromium prints stand-ins (DCT data as is). */
async function printed(jpegs: Buffer[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (const j of jpegs) {
    const img = await doc.embedJpg(new Uint8Array(j)); // a copy: pdf-lib reads the whole ArrayBuffer of a pooled Buffer
    doc.addPage([200, 200]).drawImage(img, { x: 10, y: 10, width: 100, height: 80 });
  }
  return PDFDocument.load(await doc.save());
}

const images = (doc: PDFDocument) =>
  [...doc.context.enumerateIndirectObjects()].flatMap(([, o]) =>
    o instanceof PDFRawStream && o.dict.get(PDFName.of("Subtype")) === PDFName.of("Image") ? [o] : [],
  );

describe("placing the photos", () => {
  it("puts each photo's JPEG data and size in place of its stand-in", async () => {
    const rgb = proxy("images/rgb.jpg");
    const grey = proxy("images/grey.jpg");
    const doc = await printed([standIn(path.join(html, rgb.proxySrc)), standIn(path.join(html, grey.proxySrc))]);
    expect(placeFullImages(doc, set.proxies, ["images/rgb.jpg", "images/grey.jpg"]).replaced).toBe(2);
    const after = await PDFDocument.load(await doc.save());
    const got = images(after).map((o) => ({
      sha: sha256(o.contents),
      w: (o.dict.get(PDFName.of("Width")) as PDFNumber).asNumber(),
    }));
    expect(got).toEqual([
      { sha: sha256(readFileSync(rgb.file)), w: 420 },
      { sha: sha256(readFileSync(grey.file)), w: 300 },
    ]);
  });

  it("fails when a photo laid out as a stand-in is not in the PDF (e.g. Chromium re-encoded it)", async () => {
    const rgb = proxy("images/rgb.jpg");
    const reencoded = await sharp(standIn(path.join(html, rgb.proxySrc)))
      .jpeg({ quality: 90 })
      .toBuffer();
    const doc = await printed([reencoded]);
    expect(() => placeFullImages(doc, set.proxies, ["images/rgb.jpg"])).toThrow(
      /1 photo\(s\) laid out as stand-ins were not found.*images\/rgb\.jpg/,
    );
    // The escaped and the written address are the same photo.
    const cover = present(
      set.proxies.find((p) => p.src.endsWith(".jpg") && p.src.includes("%")),
      "a stand-in for a photo with an escaped address",
    );
    const ok = await printed([standIn(path.join(html, cover.proxySrc))]);
    expect(placeFullImages(ok, set.proxies, ["images/封面.jpg"]).replaced).toBe(1);
  });

  it("fails when the printed stand-in's colour components are not the photo's", async () => {
    const grey = proxy("images/grey.jpg");
    const doc = await printed([standIn(path.join(html, grey.proxySrc))]);
    // As if the grey stand-in had been printed in RGB.
    images(doc)[0].dict.set(PDFName.of("ColorSpace"), PDFName.of("DeviceRGB"));
    expect(() => placeFullImages(doc, set.proxies, ["images/grey.jpg"])).toThrow(
      /printed with 3 colour components, the photo has 1/,
    );
  });
});
