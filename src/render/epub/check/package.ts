/**
 * An EPUB as the store checks see it, read from the file alone (yauzl + xmldom), independently of how
 * folio wrote it: the package document's metadata, manifest and spine, every entry's bytes, and for
 * each image its pixel size and alpha (sharp reads the image data, not its name).
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import sharp from "sharp";
import yauzl from "yauzl";
import { InternalError } from "../../../contract/errors.js";

export interface ManifestEntry {
  id: string;
  href: string;
  /** Path inside the container. */
  path: string;
  mediaType: string;
  properties: string[];
}

export interface ImageFacts {
  path: string;
  bytes: number;
  width: number;
  height: number;
  format: string;
  space: string;
  hasAlpha: boolean;
  /** Some pixel is not fully opaque. */
  transparent: boolean;
}

export interface EpubPackage {
  fileBytes: number;
  entries: Map<string, Buffer>;
  opfPath: string;
  /** dc:* elements by local name (title, creator, …) → text values. */
  dc: Map<string, string[]>;
  /** <meta property=…> values, and EPUB 2 <meta name=… content=…>. */
  meta: { id?: string; property?: string; name?: string; refines?: string; content: string }[];
  manifest: ManifestEntry[];
  spine: string[];
  /** The spine's page-progression-direction, when it declares one. */
  pageProgression?: string;
  images: ImageFacts[];
}

function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new InternalError("not a zip file"));
      const out = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream
            .on("data", (c: Buffer) => chunks.push(c))
            .on("end", () => {
              out.set(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            })
            .on("error", reject);
        });
      });
      zip.on("end", () => resolve(out)).on("error", reject);
      zip.readEntry();
    });
  });
}

const xml = (text: string) => new DOMParser().parseFromString(text, "application/xml");
const children = (parent: Element | null | undefined, ns: string, local: string): Element[] =>
  parent ? Array.from(parent.getElementsByTagNameNS(ns, local)) : [];
const OPF = "http://www.idpf.org/2007/opf";
const DC = "http://purl.org/dc/elements/1.1/";

/** `images: false`: the package and entries only (no image decoding; `images` is then empty). */
export async function readEpubPackage(buf: Buffer, opts: { images?: boolean } = {}): Promise<EpubPackage> {
  const entries = await unzip(buf);
  const container = entries.get("META-INF/container.xml");
  if (!container) throw new InternalError("no META-INF/container.xml");
  const rootfile = xml(container.toString("utf8")).getElementsByTagNameNS(
    "urn:oasis:names:tc:opendocument:xmlns:container",
    "rootfile",
  )[0];
  const opfPath = rootfile?.getAttribute("full-path") ?? "";
  const opfBuf = entries.get(opfPath);
  if (!opfBuf) throw new InternalError(`no package document ${opfPath || "(none named)"}`);
  const doc = xml(opfBuf.toString("utf8"));
  const metadata = children(doc.documentElement, OPF, "metadata")[0];
  const dc = new Map<string, string[]>();
  for (const el of Array.from(metadata?.getElementsByTagNameNS(DC, "*") ?? [])) {
    const key = el.localName ?? "";
    dc.set(key, [...(dc.get(key) ?? []), (el.textContent ?? "").trim()]);
  }
  const meta = children(metadata, OPF, "meta").map((m) => ({
    id: m.getAttribute("id") ?? undefined,
    property: m.getAttribute("property") ?? undefined,
    name: m.getAttribute("name") ?? undefined,
    refines: m.getAttribute("refines") ?? undefined,
    content: (m.getAttribute("content") ?? m.textContent ?? "").trim(),
  }));
  const base = opfPath.includes("/") ? opfPath.slice(0, opfPath.lastIndexOf("/") + 1) : "";
  const manifest = children(doc.documentElement, OPF, "item").map((i) => ({
    id: i.getAttribute("id") ?? "",
    href: i.getAttribute("href") ?? "",
    path: base + decodeURIComponent(i.getAttribute("href") ?? ""),
    mediaType: i.getAttribute("media-type") ?? "",
    properties: (i.getAttribute("properties") ?? "").split(/\s+/).filter(Boolean),
  }));
  const spine = children(doc.documentElement, OPF, "itemref").map((r) => r.getAttribute("idref") ?? "");
  const pageProgression = children(doc.documentElement, OPF, "spine")[0]?.getAttribute("page-progression-direction");
  const images = await Promise.all(
    manifest
      .filter((m) => opts.images !== false && m.mediaType.startsWith("image/") && entries.has(m.path))
      .map(async (m): Promise<ImageFacts> => {
        const data = entries.get(m.path) as Buffer;
        const img = sharp(data);
        const info = await img.metadata();
        const hasAlpha = Boolean(info.hasAlpha);
        const transparent =
          hasAlpha && m.mediaType !== "image/svg+xml" ? (await img.stats()).channels[3]?.min < 255 : false;
        return {
          path: m.path,
          bytes: data.length,
          width: info.width ?? 0,
          height: info.height ?? 0,
          format: info.format ?? "",
          space: info.space ?? "",
          hasAlpha,
          transparent,
        };
      }),
  );
  return {
    fileBytes: buf.length,
    entries,
    opfPath,
    dc,
    meta,
    manifest,
    spine,
    ...(pageProgression ? { pageProgression } : {}),
    images,
  };
}
