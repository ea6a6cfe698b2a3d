/**
 * folio's rules for the language and direction of an EPUB, checked on the file (package.ts):
 *   language: every XHTML document names its language on <html>, with lang and xml:lang alike (a
 *     screen reader picks its voice by it; EPUBCheck does not ask for it);
 *   direction: a book in a right-to-left script (dc:language ug, ar, fa …, or a tag with an Arab,
 *     Hebr … script subtag: kk-Arab, ky-Arab) turns its pages right to left (spine
 *     page-progression-direction="rtl"); when the spine declares a direction, every document's <html>
 *     carries dir, and a dir is the language's (rtl for a right-to-left script, else ltr: a vertical
 *     Mongolian book is dir="ltr", its lines run top to bottom and its pages turn to the left).
 */
import type { EpubPackage } from "./package.js";

/** A broken rule (an error: stores.ts reports it under "folio"). */
export interface DirectionFinding {
  rule: "language" | "direction";
  message: string;
}

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);
/** Languages whose default script is written right to left. */
const RTL_LANGUAGES = new Set(["ar", "fa", "ur", "ug", "ps", "sd", "ckb", "he", "yi", "dv", "syr", "arc"]);

/** The direction a language tag's script is written in. */
export function scriptDirection(tag: string): "ltr" | "rtl" {
  const [language, ...rest] = tag.split("-");
  const script = rest.find((s) => /^[A-Za-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script[0].toUpperCase() + script.slice(1).toLowerCase()) ? "rtl" : "ltr";
  return RTL_LANGUAGES.has(language.toLowerCase()) ? "rtl" : "ltr";
}

/** The attributes of a document's <html> start tag. */
export function htmlAttributes(xhtml: string): Map<string, string> {
  const tag = /<html\b([^>]*)>/.exec(xhtml)?.[1] ?? "";
  return new Map([...tag.matchAll(/\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]));
}

export function checkDirection(pkg: EpubPackage): DirectionFinding[] {
  const out: DirectionFinding[] = [];
  const fail = (rule: DirectionFinding["rule"], message: string) => out.push({ rule, message });
  const language = pkg.dc.get("language")?.[0];
  const progression = pkg.pageProgression;
  if (language && scriptDirection(language) === "rtl" && progression !== "rtl")
    fail(
      "direction",
      `dc:language ${language} is written right to left: the spine needs page-progression-direction="rtl" (has ${progression ?? "none"})`,
    );
  for (const doc of pkg.manifest.filter((m) => m.mediaType === "application/xhtml+xml")) {
    const attrs = htmlAttributes(pkg.entries.get(doc.path)?.toString("utf8") ?? "");
    const lang = attrs.get("lang");
    const xmlLang = attrs.get("xml:lang");
    if (!lang || !xmlLang) fail("language", `${doc.path}: <html> has no ${lang ? "xml:lang" : "lang"}`);
    else if (lang !== xmlLang) fail("language", `${doc.path}: <html> has lang="${lang}" but xml:lang="${xmlLang}"`);
    const dir = attrs.get("dir");
    if (progression && !dir)
      fail("direction", `${doc.path}: <html> has no dir, while the spine turns its pages ${progression}`);
    const own = scriptDirection(lang ?? xmlLang ?? language ?? "");
    if (dir && dir !== own) fail("direction", `${doc.path}: <html> has dir="${dir}" for ${lang} (written ${own})`);
  }
  return out;
}
