/**
 * The edition layer of the data cascade, merged in this one place:
 *   magazine.yaml → magazine.yaml `editions.<tag>` → issue.yaml → editions/<tag>/edition.yaml
 *   → the Chinese article's front matter (section, layout, 目录 flags) → the translation's.
 * Words in the edition's script never fall back to Chinese: a cover caption the edition does not
 * give is not printed; only photos, plan-free settings and identifiers' absence are inherited.
 * Pure functions over validated data.
 */
import path from "node:path";
import { resolveImprintYaml, resolveType } from "./cascade.js";
import type { Edition, EditionFont } from "./edition.js";
import { type EditionIssueYaml, type EditionYaml, type IssueYaml, type MagazineYaml, UNKNOWN } from "./schema.js";
import type { Magazine } from "./types.js";
import { CHINESE_WORDS, type Words } from "./words.js";

/** What is known, or undefined for `unknown`. */
export function known(v: string | undefined): string | undefined {
  return v === undefined || v === UNKNOWN ? undefined : v;
}

/** The magazine as this edition prints it: its title, identifiers, section names, imprint and type. */
export function editionMagazine(base: Magazine, m: MagazineYaml, ed: EditionYaml): Magazine {
  return {
    ...base,
    title: ed.title,
    titleLatin: ed.title_latin ?? base.titleLatin,
    slogan: ed.slogan,
    issn: known(ed.issn),
    cn: known(ed.cn),
    price: known(ed.price),
    language: ed.language,
    sections: base.sections.map((s) => ({ id: s.id, name: ed.sections[s.id] ?? s.name })),
    imprint: resolveImprintYaml({ ...m.imprint, ...definedOnly(ed.imprint) }),
    type: { ...resolveType({ ...m.type, ...definedOnly(ed.type) }), source: base.type.source },
  };
}

/** issue.yaml with the edition's plan, pages, imprint and cover words laid over it. */
export function editionIssueYaml(iss: IssueYaml, ed: EditionIssueYaml): IssueYaml {
  const cover = <K extends "cover" | "inside_front_cover" | "inside_back_cover" | "back_cover">(key: K) => {
    const c = iss[key];
    const e = ed[key];
    if (!c && !e) return undefined;
    return { image: e?.image ?? c?.image, toc: c?.toc && Boolean(e?.title), ...definedOnly(e) };
  };
  return {
    ...iss,
    pages: ed.pages ?? iss.pages,
    cover: cover("cover") ?? {},
    inside_front_cover: cover("inside_front_cover"),
    inside_back_cover: cover("inside_back_cover"),
    back_cover: cover("back_cover"),
    imprint: { ...definedOnly(iss.imprint), ...definedOnly(ed.imprint) },
    fillers: iss.fillers.map((f) => ({ image: f.image, kind: f.kind })),
    articles: ed.articles,
  } as IssueYaml;
}

export interface EditionPlace {
  tag: string;
  baseIssueId: string;
  baseDir: string;
  magazineDir: string;
}

export function resolveEdition(m: MagazineYaml, at: EditionPlace, translations: Edition["translations"]): Edition {
  const ed = m.editions[at.tag];
  const font = (f: EditionYaml["fonts"]["body"]): EditionFont => ({
    family: f.family,
    file: path.resolve(at.magazineDir, f.file),
    package: f.package,
    weight: f.weight,
  });
  return {
    tag: at.tag,
    base: false,
    name: ed.name,
    language: ed.language,
    direction: ed.direction,
    writingMode: ed.writing_mode,
    fonts: {
      body: font(ed.fonts.body),
      heading: font(ed.fonts.heading),
      ...(ed.fonts.bold ? { bold: font(ed.fonts.bold) } : {}),
    },
    words: ed.words as Words,
    baseIssueId: at.baseIssueId,
    baseDir: at.baseDir,
    baseTitle: m.title,
    translations,
  };
}

/** The Chinese edition of an issue: the issue folder itself. */
export function baseEdition(
  m: Pick<MagazineYaml, "title" | "language">,
  baseIssueId: string,
  baseDir: string,
): Edition {
  return {
    tag: "zh",
    base: true,
    name: "汉文",
    language: m.language,
    direction: "ltr",
    writingMode: "horizontal-tb",
    words: CHINESE_WORDS,
    baseIssueId,
    baseDir,
    baseTitle: m.title,
    translations: [],
  };
}

function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
