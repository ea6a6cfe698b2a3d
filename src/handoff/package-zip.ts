/**
 * The handoff archive: SHA256SUMS over every other file, then a deterministic zip (yazl):
 * entries in the given order, mtime = issue date 00:00 as a DOS timestamp (no UT field, so
 * the bytes do not depend on the time zone), mode 0644, deflate level 9.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import yazl from "yazl";

export interface Entry {
  name: string;
  data: Buffer;
}

/** `sha256sum -c` format: "<hex>  <name>" per line (pure). */
export function sha256sums(entries: Entry[]): string {
  return entries.map((e) => `${createHash("sha256").update(e.data).digest("hex")}  ${e.name}\n`).join("");
}

/** Local-time midnight of an ISO date: its DOS fields read the same date in every time zone. */
export function dosDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y, m - 1, d, 0, 0, 0);
}

export async function writeZip(path: string, entries: Entry[], isoDate: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const mtime = dosDate(isoDate);
  for (const e of entries) {
    zip.addBuffer(e.data, e.name, {
      mtime,
      mode: 0o100644,
      compress: true,
      compressionLevel: 9,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, "close");
}
