/**
 * The one config schema: magazine.yaml, issue.yaml and article front matter, validated before any work.
 * YAML keys are snake_case as editors write them; the resolved model (types.ts) is camelCase.
 */
import { DEFAULT_SPACING } from "./designed-spacing.js";
import { z } from "zod";
import { ARTICLE_PLACES } from "./places.js";
import { issnCheckChar } from "./periodical-code.js";
import { WORD_KEYS, type WordKey } from "./words.js";
import { EDITION_TAG } from "./edition.js";
import { PERIODICAL_RULE_IDS } from "../rules/periodical.js";

const text = z.string().trim().min(1, "must not be empty");
const coerceText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(text);

export const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "must be lower-case ASCII letters, digits or '-'"),
  name: text,
});

const mastheadRole = z.strictObject({ role: text, names: z.array(text).min(1) });
/** `url`: where the printed code leads (EPUB link, generated code); `unknown` records that nobody knows yet. */
const qrCode = z.strictObject({
  caption: text,
  image: text.optional(),
  url: z
    .union([z.url({ protocol: /^https?$/, message: "must be an http(s) address or unknown" }), z.literal("unknown")])
    .optional(),
});

const imprintFields = {
  supervisor: text,
  sponsor: text,
  publisher: text,
  masthead: z.array(mastheadRole).min(1),
  address: text,
  phone: coerceText,
  postcode: coerceText,
  email: z.email("must be an e-mail address"),
  publication_day: text,
  printer: text,
  /** 发行: the distributor, where the magazine prints one. */
  distributor: text.optional(),
  /** 广告经营许可证号: required by the periodical rules when the issue carries advertisements. */
  ad_licence: text.optional(),
  copyright_notice: text,
  qr_codes: z.array(qrCode).default([]),
};

/**
 * An imprint that overrides magazine.yaml's field by field (issue.yaml, an edition): a field it does
 * not give is the magazine's, QR codes included (not an empty list by default).
 */
const imprintOverride = z.strictObject({ ...imprintFields, qr_codes: z.array(qrCode) }).partial();

/** A percentage 0–100, as a designer writes CMYK. */
const percent = z.number().min(0).max(100);

/** One colour of the design: CMYK for the press, RGB for screen and EPUB (see docs/data-format.md). */
const paletteColour = z.strictObject({
  cmyk: z.tuple([percent, percent, percent, percent]),
  rgb: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be #rrggbb"),
  /** Only for large solid areas (rich black): never for text or thin rules. */
  solid: z.boolean().default(false),
});

const paletteSchema = z
  .record(z.string().regex(/^[a-z][a-z0-9_]*$/, "colour names are lower-case ASCII, digits and _"), paletteColour)
  .default({})
  .superRefine((palette, ctx) => {
    const seen = new Map<string, string>();
    for (const [name, c] of Object.entries(palette)) {
      const rgb = c.rgb.toLowerCase();
      const other = seen.get(rgb);
      if (other)
        ctx.addIssue({
          code: "custom",
          path: [name, "rgb"],
          message: `${c.rgb} is also ${other}: one RGB value must mean one CMYK`,
        });
      else seen.set(rgb, name);
    }
  });

const pressSettingsSchema = z
  .strictObject({
    /** Registered condition (FOGRA39), or the printer's own condition name with icc_profile. */
    condition: text.optional(),
    /** The printer's own CMYK output profile (path relative to magazine.yaml); "default" = the condition's. */
    icc_profile: text.optional(),
    /** Human-readable description of the printer's condition (OutputCondition). */
    output_condition: text.optional(),
    /** RegistryName of a registered condition (http://www.color.org). */
    registry: text.optional(),
    pdfx: z.enum(["PDF/X-3", "PDF/X-1a", "PDF/X-4"]).default("PDF/X-3"),
    total_ink_limit: z.number().min(100).max(400).optional(),
  })
  .default({ pdfx: "PDF/X-3" });
/**
 * The magazine's one type setting (magazine.yaml `type:`): body size and leading are the same on every
 * page; the leading is the baseline grid in which heads, captions, pull quotes and figures are sized.
 */
