/**
 * The one document model every renderer consumes (print HTML, EPUB, handoff).
 * Readers (src/model/load*.ts) produce it from issues/<id>/; writers never read files themselves.
 *
 *   Magazine ─┐
 *             └─ Issue ─ sections[] ─ articles[] ─ blocks[]
 */
import type { CoverPlace } from "./places.js";
import type { Edition } from "./edition.js";

/** Trim and bleed of the printed magazine, in millimetres. */
export interface Trim {
  widthMm: number;
  heightMm: number;
  bleedMm: number;
}

export interface Section {
  /** ASCII id used in front matter, CSS classes and anchors, e.g. "yaowen". */
  id: string;
  /** Display name as printed, e.g. "要闻要论". */
  name: string;
}

export interface MastheadRole {
  role: string;
  names: string[];
}

export interface QrCode {
  caption: string;
  /** Issue- or magazine-relative image path; optional (a placeholder box is drawn without it). */
  image?: string;
  /** Target of the code (http/https); "unknown" when the data says nobody knows it yet. */
  url?: string;
}

/** EPUB settings (magazine.yaml `epub`). */
export interface EpubSettings {
  /** dc:creator; default the imprint's publisher. */
  creator?: string;
  /** Embed subset CJK fonts (Noto Serif/Sans CJK SC) in the EPUB. */
  embedFonts: boolean;
}

export interface Imprint {
  supervisor: string; // 主管
  sponsor: string; // 主办
  publisher: string; // 出版
  masthead: MastheadRole[]; // 社长, 副社长, 值班编辑, 美术统筹, 版式设计
  address: string;
  phone: string;
  postcode: string;
  email: string;
  publicationDay: string; // 出版日期: 每月25日
  printer: string; // 印刷装订
  distributor?: string; // 发行
  adLicence?: string; // 广告经营许可证号
  copyrightNotice: string;
  qrCodes: QrCode[];
}

/**
 * The magazine's one type setting: the same body size and leading on every page. The leading is the
 * baseline grid; everything vertical is sized in whole grid lines (src/type/grid.ts).
 */
export interface TypeSystem {
  bodyPt: number;
  leadingPt: number;
  /** The magazine's standard column count: the type area is that many columns of whole characters. */
  columns: 1 | 2 | 3;
  /** Gap between columns of the standard column count. */
  columnGapMm: number;
  /** Page margins before the type area is fitted to whole characters and whole lines. */
  marginsMm: { top: number; bottom: number; inner: number; outer: number };
  /** The designed spacings the fitter chooses among (magazine.yaml `type.spacing`); absent: the defaults. */
  spacing?: Spacing;
  /** Where magazine.yaml sets it: the lines a type grid that cannot be made names (src/type/grid.ts). */
  source?: TypeSource;
}

/** Designed spacings in grid lines added to the design's own (0 = as designed), lowest first. */
export interface Spacing {
  /** Space above and around the title of a run's first article. */
  title: number[];
  /** Space above every subhead of a run. */
  subhead: number[];
  /** Space above every pull quote of a run (the design's one line, and these added). */
  pullQuote: number[];
  /** Space above every photo set in a run's columns (not the wide photo that opens an article). */
  photo: number[];
}

/** magazine.yaml and the lines of its `type.columns` and `type.leading_pt` (or of what holds them). */
export interface TypeSource {
  file: string;
  columnsLine: number;
  leadingLine: number;
}

export interface Magazine {
  title: string; // 党员之友
  titleLatin: string; // DANGYUAN ZHIYOU
  slogan?: string;
  /** 2096-7462; undefined where the edition has none yet (magazine.yaml says `unknown`). */
  issn?: string;
  /** 65-1309/D; undefined where unknown. */
  cn?: string;
  /** "6.00元"; undefined where unknown. */
  price?: string;
  language: string; // zh-CN
  trim: Trim;
  imprint: Imprint;
  sections: Section[];
  /** Press settings; see src/handoff/press-condition.ts. */
  press: PressSettings;
  /** Every colour of the design (magazine.yaml `palette:`), by name. */
  palette: Palette;
  /** Body size, leading (= baseline grid), columns and margins. */
  type: TypeSystem;
  /** EPUB settings; absent in hand-made test models (defaults apply). */
  epub?: EpubSettings;
  /** Periodical rules waived on purpose (magazine.yaml `rules.waive`): rule id → reason. */
  waivers?: Record<string, string>;
}

export interface PaletteColour {
  name: string;
  /** CMYK in percent, as the designer gives it. */
  cmyk: [number, number, number, number];
  /** #rrggbb for screen and EPUB. */
  rgb: string;
  /** Only for large solid areas (rich black): never for text or thin rules. */
  solid: boolean;
}

export type Palette = PaletteColour[];

export interface PressSettings {
  condition?: string;
  /** Absolute path of the printer's own CMYK profile. */
  iccProfile?: string;
  outputCondition?: string;
  registry?: string;
  pdfx: "PDF/X-3" | "PDF/X-1a" | "PDF/X-4";
  totalInkLimit?: number;
}

