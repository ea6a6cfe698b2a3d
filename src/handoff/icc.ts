/**
 * Just enough ICC header reading to choose and describe the press profile: device class,
 * colour space and the 'desc' text (v2 textDescriptionType or v4 multiLocalizedUnicode).
 */
import { readFileSync } from "node:fs";
import { InternalError } from "../contract/errors.js";

export interface IccInfo {
  path: string;
  deviceClass: string; // "prtr"
  colourSpace: string; // "CMYK"
  description: string;
}

function tagDescription(d: Buffer, off: number, size: number): string {
  const type = d.toString("latin1", off, off + 4);
  if (type === "desc") {
    const len = d.readUInt32BE(off + 8);
    return d.toString("latin1", off + 12, off + 12 + len).replace(/\0+$/, "");
  }
  if (type === "mluc") {
    const recLen = d.readUInt32BE(off + 12);
    const strLen = d.readUInt32BE(off + 16 + 4),
      strOff = d.readUInt32BE(off + 16 + 8);
    const u16 = d.subarray(off + strOff, off + strOff + strLen);
    return Buffer.from(u16).swap16().toString("utf16le") || `(${recLen})`;
  }
  return d.toString("latin1", off + 8, off + size).replace(/[^\x20-\x7e]/g, "");
}

export function readIcc(path: string): IccInfo {
  const d = readFileSync(path);
  if (d.length < 132 || d.toString("latin1", 36, 40) !== "acsp")
    throw new InternalError(`${path} is not an ICC profile`);
  const info: IccInfo = {
    path,
    deviceClass: d.toString("latin1", 12, 16).trim(),
    colourSpace: d.toString("latin1", 16, 20).trim(),
    description: "",
  };
  const n = d.readUInt32BE(128);
  for (let i = 0; i < n; i++) {
    const at = 132 + 12 * i;
    if (d.toString("latin1", at, at + 4) === "desc")
      info.description = tagDescription(d, d.readUInt32BE(at + 4), d.readUInt32BE(at + 8));
  }
  return info;
}
