/**
 * One face out of an OpenType collection (.ttc), as a standalone font file: Debian's Noto CJK fonts
 * come as collections (JP, KR, SC, TC, HK faces sharing glyphs), while the subsetter (subset-font,
 * harfbuzz) opens the first face of a file only. The face is chosen by its family name (name ID 1).
 */
import { SetupError } from "../../contract/errors.js";

/** Faces of a collection: family name and table records (offsets into the collection file). */
function faces(ttc: Buffer): { family: string; offset: number }[] {
  if (ttc.toString("latin1", 0, 4) !== "ttcf") return [{ family: familyName(ttc, 0), offset: 0 }];
  const count = ttc.readUInt32BE(8);
  return Array.from({ length: count }, (_, i) => {
    const offset = ttc.readUInt32BE(12 + 4 * i);
    return { family: familyName(ttc, offset), offset };
  });
}

function tables(font: Buffer, offset: number): { tag: string; checksum: number; offset: number; length: number }[] {
  const n = font.readUInt16BE(offset + 4);
  return Array.from({ length: n }, (_, i) => {
    const r = offset + 12 + 16 * i;
    return {
      tag: font.toString("latin1", r, r + 4),
      checksum: font.readUInt32BE(r + 4),
      offset: font.readUInt32BE(r + 8),
      length: font.readUInt32BE(r + 12),
    };
  });
}

/** Family name (name ID 1), preferring the Windows English record. */
function familyName(font: Buffer, offset: number): string {
  const name = tables(font, offset).find((t) => t.tag === "name");
  if (!name) return "";
  const count = font.readUInt16BE(name.offset + 2);
  const strings = name.offset + font.readUInt16BE(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + 12 * i;
    const [platform, , language, nameId, length, at] = [0, 2, 4, 6, 8, 10].map((d) => font.readUInt16BE(r + d));
    if (nameId !== 1 || platform !== 3 || language !== 0x409) continue;
    const bytes = Buffer.from(font.subarray(strings + at, strings + at + length));
    return bytes.swap16().toString("utf16le");
  }
  return "";
}

/** The face named `family` as a standalone sfnt (tables copied, 4-byte aligned). */
export function extractFace(ttc: Buffer, family: string): Buffer {
  const face = faces(ttc).find((f) => f.family === family);
  if (!face)
    throw new SetupError(
      `no face "${family}" in the font collection (has ${faces(ttc)
        .map((f) => f.family)
        .join(", ")})`,
    );
  const records = tables(ttc, face.offset);
  const header = Buffer.alloc(12 + 16 * records.length);
  ttc.copy(header, 0, face.offset, face.offset + 12);
  let at = header.length;
  const bodies: Buffer[] = [];
  records.forEach((t, i) => {
    const r = 12 + 16 * i;
    header.write(t.tag, r, "latin1");
    header.writeUInt32BE(t.checksum, r + 4);
    header.writeUInt32BE(at, r + 8);
    header.writeUInt32BE(t.length, r + 12);
    const padded = Buffer.alloc((t.length + 3) & ~3);
    ttc.copy(padded, 0, t.offset, t.offset + t.length);
    bodies.push(padded);
    at += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
