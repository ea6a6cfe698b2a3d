/** A minimal zip reader for tests (central directory → entries), so the tests read the EPUB as a reader does. */
import { inflateRawSync } from "node:zlib";

export interface ZipItem {
  name: string;
  method: number;
  /** Length of the local header's extra field. */
  localExtra: number;
  /** Offset of the local header. */
  offset: number;
  data: Buffer;
}

export function readZip(buf: Buffer): ZipItem[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const items: ZipItem[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const localExtra = buf.readUInt16LE(offset + 28);
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + localExtra;
    const raw = buf.subarray(start, start + size);
    items.push({ name, method, localExtra, offset, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return items;
}

export function zipText(items: ZipItem[], name: string): string {
  const item = items.find((i) => i.name === name);
  if (!item) throw new Error(`no ${name} in the zip`);
  return item.data.toString("utf8");
}