/** A photo placed in the issue (cover, inside cover, figure). */
export interface ImageRef {
  /** Absolute path on disk. */
  path: string;
  /** Path as written in the source, relative to the issue folder, e.g. "images/cover.jpg". */
  src: string;
  caption?: string;
  credit?: string; // "韩亮/摄"
  /** Where the issue refers to it (article or issue.yaml line), for problems about the file. */
  at?: SourcePos;
}

/** Where a value came from: for error messages (file:line). */
export interface SourcePos {
  file: string;
  line: number;
}

export type Inline = string; // sanitized inline HTML

/**
 * Every block has an id unique in the issue (`<articleId>-<n>`), used as the HTML id in both the print
 * HTML and the EPUB, so that positions found in the print layout (page starts) map into the EPUB.
 */
export type Block = { id: string; classes: string[]; text: string } & (
  | { type: "paragraph"; html: Inline }
  | { type: "heading"; level: 2 | 3 | 4; html: Inline }
  | { type: "figure"; image: ImageRef }
  | { type: "quote"; html: string }
  | { type: "list"; ordered: boolean; html: string }
  | { type: "table"; html: string }
);

export type ArticleVariant = "standard" | "editorial" | "feature" | "briefs" | "profile" | "report";

export interface ArticleLayout {
  columns: 1 | 2 | 3;
  variant: ArticleVariant;
  /** Fitting steps (flatplan), filled by the fitter or front matter. */
  fit?: Record<string, unknown>;
}

export interface Article {
  /** File stem, e.g. "p004-gaoduan-shilun"; unique in the issue. */
  id: string;
  source: SourcePos;
  /** As printed on the page. Spaces separate the phrases a headline may break between. */
  title: string;
  /** The title with the editor's marked breaks ("|": a line may break here), when it has any. */
  titleBreaks?: string;
  /** The 目录 entry as printed: its title (when not the page's) and which parts it shows. */
  toc: { title?: string; kicker: boolean; subtitle: boolean; authors: boolean };
  /** May continue (转页) on this later page when it does not fit its own. */
  continuedOn?: number;
  kicker?: string; // 引题, above the title
  subtitle?: string; // 副题 "——…"
  section: Section;
  authors: string[];
  affiliation?: string; // 作者单位
  lead?: { label: string; text: string }; // 编者按 / 导语
  sourceNote?: string; // 摘自《…》
  editor?: string; // 责任编辑
  layout: ArticleLayout;
  /** Listed in the 目录 (and the EPUB nav); false for items printed without a TOC entry. */
  inToc: boolean;
  /** Printed on a cover page instead of the inner pages (issue.yaml `place`). */
  place?: CoverPlace;
  /** Planned first page (flatplan), 1-based inner-page folio. */
  plannedPage?: number;
  /** Where the planned page is written (issue.yaml, or the front matter when issue.yaml has none). */
  plannedPageSource?: SourcePos;
  blocks: Block[];
  /** The raw Markdown body (after front matter), kept for the EPUB writer and diagnostics. */
  markdown: string;
  /** First 12 hex digits of SHA-256 of the file's bytes: what a translation's `source_digest` records. */
  digest: string;
}

export interface CoverPage {
  image?: ImageRef;
  caption?: string;
  credit?: string;
  title?: string;
  text?: string;
  /** Listed in the 目录 (issue.yaml `toc: true`; 封二, 封三, 封四 only). */
  toc?: boolean;
}

export interface PressJob {
  /** Number of the 期刊印刷委托书 (periodical printing commission). */
  commissionNo?: string;
  /** Paper of the inner pages, with its weight ("80g 铜版纸"). */
  paper?: string;
  coverPaper?: string;
  /** Cover finishing (封面工艺): 覆哑膜 … */
  coverFinish?: string;
  quantity?: number;
  deliveryDate?: string;
  deliveryPlace?: string;
  /** The party the printer invoices (结算单位). */
  billing?: string;
  contact?: string;
  /** Proof type (数码样 …). */
  proof?: string;
  /** issue.yaml field names whose values are placeholders, not yet confirmed with the printer. */
  placeholders: string[];
  binding: "saddle-stitch";
  colours: string; // "4/4"
}

/** Material for whole pages a run's copy cannot fill (issue.yaml `fillers`). */
export interface Filler {
  id: string;
  image: ImageRef;
  caption?: string;
  kind: "ad" | "photo";
}

export interface Issue {
  /** "2022-08" for the Chinese edition; "2022-08-ug" for another edition of it. */
  id: string;
  /** Where the issue's own files are (the Chinese issue folder, or editions/<tag>/ in it). */
  dir: string;
  /** The language, script and furniture words this issue is printed in (src/model/edition.ts). */
  edition: Edition;
  magazine: Magazine;
  year: number;
  number: number; // 8
  totalNumber: number; // 313
  /** ISO date, e.g. "2022-08-25". */
  date: string;
  /** Planned inner page count (without covers), e.g. 64. */
  pages?: number;
  cover: CoverPage; // 封一
  insideFrontCover?: CoverPage; // 封二
  insideBackCover?: CoverPage; // 封三
  backCover?: CoverPage; // 封四
  imprint: Imprint; // magazine imprint merged with this issue's overrides
  press: PressJob;
  sections: { section: Section; articles: Article[] }[];
  /** All articles in reading order. */
  articles: Article[];
  /** Last-resort page fillers (house advertisements, photos), in the order the flatplan uses them. */
  fillers: Filler[];
}