const mm = (min: number, max: number) => z.number().min(min).max(max);
/** The default spacings as magazine.yaml writes them. */
const DEFAULT_SPACING_YAML = {
  title: DEFAULT_SPACING.title,
  subhead: DEFAULT_SPACING.subhead,
  pull_quote: DEFAULT_SPACING.pullQuote,
  photo: DEFAULT_SPACING.photo,
};
/** A small set of whole grid lines, lowest first, holding 0 (the space as designed). */
const spacingSteps = (min: number, max: number) =>
  z
    .array(z.number().int().min(min).max(max))
    .min(1)
    .max(6)
    .refine((s) => s.every((v, i) => i === 0 || v > s[i - 1]), "must be whole grid lines, lowest first, each once")
    .refine((s) => s.includes(0), "must include 0 (the space as designed)");
export const spacingSchema = z.strictObject({
  title: spacingSteps(-2, 12).default(DEFAULT_SPACING.title),
  subhead: spacingSteps(-1, 4).default(DEFAULT_SPACING.subhead),
  pull_quote: spacingSteps(0, 3).default(DEFAULT_SPACING.pullQuote),
  photo: spacingSteps(0, 3).default(DEFAULT_SPACING.photo),
});
export const typeSchema = z.strictObject({
  body_pt: z.number().min(7).max(14),
  leading_pt: z
    .number()
    .min(9)
    .max(24)
    // Chromium sets every baseline on a whole CSS pixel (0.75 pt): any other leading alternates
    // between two pixel steps (measured: 16 pt → 15.75/16.5 pt), i.e. two leadings on the page.
    .refine(
      (v) => Math.abs(v / 0.75 - Math.round(v / 0.75)) < 1e-6,
      "must be a multiple of 0.75 pt (one CSS pixel): Chromium puts baselines on whole pixels",
    ),
  columns: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  column_gap_mm: mm(2, 20).default(6),
  margins_mm: z
    .strictObject({ top: mm(5, 60), bottom: mm(5, 60), inner: mm(5, 60), outer: mm(5, 60) })
    .default({ top: 20, bottom: 20, inner: 19, outer: 15 }),
  /** The few values the space above titles, subheads, pull quotes and photos may take (src/flatplan/spacing.ts). */
  spacing: spacingSchema.default(DEFAULT_SPACING_YAML),
});

export const DEFAULT_TYPE = {
  body_pt: 9.5,
  leading_pt: 15.75,
  columns: 2 as const,
  column_gap_mm: 6,
  margins_mm: { top: 20, bottom: 20, inner: 19, outer: 15 },
  spacing: DEFAULT_SPACING_YAML,
};

const ISSN = /^\d{4}-\d{3}[\dX]$/;

/** An identifier the edition has, or `unknown` until it is known (never invented). */
export const UNKNOWN = "unknown";
const issnSchema = z.union([
  z.literal(UNKNOWN),
  z
    .string()
    .regex(ISSN, "must look like 2096-7462 (or be unknown)")
    // The bar code on 封四 is made from it: a wrong check digit is a typing mistake.
    .refine(
      (s) => !ISSN.test(s) || issnCheckChar(s.slice(0, 4) + s.slice(5, 8)) === s[8],
      "has a wrong check digit: copy the ISSN from a printed issue",
    ),
]);
const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z]+)?$/, "must be a language tag such as zh-CN, ug or mn-Mong");

/** A font file of an edition (from a Debian package; `package` names it when the file is missing). */
const fontFileSchema = z.strictObject({
  family: text,
  file: text,
  package: text.optional(),
  weight: z.number().int().min(100).max(900).default(400),
});

const wordsSchema = z.strictObject(
  Object.fromEntries(WORD_KEYS.map((k) => [k, z.string().trim()])) as Record<WordKey, z.ZodString>,
);

/** One edition in another language and script (magazine.yaml `editions.<tag>`); see docs/data-format.md, Editions. */
export const editionSchema = z.strictObject({
  name: text,
  language: languageTag,
  direction: z.enum(["ltr", "rtl"]),
  writing_mode: z.enum(["horizontal-tb", "vertical-lr"]).default("horizontal-tb"),
  title: text,
  title_latin: text.optional(),
  slogan: text.optional(),
  issn: issnSchema.default(UNKNOWN),
  cn: text.default(UNKNOWN),
  price: coerceText.default(UNKNOWN),
  fonts: z.strictObject({ body: fontFileSchema, bold: fontFileSchema.optional(), heading: fontFileSchema }),
  type: typeSchema.partial().optional(),
  /** Section id → the section's name as this edition prints it. */
  sections: z.record(z.string(), text),
  imprint: imprintOverride.optional(),
  words: wordsSchema,
});

/**
 * magazine.yaml `rules`: the periodical rules (src/rules/periodical.ts) the magazine departs from on
 * purpose, each with its reason; an id that names no rule is refused at its line.
 */
