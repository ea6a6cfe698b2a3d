/**
 * Deterministic EPUB container: `mimetype` first and stored (no extra field), the other entries in the
 * given order, deflated, all with one fixed DOS timestamp (no extended-timestamp field, whose epoch
 * seconds would depend on the time zone). Same entries → byte-identical file.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { ZipFile } from "yazl";
import { InternalError } from "../../contract/errors.js";

export interface ZipEntry {
  /** Path inside the container, e.g. "EPUB/package.opf". */
  name: string;
  data: Buffer | string;
  /** Store instead of deflate (already-compressed images gain nothing). */
  store?: boolean;
}

/** Local-time date whose DOS fields read as the issue date, 00:00, in any time zone. */
export function dosDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y, m - 1, d, 0, 0, 0);
}

export async function writeEpubZip(file: string, entries: ZipEntry[], isoDate: string): Promise<void> {
  const mtime = dosDate(isoDate);
  const zip = new ZipFile();
  const add = (e: ZipEntry) => {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    zip.addBuffer(data, e.name, { mtime, mode: 0o100644, compress: !e.store, forceDosTimestamp: true });
  };
  add({ name: "mimetype", data: "application/epub+zip", store: true });
  const seen = new Set<string>(["mimetype"]);
  for (const e of entries) {
    if (seen.has(e.name)) throw new InternalError(`EPUB: duplicate zip entry ${e.name}`);
    seen.add(e.name);
    add(e);
  }
  zip.end();
  const out = createWriteStream(file);
  zip.outputStream.pipe(out);
  await once(out, "close");
}
