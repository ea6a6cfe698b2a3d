/**
 * Puts an ICC profile into a JPEG (APP2 "ICC_PROFILE" segments after SOI) unless it has one, so that
 * libvips converts the image from the colour space the PDF declared for it, not from an assumed sRGB.
 */
const MARKER = Buffer.from("ICC_PROFILE\0", "latin1");
const CHUNK = 65519 - MARKER.length - 2;

export function hasIccProfile(jpeg: Buffer): boolean {
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1];
    if (marker === 0xda || marker === 0xd9) break; // start of scan: no more headers
    const len = jpeg.readUInt16BE(i + 2);
    if (marker === 0xe2 && jpeg.subarray(i + 4, i + 4 + MARKER.length).equals(MARKER)) return true;
    i += 2 + len;
  }
  return false;
}

export function withIccProfile(jpeg: Buffer, icc: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8 || hasIccProfile(jpeg)) return jpeg;
  const count = Math.ceil(icc.length / CHUNK);
  const segments: Buffer[] = [];
  for (let n = 0; n < count; n++) {
    const part = icc.subarray(n * CHUNK, (n + 1) * CHUNK);
    const head = Buffer.alloc(4);
    head.writeUInt16BE(0xffe2, 0);
    head.writeUInt16BE(2 + MARKER.length + 2 + part.length, 2);
    segments.push(head, MARKER, Buffer.from([n + 1, count]), part);
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}