const rulesSchema = z
  .strictObject({
    waive: z
      .record(z.string(), text)
      .default({})
      .superRefine((waive, ctx) => {
        for (const id of Object.keys(waive))
          if (!PERIODICAL_RULE_IDS.includes(id))
            ctx.addIssue({
              code: "custom",
              path: [id],
              message: `no periodical rule "${id}" (rules: ${PERIODICAL_RULE_IDS.join(", ")})`,
            });
      }),
  })
  .default({ waive: {} });

export const magazineSchema = z.strictObject({
  title: text,
  title_latin: text,
  slogan: text.optional(),
  issn: issnSchema,
  cn: text,
  price: coerceText,
  language: languageTag,
  trim: z.strictObject({
    width_mm: z.number().positive(),
    height_mm: z.number().positive(),
    bleed_mm: z.number().min(0).max(10),
  }),
  press: pressSettingsSchema,
  palette: paletteSchema,
  imprint: z.strictObject(imprintFields),
  sections: z.array(sectionSchema).min(1),
  /** EPUB edition: dc:creator (default: imprint.publisher) and subset font embedding. */
  epub: z
    .strictObject({ creator: text.optional(), embed_fonts: z.boolean().default(false) })
    .default({ embed_fonts: false }),
  type: typeSchema.default(DEFAULT_TYPE),
  /** The magazine's editions in other languages and scripts, by tag (ug, kk-Arab, ky-Arab, mn-Mong). */
  editions: z.record(z.string().regex(EDITION_TAG, "must be a tag such as ug or mn-Mong"), editionSchema).default({}),
  rules: rulesSchema,
});

const coverSchema = z
  .strictObject({
    image: text.optional(),
    caption: text.optional(),
    credit: text.optional(),
    title: text.optional(),
    text: text.optional(),
    /** Listed in the 目录 under its title, with the cover's name (封二, 封三, 封四) for a page number. */
    toc: z.boolean().optional(),
  })
  .refine((c) => !c.toc || c.title, {
    message: "a cover page listed in the 目录 (toc: true) needs a title",
    path: ["toc"],
  });

/** A day of the calendar: 2022-02-30 parses (as 2 March), but is not one. */
const isCalendarDay = (s: string): boolean => {
  const t = Date.parse(s);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};

const isoDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !isCalendarDay(s)) {
    ctx.addIssue({ code: "custom", message: "must be a date like 2022-08-25" });
    return z.NEVER;
  }
  return s;
});

/** Job-ticket fields that can be marked as placeholders (values not yet confirmed with the printer). */
export const PRESS_JOB_FIELDS = [
  "commission_no",
  "paper",
  "cover_paper",
  "cover_finish",
  "quantity",
  "delivery_date",
  "delivery_place",
  "billing",
  "contact",
  "proof",
] as const;

/** A paper with its weight, as a printer quotes it: "80g 铜版纸", "157 g/m² 铜版纸", "70克 胶版纸". */
export const PAPER_WEIGHT = /(\d+(?:\.\d+)?)\s*(?:g\/m²|g\/m2|gsm|g|克)(?![a-z])/i;
const paper = text.refine(
  (v) => PAPER_WEIGHT.test(v),
  "must give the paper's weight and kind, e.g. 80g 铜版纸 (a printer quotes by weight)",
);

const pressJobSchema = z
  .strictObject({
    /** Number of the 期刊印刷委托书 (periodical printing commission) the printer must hold. */
    commission_no: text.optional(),
    /** Paper of the inner pages (text paper), with its weight. */
    paper: paper.optional(),
    cover_paper: paper.optional(),
    /** Cover finishing (封面工艺), e.g. 覆哑膜, 覆亮膜, 局部UV, 无. */
    cover_finish: text.optional(),
    quantity: z.number().int().positive().optional(),
    delivery_date: isoDate.optional(),
    delivery_place: text.optional(),
    /** The party the printer invoices (结算单位). */
    billing: text.optional(),
    contact: text.optional(),
    /** Proof type, e.g. 数码样 (digital contract proof). */
    proof: text.optional(),
    /** Fields whose values are placeholders, not yet confirmed with the printer. */
    placeholders: z.array(z.enum(PRESS_JOB_FIELDS)).default([]),
  })
  .default({ placeholders: [] });

/** Inner pages of a saddle-stitched issue (issue.yaml and an edition's edition.yaml). */
const pagesSchema = z.number().int().positive().multipleOf(4, "must be a multiple of 4 (saddle-stitched)");

