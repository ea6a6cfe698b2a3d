/**
 * The rare-character faces of the print HTML: the characters of an issue that the edition's web
 * fonts lack (a CJK Extension A/B character of a name, U+20BB7 𠮷, U+2CC56 𬱖) are cut from Debian's
 * Noto Serif/Sans CJK SC (src/type/fonts/print-fonts.ts) with subset-font into one small face per
 * family and weight, "Folio Rare Serif" / "Folio Rare Sans", which styles/fonts.css lists after the web
 * fonts. Noto CJK has PostScript (CFF) outlines, which Chromium prints as Type 3; converted to TrueType
 * outlines (cff-to-truetype.py, python3-fonttools) they embed as CID TrueType subsets like the web
 * fonts. Real weights only: a bold asked of a regular face is synthesised, and prints as Type 3 again.
 * Each face is kept in the cache folder fonts/ under its source file and characters.
 */
import { createHash } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";
import { type PrintFonts, type FallbackFace, fallbackNeeds } from "../../type/fonts/edition.js";
import { pruneEntries, readEntry, writeEntry } from "../../util/cache-entries.js";
import { cacheFolder } from "../../util/config.js";
import { MissingToolError, run, ToolError } from "../../util/tools.js";
import { decodeEntities } from "../epub/page-map.js";
import { extractFace } from "../epub/ttc.js";

const CONVERTER = fileURLToPath(new URL("./cff-to-truetype.py", import.meta.url));
/** Debian's own Python, where python3-fonttools is installed (not a python3 of another installation on PATH). */
const PYTHON = "/usr/bin/python3";
const KEEP_FACES = 32;

/** The text an HTML page prints: its body's character data, without scripts and styles (pure). */
export function htmlText(html: string): string {
  const body = html.slice(Math.max(0, html.indexOf("<body")));
  return decodeEntities(body.replace(/<(script|style)\b[^]*?<\/\1>/gi, "").replace(/<[^>]*>/g, " "));
}

/** The face's file name next to fonts.css: rare-serif-400.ttf. */
export const rareFile = (f: FallbackFace): string =>
  `${f.family
    .replace(/^Folio /, "")
    .toLowerCase()
    .replace(/\s+/g, "-")}-${f.weight}.ttf`;

/** The @font-face rule of one rare-character face. */
export const rareFaceCss = (f: FallbackFace): string =>
  `@font-face { font-family: "${f.family}"; font-style: normal; font-weight: ${f.weight}; font-display: block; src: url(${rareFile(f)}) format("truetype"); }`;

/** CFF outlines → TrueType outlines, through a temporary folder. */
async function toTrueType(otf: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "folio-rare-"));
  try {
    await writeFile(path.join(dir, "in.otf"), otf);
    await run(PYTHON, [CONVERTER, path.join(dir, "in.otf"), path.join(dir, "out.ttf")], { timeoutMs: 120_000 });
    return await readFile(path.join(dir, "out.ttf"));
  } catch (e) {
    if (e instanceof MissingToolError || (e instanceof ToolError && /fontTools missing/.test(e.stderr)))
      throw new MissingToolError("fontTools (python3)", e, "python3-fonttools");
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One face cut to `chars`, with TrueType outlines: from the cache, or made now. */
async function rareFace(face: FallbackFace, chars: string): Promise<Buffer> {
  let st: { size: number; mtimeMs: number };
  try {
    st = statSync(face.file);
  } catch (e) {
    throw new MissingToolError(face.file, e, face.pkg);
  }
  const key = createHash("sha256")
    .update(JSON.stringify([face.file, face.face, face.name, st.size, st.mtimeMs, chars]))
    .digest("hex");
  const dir = cacheFolder("fonts");
  const kept = readEntry(path.join(dir, `${key}.ttf`));
  if (kept) return kept;
  // extractFace picks the face of a collection by its family name, which `name` is.
  const source = extractFace(await readFile(face.file), face.name);
  const subset = await subsetFont(source, chars, { targetFormat: "sfnt" });
  const ttf = subset.toString("latin1", 0, 4) === "OTTO" ? await toTrueType(subset) : subset;
  try {
    mkdirSync(dir, { recursive: true });
    writeEntry(path.join(dir, `${key}.ttf`), ttf);
    pruneEntries(dir, KEEP_FACES, ["ttf"], "ttf");
  } catch {
    // kept next time, or made again
  }
  return ttf;
}

/**
 * Writes the rare-character faces `text` needs into `fontsDir`; returns their @font-face rules
 * (empty when the web fonts have every character) and the characters each carries.
 */
export async function writeRareFaces(
  fontsDir: string,
  edition: PrintFonts,
  text: string,
): Promise<{ css: string; faces: { file: string; chars: string }[] }> {
  const needs = fallbackNeeds(edition, text);
  if (needs.length) await mkdir(fontsDir, { recursive: true });
  const faces = await Promise.all(
    needs.map(async ({ face, chars }) => {
      const file = rareFile(face);
      await writeFile(path.join(fontsDir, file), await rareFace(face, chars));
      return { file, chars, css: rareFaceCss(face) };
    }),
  );
  const css = faces.length
    ? `/* Rare characters: Noto CJK SC (fonts-noto-cjk, SIL Open Font License 1.1), subset per issue */\n${faces.map((f) => f.css).join("\n")}\n`
    : "";
  return { css, faces: faces.map(({ file, chars }) => ({ file, chars })) };
}
