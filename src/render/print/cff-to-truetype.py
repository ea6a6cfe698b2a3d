"""Convert a font with PostScript (CFF) outlines to TrueType (glyf) outlines: folio's rare-character
faces (src/render/print/rare-fonts.ts). Chromium embeds a CFF font in a PDF as Type 3, a TrueType one
as a CID subset. Cubic curves become quadratic ones within 1 font unit (fontTools cu2qu).

usage: python3 cff-to-truetype.py IN.otf OUT.ttf   (exit 3: fontTools is not installed)
"""
import sys

try:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable
except ImportError as e:
    print(f"fontTools missing: {e}", file=sys.stderr)
    sys.exit(3)


def convert(src: str, dst: str) -> None:
    # The subset's own head.modified is kept: the same characters give the same bytes.
    font = TTFont(src, recalcTimestamp=False)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.compile(font)
    font["post"].formatType = 3.0
    font.sfntVersion = "\0\1\0\0"
    font.save(dst)


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