/** The flatplan: the articles in reading order, each with its planned page (issue.yaml and edition.yaml). */
const planSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "must be a file stem"),
      page: z.number().int().positive().optional(),
      /** An article printed on a cover page instead of the inner pages (e.g. 党建书苑 on 封三). */
      place: z.enum(ARTICLE_PLACES).optional(),
    }),
  )
  .min(1);

export const issueSchema = z.strictObject({
  year: z.number().int().min(1900).max(2999),
  number: z.number().int().min(1).max(99),
  total_number: z.number().int().positive(),
  date: isoDate,
  pages: pagesSchema.optional(),
  cover: coverSchema,
  inside_front_cover: coverSchema.optional(),
  inside_back_cover: coverSchema.optional(),
  back_cover: coverSchema.optional(),
  imprint: imprintOverride.optional(),
  press: pressJobSchema,
  /**
   * Last-resort material for whole pages a run's copy cannot fill (a house advertisement, a photo),
   * placed by the flatplan before any 学习笔记 notes page.
   */
  fillers: z
    .array(
      z.strictObject({
        image: text,
        caption: text.optional(),
        credit: text.optional(),
        kind: z.enum(["ad", "photo"]).default("photo"),
      }),
    )
    .default([]),
  articles: planSchema,
});

/** A cover page as an edition overrides it: its words in the edition's script; the photo is the Chinese issue's. */
const editionCoverSchema = z.strictObject({
  image: text.optional(),
  caption: text.optional(),
  credit: text.optional(),
  title: text.optional(),
  text: text.optional(),
});

/**
 * issues/<id>/editions/<tag>/edition.yaml: the edition's own plan and words; everything else (date,
 * numbers, photos, press job) is the Chinese issue's.
 */
export const editionIssueSchema = z.strictObject({
  pages: pagesSchema.optional(),
  cover: editionCoverSchema.optional(),
  inside_front_cover: editionCoverSchema.optional(),
  inside_back_cover: editionCoverSchema.optional(),
  back_cover: editionCoverSchema.optional(),
  imprint: imprintOverride.optional(),
  articles: planSchema,
});
export type EditionIssueYaml = z.infer<typeof editionIssueSchema>;

export const VARIANTS = ["standard", "editorial", "feature", "briefs", "profile", "report"] as const;

export const frontMatterSchema = z.strictObject({
  title: text,
  section: text,
  kicker: text.optional(),
  subtitle: text.optional(),
  authors: z.array(text).default([]),
  affiliation: text.optional(),
  lead: z.strictObject({ label: text.default("编者按"), text }).optional(),
  source: text.optional(),
  editor: text.optional(),
  layout: z
    .strictObject({
      columns: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
      variant: z.enum(VARIANTS).default("standard"),
      fit: z.record(z.string(), z.unknown()).optional(),
    })
    .default({ variant: "standard" }),
  page: z.number().int().positive().optional(),
  /** false: printed in the issue but not listed in the 目录 (e.g. the second of two reports on a page). */
  toc: z.boolean().default(true),
  /** The title as the 目录 prints it, when it differs from the page's. */
  toc_title: text.optional(),
  /** The 目录 prints the 引题 (kicker) above the title. */
  toc_kicker: z.boolean().default(false),
  /** The 目录 prints the subtitle (副题) under the title. */
  toc_subtitle: z.boolean().default(true),
  /** The 目录 prints the authors. */
  toc_authors: z.boolean().default(true),
  /** When the article does not fit its pages, it may continue (转页) on this later page. */
  continued_on: z.number().int().positive().optional(),
});

/** A translation's own front matter: what it translates, and that file's digest when it was made. */
export const translationFrontMatterSchema = frontMatterSchema.extend({
  translates: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be the id (file name without .md) of a Chinese article"),
  source_digest: z
    .string()
    .regex(/^[0-9a-f]{12}$/, "must be 12 hex digits (folio check prints the current one)")
    .optional(),
});

/** The front-matter fields a translation takes from the Chinese article it translates. */
export const INHERITED_FRONT_MATTER = [
  "section",
  "layout",
  "toc",
  "toc_kicker",
  "toc_subtitle",
  "toc_authors",
] as const;

export type MagazineYaml = z.infer<typeof magazineSchema>;
export type EditionYaml = z.infer<typeof editionSchema>;
export type IssueYaml = z.infer<typeof issueSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;
