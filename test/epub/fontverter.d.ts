/** fontverter 2.x ships no types. */
declare module "fontverter" {
  const fontverter: { convert(font: Buffer | Uint8Array, to: "sfnt" | "woff" | "woff2" | "truetype"): Promise<Buffer> };
  export default fontverter;
}
