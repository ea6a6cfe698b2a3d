/**
 * Stand-ins for the photos (OPI): Chromium decodes every photo it prints, which was most of its PDF
 * output time (2022-08: 9.0 s with the print renditions, 2.3 s with stand-ins). Each JPEG next to
 * print.html gets a stand-in: an SVG of the photo's pixel size holding a JPEG a tenth as wide, with
 * the photo's colour profile and a comment naming the photo's SHA-256 (no two photos share a
 * stand-in). Laid out and printed in its place (print-proxies.js), it gives the photo's boxes and
 * crops; its JPEG data in the PDF is then replaced by the photo's (place-images.ts).
 *
 * Stand-ins go to html/proxies/ with proxies.js (window.folioProxies), which the paginator loads
 * with the handlers; they are kept in the images cache under the photo's hash.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { DOM } from "./layout-facts.js";
import { DEFAULT_CACHE_DIR } from "../../images/cache.js";
import { readJson, writeJsonAtomic } from "../../util/atomic-file.js";

/** Stand-in width (and height) as a fraction of the photo's. */
const SCALE = 10;
export const PROXY_DIR = "proxies";
export const PROXY_SCRIPT = `${PROXY_DIR}/proxies.js`;

export interface PhotoProxy {
  /** The photo's address in print.html (relative to it) and its file. */
  src: string;
  file: string;
  /** The stand-in's address, and the photo's pixel size (the stand-in's size in the layout). */
  proxySrc: string;
  width: number;
  height: number;
  /** Colour components of the photo's JPEG (1 grey, 3 RGB). */
  components: number;
  /** SHA-256 of the stand-in's JPEG data: how it is found in Chromium's PDF. */
  proxySha: string;
}

export interface ProxySet {
  proxies: PhotoProxy[];
  /** proxies.js: loaded into the page with the handlers. */
  script: string;
}

interface Made {
  width: number;
  height: number;
  components: number;
  svg: string;
  proxySha: string;
}

const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

/** A JPEG comment (COM segment) right after the start-of-image marker. */
function withComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, "latin1");
  const head = Buffer.from([0xff, 0xfe, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), head, body, jpeg.subarray(2)]);
}

/** The stand-in of one JPEG, or undefined when it cannot stand in (not 1 or 3 components, rotated by EXIF). */
async function makeProxy(bytes: Buffer, photoSha: string): Promise<Made | undefined> {
  const meta = await sharp(bytes).metadata();
  if (meta.format !== "jpeg" || !meta.width || !meta.height) return undefined;
  if (meta.channels !== 1 && meta.channels !== 3) return undefined;
  if (meta.orientation && meta.orientation !== 1) return undefined;
  const w = Math.max(8, Math.round(meta.width / SCALE));
  const h = Math.max(8, Math.round(meta.height / SCALE));
  const small = await sharp(bytes)
    .resize(w, h, { fit: "fill" })
    .toColourspace(meta.channels === 1 ? "b-w" : "srgb")
    .keepIccProfile()
    .jpeg({ quality: 50 })
    .toBuffer();
  const jpeg = withComment(small, `folio stand-in of sha256:${photoSha}`);
  const { width, height } = meta;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image width="${width}" height="${height}" preserveAspectRatio="none" href="data:image/jpeg;base64,${jpeg.toString("base64")}"/></svg>\n`;
  return { width, height, components: meta.channels, svg, proxySha: sha256(jpeg) };
}

/** Every .jpg/.jpeg under html/ but the stand-ins, as addresses relative to print.html. */
async function photos(htmlDir: string): Promise<string[]> {
  const entries = await readdir(htmlDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.jpe?g$/i.test(e.name))
    .map((e) => path.relative(htmlDir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((rel) => !rel.startsWith(`${PROXY_DIR}/`))
    .sort();
}

/** Writes the stand-ins of the photos under htmlDir and proxies.js; cached by the photo's hash. */
export async function writeProxies(htmlDir: string, cacheDir = DEFAULT_CACHE_DIR): Promise<ProxySet> {
  const proxies: PhotoProxy[] = [];
  await mkdir(path.join(htmlDir, PROXY_DIR), { recursive: true });
  for (const src of await photos(htmlDir)) {
    const file = path.join(htmlDir, src);
    const bytes = await readFile(file);
    const photoSha = sha256(bytes);
    const cached = path.join(cacheDir, "proxies", photoSha.slice(0, 2), `${photoSha}.json`);
    let made = await readJson<Made | { none: true }>(cached);
    if (!made) {
      made = (await makeProxy(bytes, photoSha)) ?? { none: true as const };
      await writeJsonAtomic(cached, made);
    }
    if ("none" in made) continue;
    const proxySrc = `${PROXY_DIR}/${photoSha.slice(0, 16)}.svg`;
    await writeFile(path.join(htmlDir, proxySrc), made.svg);
    proxies.push({
      src: src.split("/").map(encodeURIComponent).join("/"),
      file,
      proxySrc,
      width: made.width,
      height: made.height,
      components: made.components,
      proxySha: made.proxySha,
    });
  }
  const map = Object.fromEntries(proxies.map((p) => [p.src, { src: p.proxySrc, width: p.width, height: p.height }]));
  const script = path.join(htmlDir, PROXY_SCRIPT);
  await writeFile(script, `window[${JSON.stringify(DOM.globals.proxies)}] = ${JSON.stringify(map, null, 1)};\n`);
  return { proxies, script };
}
