/**
 * The data cascade, merged in this one place:
 *   magazine defaults (magazine.yaml) → this issue (issue.yaml) → article front matter.
 * Pure functions over validated data; no file access.
 */
import path from "node:path";
import { DEFAULT_TYPE, UNKNOWN, type FrontMatter, type IssueYaml, type MagazineYaml } from "./schema.js";
import type { ArticleLayout, Imprint, Magazine, Section, TypeSource, TypeSystem } from "./types.js";

type ImprintYaml = MagazineYaml["imprint"];

/** magazine.yaml's folder resolves a relative icc_profile path; `typeSource` says where it sets the type. */
export function resolveMagazine(m: MagazineYaml, dir = ".", typeSource?: TypeSource): Magazine {
  return {
    title: m.title,
    titleLatin: m.title_latin,
    slogan: m.slogan,
    issn: m.issn === UNKNOWN ? undefined : m.issn,
    cn: m.cn === UNKNOWN ? undefined : m.cn,
    price: m.price === UNKNOWN ? undefined : m.price,
    language: m.language,
    trim: { widthMm: m.trim.width_mm, heightMm: m.trim.height_mm, bleedMm: m.trim.bleed_mm },
    imprint: resolveImprintYaml(m.imprint),
    sections: m.sections.map((s) => ({ id: s.id, name: s.name })),
    press: {
      condition: m.press.condition,
      iccProfile:
        m.press.icc_profile && m.press.icc_profile !== "default" ? path.resolve(dir, m.press.icc_profile) : undefined,
      outputCondition: m.press.output_condition,
      registry: m.press.registry,
      pdfx: m.press.pdfx,
      totalInkLimit: m.press.total_ink_limit,
    },
    palette: Object.entries(m.palette).map(([name, c]) => ({
      name,
      cmyk: c.cmyk,
      rgb: c.rgb.toLowerCase(),
      solid: c.solid,
    })),
    epub: { creator: m.epub.creator, embedFonts: m.epub.embed_fonts },
    type: typeSource ? { ...resolveType(m.type), source: typeSource } : resolveType(m.type),
    waivers: { ...m.rules.waive },
  };
}

export function resolveType(t: MagazineYaml["type"]): TypeSystem {
  return {
    bodyPt: t.body_pt,
    leadingPt: t.leading_pt,
    columns: t.columns,
    columnGapMm: t.column_gap_mm,
    marginsMm: { ...t.margins_mm },
    spacing: {
      title: [...t.spacing.title],
      subhead: [...t.spacing.subhead],
      pullQuote: [...t.spacing.pull_quote],
      photo: [...t.spacing.photo],
    },
  };
}

/** The type setting a magazine.yaml without `type:` gets. */
export const DEFAULT_TYPE_SYSTEM: TypeSystem = resolveType(DEFAULT_TYPE);

/** The imprint as the model holds it. */
export function resolveImprintYaml(i: ImprintYaml): Imprint {
  return {
    supervisor: i.supervisor,
    sponsor: i.sponsor,
    publisher: i.publisher,
    masthead: i.masthead,
    address: i.address,
    phone: i.phone,
    postcode: i.postcode,
    email: i.email,
    publicationDay: i.publication_day,
    printer: i.printer,
    ...(i.distributor ? { distributor: i.distributor } : {}),
    ...(i.ad_licence ? { adLicence: i.ad_licence } : {}),
    copyrightNotice: i.copyright_notice,
    qrCodes: i.qr_codes,
  };
}

/** Issue overrides replace magazine values field by field (lists are replaced whole). */
export function mergeImprint(magazine: ImprintYaml, issue: IssueYaml["imprint"]): Imprint {
  const merged = { ...magazine } as Record<string, unknown>;
  for (const [k, v] of Object.entries(issue ?? {})) if (v !== undefined) merged[k] = v;
  return resolveImprintYaml(merged as ImprintYaml);
}

/** Default layout per variant; front matter wins where it says something. */
const VARIANT_COLUMNS: Record<ArticleLayout["variant"], 1 | 2 | 3> = {
  standard: 2,
  editorial: 1,
  feature: 2,
  briefs: 3,
  profile: 2,
  report: 2,
};

export function resolveLayout(fm: FrontMatter["layout"]): ArticleLayout {
  return { variant: fm.variant, columns: fm.columns ?? VARIANT_COLUMNS[fm.variant], fit: fm.fit };
}

/** Planned page: the issue plan (issue.yaml) wins over the article's own `page`. */
export function resolvePlannedPage(issuePage: number | undefined, fmPage: number | undefined): number | undefined {
  return issuePage ?? fmPage;
}

export function findSection(sections: Section[], idOrName: string): Section | undefined {
  return sections.find((s) => s.id === idOrName) ?? sections.find((s) => s.name === idOrName);
}
