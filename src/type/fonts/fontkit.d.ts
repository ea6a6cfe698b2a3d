/** The part of fontkit 2.0.4 (no type declarations of its own) that src/type/fonts/cmap.ts uses. */
declare module "fontkit" {
  export interface Font {
    readonly type: string;
    readonly postscriptName: string | null;
    readonly familyName: string;
    /** Every code point the character map (cmap) maps to a glyph. */
    readonly characterSet: number[];
  }
  export interface FontCollection {
    readonly type: "TTC" | "DFont";
    readonly fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function openSync(filename: string, postscriptName?: string): Font | FontCollection;
}
